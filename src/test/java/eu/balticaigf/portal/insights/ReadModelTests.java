package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers of V8 keep the summaries equal to a direct aggregate of the application
 * table, whatever changes.
 */
@PortalTest
class ReadModelTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InsightsRepository repository;

	@Test
	void summariesFollowInsertsUpdatesAndDeletes() {
		TestApplications data = new TestApplications(jdbc)
			.add(6, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000L, 10L, Instant.parse("2025-07-28T21:30:00Z"))
			.add(3, "UNDER_REVIEW", "INVESTOR", "PL", "LARGE", 9_000L, null, Instant.parse("2025-08-01T09:00:00Z"));
		assertMatchesDirectAggregate(data.callId);

		// A withdrawal, a decision, an amendment that moves country and amount, an edit
		// that moves nothing, a purge.
		jdbc.sql(
				"UPDATE application SET status = 'WITHDRAWN' WHERE id = (SELECT min(id) FROM application WHERE call_id = ?)")
			.param(data.callId)
			.update();
		jdbc.sql("UPDATE application SET status = 'ACCEPTED' WHERE call_id = ? AND category = 'INVESTOR'")
			.param(data.callId)
			.update();
		jdbc.sql("""
				UPDATE application SET country = 'EE', investment_intent_eur = 5
				WHERE id = (SELECT max(id) FROM application WHERE call_id = ? AND category = 'STARTUP')""")
			.param(data.callId)
			.update();
		jdbc.sql("UPDATE application SET description = 'Amended' WHERE call_id = ?").param(data.callId).update();
		jdbc.sql(
				"DELETE FROM application WHERE id = (SELECT max(id) FROM application WHERE call_id = ? AND country = 'LT')")
			.param(data.callId)
			.update();

		assertMatchesDirectAggregate(data.callId);
		Figures figures = repository.figures(data.callId, Instant.now());
		assertThat(figures.cells().stream().mapToLong(Cell::applications).sum()).isEqualTo(8);
		// Accepted investors stay active, so their 9,000 each is still the largest
		// intent.
		assertThat(figures.largestInvestmentEur()).isEqualTo(9_000);
		// 21:30 UTC on 28 July is already 29 July in Vilnius.
		assertThat(figures.days()).extracting(Figures.Day::date)
			.containsExactly(java.time.LocalDate.parse("2025-07-29"), java.time.LocalDate.parse("2025-08-01"));
	}

	private void assertMatchesDirectAggregate(long callId) {
		List<Map<String, Object>> direct = jdbc.sql("""
				SELECT status, category, country, organisation_size, count(*) AS applications,
				       count(*) FILTER (WHERE investment_intent_eur > 0) AS investors,
				       coalesce(sum(investment_intent_eur), 0) AS investment_eur,
				       count(*) FILTER (WHERE compute_demand_gpu_hours > 0) AS demanders,
				       coalesce(sum(compute_demand_gpu_hours), 0) AS compute_gpu_hours
				FROM application WHERE call_id = ?
				GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""").param(callId).query().listOfRows();
		List<Map<String, Object>> summary = jdbc.sql("""
				SELECT status, category, country, organisation_size, sum(applications) AS applications,
				       sum(investors) AS investors, sum(investment_eur) AS investment_eur,
				       sum(demanders) AS demanders, sum(compute_gpu_hours) AS compute_gpu_hours
				FROM insights_cell WHERE call_id = ?
				GROUP BY 1, 2, 3, 4 HAVING sum(applications) <> 0 ORDER BY 1, 2, 3, 4""")
			.param(callId)
			.query()
			.listOfRows();
		assertThat(summary).hasSameSizeAs(direct);
		for (int i = 0; i < direct.size(); i++) {
			for (String column : direct.get(i).keySet()) {
				assertThat(String.valueOf(summary.get(i).get(column))).as(column)
					.isEqualTo(String.valueOf(direct.get(i).get(column)));
			}
		}
		long directDays = jdbc.sql("SELECT count(*) FROM application WHERE call_id = ?")
			.param(callId)
			.query(Long.class)
			.single();
		long summaryDays = jdbc.sql("SELECT coalesce(sum(applications), 0) FROM insights_day WHERE call_id = ?")
			.param(callId)
			.query(Long.class)
			.single();
		assertThat(summaryDays).isEqualTo(directDays);
	}

}
