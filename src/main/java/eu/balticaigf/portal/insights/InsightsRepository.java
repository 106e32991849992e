package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every query of the insights module, in one place. It reads its own read model
 * (insights_cell, insights_day, kept exact by the triggers of migration V8) and, for one
 * figure, the {@code application} table that the intake module owns: a read model may
 * read another module's table, and V3 declares its column names a contract for exactly
 * this reader. Nothing here writes applications, and nothing here selects a name, e-mail
 * or registry code.
 */
@Repository
class InsightsRepository {

	private final JdbcClient jdbc;

	InsightsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Three small reads: the cells (shards added up), the days, and the largest active
	 * investment intent through its partial index. Their cost depends on the number of
	 * cells and days, not of applications. They run in one repeatable-read transaction
	 * (see {@link Insights}), so the three agree with each other.
	 */
	Figures figures(long callId, Instant now) {
		List<Cell> cells = jdbc.sql("""
				SELECT status, category, country, organisation_size, sum(applications) AS applications,
				       sum(investors) AS investors, sum(investment_eur) AS investment_eur, sum(demanders) AS demanders,
				       sum(compute_gpu_hours) AS compute_gpu_hours
				FROM insights_cell
				WHERE call_id = :call
				GROUP BY status, category, country, organisation_size
				HAVING sum(applications) <> 0""")
			.param("call", callId)
			.query((rs, row) -> new Cell(rs.getString("status"), rs.getString("category"),
					rs.getString("country").strip(), rs.getString("organisation_size"), rs.getLong("applications"),
					rs.getLong("investors"), rs.getLong("investment_eur"), rs.getLong("demanders"),
					rs.getLong("compute_gpu_hours")))
			.list();
		List<Figures.Day> days = jdbc.sql("""
				SELECT day, sum(applications) AS applications
				FROM insights_day
				WHERE call_id = :call
				GROUP BY day
				HAVING sum(applications) <> 0
				ORDER BY day""")
			.param("call", callId)
			.query((rs, row) -> new Figures.Day(rs.getObject("day", LocalDate.class), rs.getLong("applications")))
			.list();
		// Matches the partial index application_active_investment_idx: one index entry is
		// read.
		long largest = jdbc
			.sql("""
					SELECT coalesce(max(investment_intent_eur), 0)
					FROM application
					WHERE call_id = :call AND status NOT IN ('WITHDRAWN', 'DECLINED') AND investment_intent_eur IS NOT NULL""")
			.param("call", callId)
			.query(Long.class)
			.single();
		return new Figures(cells, days, largest, now);
	}

}
