package eu.balticaigf.portal.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the summary of a call's applications: the read model that the triggers of
 * migration V25 keep exact in the same transaction as every change of the application
 * table (application_summary_cell, application_summary_quarter_hour), and the largest
 * amounts through their partial indexes. Its cost depends on the number of cells and
 * quarter hours, not of applications (docs/benchmarks.md). Nothing here selects a name,
 * e-mail or registry code.
 */
@Repository
class ApplicationSummaryStore {

	/**
	 * Applications taking part, as the partial indexes application_active_investment_idx
	 * and application_active_compute_idx are defined: the largest amounts are their first
	 * entries.
	 */
	private static final String TAKING_PART = "status NOT IN ('WITHDRAWN', 'DECLINED')";

	private final JdbcClient jdbc;

	ApplicationSummaryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Four small reads in one repeatable-read transaction, so that they agree with each
	 * other.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	ApplicationSummary summary(long callId, ZoneId zone) {
		List<ApplicationSummary.Cell> cells = jdbc.sql("""
				SELECT status, category, country, organisation_size, sum(applications) AS applications,
				       sum(investors) AS investors, sum(investment_eur) AS investment_eur, sum(demanders) AS demanders,
				       sum(compute_gpu_hours) AS compute_gpu_hours
				FROM application_summary_cell
				WHERE call_id = :call
				GROUP BY status, category, country, organisation_size
				HAVING sum(applications) <> 0""")
			.param("call", callId)
			.query((rs, row) -> new ApplicationSummary.Cell(ApplicationStatus.valueOf(rs.getString("status")),
					rs.getString("category"), rs.getString("country").strip(), rs.getString("organisation_size"),
					rs.getLong("applications"), rs.getLong("investors"), rs.getLong("investment_eur"),
					rs.getLong("demanders"), rs.getLong("compute_gpu_hours")))
			.list();
		// Quarter hours in UTC fall into whole days of every zone in use.
		List<ApplicationSummary.Day> days = jdbc.sql("""
				SELECT (starts_at AT TIME ZONE :zone)::date AS day, sum(applications) AS applications
				FROM application_summary_quarter_hour
				WHERE call_id = :call
				GROUP BY 1
				HAVING sum(applications) <> 0
				ORDER BY 1""")
			.param("call", callId)
			.param("zone", zone.getId())
			.query((rs, row) -> new ApplicationSummary.Day(rs.getObject("day", LocalDate.class),
					rs.getLong("applications")))
			.list();
		return new ApplicationSummary(cells, days,
				ApplicationSummary.Largest.of(largest(callId, "investment_intent_eur")),
				ApplicationSummary.Largest.of(largest(callId, "compute_demand_gpu_hours")));
	}

	/** The first two entries of the column's partial index. */
	private List<Long> largest(long callId, String column) {
		return jdbc
			.sql("SELECT " + column + " FROM application WHERE call_id = :call AND " + TAKING_PART + " AND " + column
					+ " IS NOT NULL ORDER BY " + column + " DESC LIMIT 2")
			.param("call", callId)
			.query(Long.class)
			.list();
	}

}
