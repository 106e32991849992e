package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.staff.AuditLog;

/**
 * Carries out review moves: asks the {@link Review} aggregate whether a move is legal, writes the stage, the
 * timeline entry, the audit entry and (for decisions) the applicant's e-mail in one transaction, so either all of
 * them happen or none.
 */
@Service
class ReviewWorkflow {

	/** The result of a move that happened. */
	record Moved(String reference, Stage from, Stage to) {
	}

	/** Raised for an unknown reference. */
	static class NoSuchApplication extends RuntimeException {

		NoSuchApplication(String reference) {
			super(reference);
		}

	}

	private final Applications applications;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Clock clock;

	ReviewWorkflow(Applications applications, JdbcClient jdbc, AuditLog audit, Outbox outbox, Clock clock) {
		this.applications = applications;
		this.jdbc = jdbc;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public Moved startEligibilityCheck(String reference, String reason) {
		return apply(reference, review -> review.startEligibilityCheck(reason));
	}

	@Transactional
	public Moved startReview(String reference, String reason) {
		return apply(reference, review -> review.startReview(reason));
	}

	@Transactional
	public Moved requestInformation(String reference, String question) {
		return apply(reference, review -> review.requestInformation(question));
	}

	@Transactional
	public Moved resumeReview(String reference, String reason) {
		return apply(reference, review -> review.resumeReview(reason));
	}

	/** Accepts or declines and queues the decision e-mail in the applicant's language. */
	@Transactional
	public Moved decide(String reference, Stage decision, String reason) {
		if (decision == Stage.ACCEPTED) {
			return apply(reference, review -> review.accept(reason));
		}
		if (decision == Stage.DECLINED) {
			return apply(reference, review -> review.decline(reason));
		}
		throw new IllegalMove("review.decision.unknown");
	}

	private Moved apply(String reference, Function<Review, Review.Move> choose) {
		StoredApplication application = applications.find(reference)
			.orElseThrow(() -> new NoSuchApplication(reference));
		Review review = new Review(application.reference(), Stage.valueOf(application.status()));
		Review.Move move = choose.apply(review);
		Instant now = clock.instant();
		if (!applications.moveStage(reference, move.from().name(), move.to().name(), now)) {
			// Someone else moved it since we read it: judge the move again against what is there now.
			StoredApplication current = applications.find(reference).orElseThrow(() -> new NoSuchApplication(reference));
			choose.apply(new Review(reference, Stage.valueOf(current.status())));
			throw new IllegalMove("review.move.concurrent", reference);
		}
		String actor = AuditLog.currentActor();
		jdbc.sql("""
				INSERT INTO review_event (application_id, at, actor, action, from_stage, to_stage, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(application.id(), Timestamp.from(now), actor, move.action(), move.from().name(), move.to().name(),
					move.reason())
			.update();
		audit.record(actor, "review." + move.action().toLowerCase(Locale.ROOT),
				AuditLog.Target.of("application", reference), Map.of("stage", move.from().name()),
				Map.of("stage", move.to().name(), "reason", move.reason()));
		if (Stage.DECIDED.contains(move.to())) {
			outbox.enqueue(decisionEmail(application, move.to(), move.reason()));
		}
		return new Moved(reference, move.from(), move.to());
	}

	/** The decision e-mail as it will be sent; also used to preview it before a bulk decision. */
	static Email decisionEmail(StoredApplication application, Stage decision, String reason) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subjectArgument", application.reference());
		variables.put("reference", application.reference());
		variables.put("organisation", application.data().organisationName());
		variables.put("name", application.data().contactName() == null || application.data().contactName().isBlank()
				? application.data().organisationName() : application.data().contactName());
		variables.put("accepted", decision == Stage.ACCEPTED);
		variables.put("reason", reason.strip());
		String template = decision == Stage.ACCEPTED ? "review/accepted" : "review/declined";
		return new Email(application.data().contactEmail(), Locale.forLanguageTag(application.language()), template,
				variables);
	}

	/** The timeline of one application, oldest first. */
	List<TimelineEntry> timeline(long applicationId) {
		return jdbc.sql("""
				SELECT at, actor, action, from_stage, to_stage, reason FROM review_event
				WHERE application_id = ? ORDER BY at, id""")
			.param(applicationId)
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("from_stage"), rs.getString("to_stage"), rs.getString("reason")))
			.list();
	}

	record TimelineEntry(Instant at, String actor, String action, String from, String to, String reason) {
	}

}
