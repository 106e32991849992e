package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.ApplicationQuery;
import eu.balticaigf.portal.application.ApplicationSearch;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * Conflicts of interest: who declared which, and so which applications each member of
 * staff may neither see, score nor be assigned. The application module finds the
 * applications of the declared organisations ({@link ApplicationSearch}), by the rule of
 * {@link Conflict}; only someone who declared a conflict pays for the query.
 */
@Service
class Conflicts {

	private final JdbcClient jdbc;

	private final ApplicationSearch applications;

	private final AuditLog audit;

	private final Clock clock;

	Conflicts(JdbcClient jdbc, ApplicationSearch applications, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a declaration as typed; refuses one with neither a name nor a code that has
	 * a letter or digit.
	 */
	@Transactional
	boolean declare(String reviewer, String organisationName, String registryCode) {
		Conflict conflict = Conflict.declare(reviewer, organisationName, registryCode, clock.instant());
		if (!conflict.namesSomething()) {
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

	/** What was declared, for the audit log: the parts given, none as "null". */
	private static Map<String, String> described(Conflict conflict) {
		Map<String, String> described = new LinkedHashMap<>();
		if (conflict.organisationName() != null) {
			described.put("organisationName", conflict.organisationName());
		}
		if (conflict.registryCode() != null) {
			described.put("registryCode", conflict.registryCode());
		}
		return described;
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
			.filter(conflict -> !matching(List.of(conflict), List.of(application.id())).isEmpty())
			.findFirst();
	}

	boolean conflicted(String reviewer, StoredApplication application) {
		List<Conflict> conflicts = of(reviewer);
		return !conflicts.isEmpty() && !matching(conflicts, List.of(application.id())).isEmpty();
	}

	/**
	 * The ids of every application the reviewer declared a conflict with; empty (and no
	 * query) without conflicts.
	 */
	Set<Long> hiddenFrom(String reviewer) {
		List<Conflict> conflicts = of(reviewer);
		return conflicts.isEmpty() ? Set.of() : matching(conflicts, null);
	}

	/** The applications (among these ids; null: any) of the organisations declared. */
	private Set<Long> matching(List<Conflict> conflicts, Collection<Long> among) {
		return applications.ids(ApplicationQuery.all()
			.among(among)
			.ofOrganisations(conflicts.stream().map(Conflict::organisationName).filter(Objects::nonNull).toList(),
					conflicts.stream().map(Conflict::registryCode).filter(Objects::nonNull).toList()));
	}

}
