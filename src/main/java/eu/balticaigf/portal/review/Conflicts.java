package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * Conflicts of interest: who declared which, and so which applications each member of
 * staff may neither see, score nor be assigned. Matching happens here in Java (one rule,
 * {@link Conflict#covers}), not in SQL: a call has a few hundred applications, and only
 * someone who declared a conflict pays for the check.
 */
@Service
class Conflicts {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Conflicts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a declaration; refuses one with neither a name nor a code (after
	 * normalising).
	 */
	@Transactional
	boolean declare(String reviewer, String organisationName, String registryCode) {
		Conflict conflict = Conflict.declare(reviewer, organisationName, registryCode, clock.instant());
		if (conflict.organisationName() == null && conflict.registryCode() == null) {
			return false;
		}
		jdbc.sql(
				"""
						INSERT INTO review_conflict (reviewer, organisation_name, registry_code, declared_at) VALUES (?, ?, ?, ?)""")
			.params(reviewer, conflict.organisationName(), conflict.registryCode(),
					Timestamp.from(conflict.declaredAt()))
			.update();
		audit.record(reviewer, "review.conflict.declare", AuditLog.Target.NONE, null, described(conflict));
		return true;
	}

	private static Map<String, String> described(Conflict conflict) {
		return Map.of("organisationName", String.valueOf(conflict.organisationName()), "registryCode",
				String.valueOf(conflict.registryCode()));
	}

	/**
	 * Withdraws one of the reviewer's own declarations (a mistake): it stays in the table
	 * with the time of withdrawal, as evidence of what was declared when, and no longer
	 * hides anything. Audited.
	 * @return false when the reviewer has no such declaration in force (someone else's,
	 * or withdrawn already)
	 */
	@Transactional
	boolean withdraw(String reviewer, long id) {
		Optional<Conflict> conflict = declaration(reviewer, id);
		if (conflict.isEmpty() || jdbc.sql("""
				UPDATE review_conflict SET withdrawn_at = ? WHERE id = ? AND reviewer = ? AND withdrawn_at IS NULL""")
			.params(Timestamp.from(clock.instant()), id, reviewer)
			.update() != 1) {
			return false;
		}
		audit.record(reviewer, "review.conflict.withdraw", AuditLog.Target.NONE, described(conflict.get()), null);
		return true;
	}

	/** The reviewer's declarations in force, oldest first. */
	List<Conflict> of(String reviewer) {
		return jdbc.sql("""
				SELECT id, reviewer, organisation_name, registry_code, declared_at FROM review_conflict
				WHERE reviewer = ? AND withdrawn_at IS NULL ORDER BY declared_at, id""")
			.param(reviewer)
			.query((rs, n) -> new Conflict(rs.getLong("id"), rs.getString("reviewer"),
					rs.getString("organisation_name"), rs.getString("registry_code"),
					rs.getTimestamp("declared_at").toInstant()))
			.list();
	}

	/** One of the reviewer's declarations in force; nobody else's. */
	Optional<Conflict> declaration(String reviewer, long id) {
		return of(reviewer).stream().filter(conflict -> conflict.id() == id).findFirst();
	}

	/** The reviewer's declaration that hides this application from them, if any. */
	Optional<Conflict> covering(String reviewer, StoredApplication application) {
		return of(reviewer).stream()
			.filter(conflict -> conflict.covers(application.data().organisationName(),
					application.data().registryCode()))
			.findFirst();
	}

	boolean conflicted(String reviewer, StoredApplication application) {
		return covering(reviewer, application).isPresent();
	}

	/**
	 * The ids of every application the reviewer declared a conflict with; empty (and no
	 * query) without conflicts.
	 */
	Set<Long> hiddenFrom(String reviewer) {
		List<Conflict> conflicts = of(reviewer);
		Set<Long> hidden = new HashSet<>();
		if (conflicts.isEmpty()) {
			return hidden;
		}
		jdbc.sql("SELECT id, organisation_name, registry_code FROM application").query(rs -> {
			String name = rs.getString("organisation_name");
			String code = rs.getString("registry_code");
			if (conflicts.stream().anyMatch(conflict -> conflict.covers(name, code))) {
				hidden.add(rs.getLong("id"));
			}
		});
		return hidden;
	}

}
