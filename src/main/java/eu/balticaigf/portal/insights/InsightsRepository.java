package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every query of the insights module, in one place. It reads the {@code application} table that the application
 * (intake) module owns: a read model may read another module's table, and V3 declares its column names a contract
 * for exactly this reader. Nothing here writes to it, and nothing here selects a name, e-mail or registry code.
 */
@Repository
class InsightsRepository {

	/**
	 * One pass over a call's applications gives both the cells (status × category × country × size) and the
	 * submissions per day in the call's own zone: GROUPING SETS aggregate both from the same scan. The result has at
	 * most a few thousand rows whatever the number of applications.
	 */
	private static final String FIGURES = """
			SELECT GROUPING(status, category, country, organisation_size) = 0 AS is_cell,
			       status, category, country, organisation_size, day,
			       count(*) AS applications,
			       count(*) FILTER (WHERE investment_intent_eur > 0) AS investors,
			       coalesce(sum(investment_intent_eur), 0) AS investment_eur,
			       count(*) FILTER (WHERE compute_demand_gpu_hours > 0) AS demanders,
			       coalesce(sum(compute_demand_gpu_hours), 0) AS compute_gpu_hours,
			       coalesce(max(investment_intent_eur), 0) AS max_investment_eur
			FROM (SELECT status, category, country, organisation_size, investment_intent_eur,
			             compute_demand_gpu_hours, (submitted_at AT TIME ZONE :zone)::date AS day
			      FROM application
			      WHERE call_id = :call) a
			GROUP BY GROUPING SETS ((status, category, country, organisation_size), (day))""";

	private final JdbcClient jdbc;

	InsightsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Figures figures(long callId, ZoneId zone, Instant now) {
		List<Cell> cells = new ArrayList<>();
		List<Figures.Day> days = new ArrayList<>();
		jdbc.sql(FIGURES).param("zone", zone.getId()).param("call", callId).query(rs -> {
			if (rs.getBoolean("is_cell")) {
				cells.add(new Cell(rs.getString("status"), rs.getString("category"), rs.getString("country").strip(),
						rs.getString("organisation_size"), rs.getLong("applications"), rs.getLong("investors"),
						rs.getLong("investment_eur"), rs.getLong("demanders"), rs.getLong("compute_gpu_hours"),
						rs.getLong("max_investment_eur")));
			}
			else {
				days.add(new Figures.Day(rs.getObject("day", LocalDate.class), rs.getLong("applications")));
			}
		});
		days.sort(java.util.Comparator.comparing(Figures.Day::date));
		return new Figures(cells, days, now);
	}

}
