package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * The rubric of each call and the reviewers' scores. A reviewer has one score set per
 * application and changes only their own (the set is keyed by the signed-in reviewer);
 * every change is audited with the scores before and after.
 */
@Service
class Scoring {

	/** The form field of a criterion's score. */
	static String field(String criterion) {
		return "score-" + criterion;
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Scoring(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Rubric rubric(long callId) {
		List<Rubric.Criterion> criteria = jdbc
			.sql("SELECT code, name, weight FROM review_criterion WHERE call_id = ? ORDER BY position")
			.param(callId)
			.query((rs, n) -> new Rubric.Criterion(rs.getString("code"), rs.getString("name"), rs.getInt("weight")))
			.list();
		return criteria.isEmpty() ? Rubric.DEFAULT : new Rubric(criteria);
	}

	@Transactional
	void saveRubric(long callId, String callSlug, Rubric rubric) {
		Rubric before = rubric(callId);
		jdbc.sql("DELETE FROM review_criterion WHERE call_id = ?").param(callId).update();
		int position = 0;
		for (Rubric.Criterion criterion : rubric.criteria()) {
			jdbc.sql("INSERT INTO review_criterion (call_id, code, name, weight, position) VALUES (?, ?, ?, ?, ?)")
				.params(callId, criterion.code(), criterion.name(), criterion.weight(), position++)
				.update();
		}
		audit.record("review.rubric", AuditLog.Target.of("call", callSlug), before.criteria(), rubric.criteria());
	}

	Scoreboard scoreboard(StoredApplication application) {
		Map<String, Scoreboard.ScoreSet> sets = scored(List.of(application.id())).get(application.id());
		return new Scoreboard(rubric(application.callId()), sets == null ? List.of() : List.copyOf(sets.values()));
	}

	/**
	 * The score summaries of many applications (for lists and exports), given each one's
	 * call (whose rubric weighs its scores): one query for the scores and one per call
	 * for its rubric; an application nobody scored is absent.
	 */
	Map<Long, Scoreboard.Summary> summaries(Map<Long, Long> callOfApplication) {
		Map<Long, Rubric> rubrics = new HashMap<>();
		Map<Long, Scoreboard.Summary> summaries = new HashMap<>();
		scored(callOfApplication.keySet()).forEach((id, sets) -> summaries.put(id,
				new Scoreboard(rubrics.computeIfAbsent(callOfApplication.get(id), this::rubric),
						List.copyOf(sets.values()))
					.summary()));
		return summaries;
	}

	/** The score sets of each of these applications, by reviewer. */
	private Map<Long, Map<String, Scoreboard.ScoreSet>> scored(Collection<Long> applicationIds) {
		Map<Long, Map<String, Scoreboard.ScoreSet>> scored = new LinkedHashMap<>();
		if (applicationIds.isEmpty()) {
			return scored;
		}
		jdbc.sql("""
				SELECT application_id, reviewer, criterion, score, scored_at FROM review_score
				WHERE application_id = ANY (:ids) ORDER BY application_id, reviewer, criterion""")
			.param("ids", applicationIds.toArray(Long[]::new))
			.query(rs -> {
				String reviewer = rs.getString("reviewer");
				Instant at = rs.getTimestamp("scored_at").toInstant();
				scored.computeIfAbsent(rs.getLong("application_id"), id -> new LinkedHashMap<>())
					.computeIfAbsent(reviewer, key -> new Scoreboard.ScoreSet(key, new LinkedHashMap<>(), at))
					.scores()
					.put(rs.getString("criterion"), rs.getInt("score"));
			});
		return scored;
	}

	/**
	 * Validates and saves the signed-in reviewer's scores: every criterion of the rubric
	 * needs a score on the scale.
	 * @return the criteria whose score is missing or off the scale (nothing was saved),
	 * or an empty list
	 */
	@Transactional
	List<Rubric.Criterion> score(StoredApplication application, Map<String, String> form) {
		if (application.status().settled()) {
			throw new IllegalMove("review.score.closed");
		}
		Rubric rubric = rubric(application.callId());
		Map<String, Integer> scores = new LinkedHashMap<>();
		List<Rubric.Criterion> invalid = new ArrayList<>();
		for (Rubric.Criterion criterion : rubric.criteria()) {
			Integer score = parse(form.get(field(criterion.code())));
			if (score == null || !Rubric.onScale(score)) {
				invalid.add(criterion);
			}
			else {
				scores.put(criterion.code(), score);
			}
		}
		if (!invalid.isEmpty()) {
			return invalid;
		}
		String reviewer = AuditLog.currentActor();
		Map<String, Integer> before = scoreboard(application).sets()
			.stream()
			.filter(set -> set.reviewer().equals(reviewer))
			.findFirst()
			.map(Scoreboard.ScoreSet::scores)
			.orElse(Map.of());
		Timestamp now = Timestamp.from(clock.instant());
		scores.forEach((criterion, score) -> jdbc
			.sql("""
					INSERT INTO review_score (application_id, reviewer, criterion, score, scored_at) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (application_id, reviewer, criterion) DO UPDATE SET score = excluded.score, scored_at = excluded.scored_at""")
			.params(application.id(), reviewer, criterion, score, now)
			.update());
		audit.record(reviewer, "review.score", AuditLog.Target.of("application", application.reference()), before,
				scores);
		return List.of();
	}

	private static Integer parse(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
