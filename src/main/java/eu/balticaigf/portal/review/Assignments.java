package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.ApplicationQuery;
import eu.balticaigf.portal.application.ApplicationSearch;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.staff.StaffDirectory;

/**
 * Who reviews which application. Admins assign by hand on the detail page or balance by
 * load; nobody is assigned an application they declared a conflict with. A reviewer's
 * load is their open assignments: those on applications not yet decided or withdrawn.
 */
@Service
class Assignments {

	private final JdbcClient jdbc;

	private final ApplicationSearch applications;

	private final StaffDirectory directory;

	private final Conflicts conflicts;

	private final AuditLog audit;

	private final Clock clock;

	Assignments(JdbcClient jdbc, ApplicationSearch applications, StaffDirectory directory, Conflicts conflicts,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.directory = directory;
		this.conflicts = conflicts;
		this.audit = audit;
		this.clock = clock;
	}

	List<String> of(long applicationId) {
		return jdbc.sql("SELECT reviewer FROM review_assignment WHERE application_id = ? ORDER BY reviewer")
			.param(applicationId)
			.query(String.class)
			.list();
	}

	/**
	 * Reviewers and admins who could be assigned this application: enabled and without a
	 * conflict.
	 */
	List<StaffDirectory.Member> eligible(StoredApplication application) {
		return directory.reviewers()
			.stream()
			.filter(member -> !conflicts.conflicted(member.email(), application))
			.toList();
	}

	/**
	 * @return false (nothing written) when the reviewer is not eligible for this
	 * application
	 */
	@Transactional
	boolean assign(StoredApplication application, String reviewer) {
		if (eligible(application).stream().noneMatch(member -> member.email().equals(reviewer))) {
			return false;
		}
		insert(application.id(), application.reference(), reviewer);
		return true;
	}

	@Transactional
	void unassign(StoredApplication application, String reviewer) {
		if (jdbc.sql("DELETE FROM review_assignment WHERE application_id = ? AND reviewer = ?")
			.params(application.id(), reviewer)
			.update() == 1) {
			audit.record("review.unassign", AuditLog.Target.of("application", application.reference()),
					Map.of("reviewer", reviewer), null);
		}
	}

	/**
	 * Gives each open, unassigned application of {@code rows} to the eligible reviewer
	 * with the fewest open assignments (ties: by e-mail, so the result does not depend on
	 * the order accounts were created). Two admins balancing at once would each read
	 * "unassigned" before the other commits and give one application two reviewers; a
	 * transaction-scoped advisory lock makes the second wait, and under READ COMMITTED
	 * its reads below then see the first one's assignments.
	 * @return how many applications were assigned
	 */
	@Transactional
	int balance(List<ReviewQueue.Row> rows) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('review.balance'))").query().listOfRows();
		Map<String, Long> load = new HashMap<>();
		directory.reviewers().forEach(member -> load.put(member.email(), 0L));
		Map<Long, List<String>> assigned = new HashMap<>();
		jdbc.sql("SELECT application_id, reviewer FROM review_assignment")
			.query((RowCallbackHandler) rs -> assigned
				.computeIfAbsent(rs.getLong("application_id"), id -> new ArrayList<>())
				.add(rs.getString("reviewer")));
		// A reviewer's load is their assignments on applications still open.
		applications.findAll(ApplicationQuery.all().among(assigned.keySet()))
			.stream()
			.filter(application -> application.status().open())
			.forEach(application -> assigned.get(application.id())
				.forEach(reviewer -> load.computeIfPresent(reviewer, (email, open) -> open + 1)));
		Map<String, Set<Long>> hidden = new HashMap<>();
		int count = 0;
		for (ReviewQueue.Row row : rows) {
			if (assigned.containsKey(row.id()) || ApplicationStatus.valueOf(row.stage()).settled()) {
				continue;
			}
			Optional<String> choice = leastLoaded(load,
					email -> hidden.computeIfAbsent(email, conflicts::hiddenFrom).contains(row.id()));
			if (choice.isPresent()) {
				insert(row.id(), row.reference(), choice.get());
				load.merge(choice.get(), 1L, Long::sum);
				count++;
			}
		}
		return count;
	}

	/**
	 * The reviewer with the fewest open assignments among those not excluded; ties go to
	 * the first e-mail.
	 */
	static Optional<String> leastLoaded(Map<String, Long> load, Predicate<String> excluded) {
		return load.keySet()
			.stream()
			.filter(excluded.negate())
			.min(Comparator.<String>comparingLong(load::get).thenComparing(Comparator.naturalOrder()));
	}

	private void insert(long applicationId, String reference, String reviewer) {
		String by = AuditLog.currentActor();
		if (jdbc.sql("""
				INSERT INTO review_assignment (application_id, reviewer, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(applicationId, reviewer, by, Timestamp.from(clock.instant()))
			.update() == 1) {
			audit.record(by, "review.assign", AuditLog.Target.of("application", reference), null,
					Map.of("reviewer", reviewer));
		}
	}

}
