package eu.balticaigf.portal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers of V25 keep the summary equal to a direct aggregate of the application
 * table, whatever changes; {@link Applications#summary} reads it.
 */
@PortalTest
class ApplicationSummaryTests extends PortalIntegrationTest {

	static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	@Autowired
	Applications applications;

	@Test
	void summaryFollowsInsertsUpdatesAndDeletes() {
		long call = newCall();
		TestSubmissions submissions = new TestSubmissions(context);
		for (int i = 0; i < 6; i++) {
			submissions.submit(call, ApplicationStatus.SUBMITTED, "STARTUP", "LT", "SMALL", 1_000L, 10L,
					Instant.parse("2025-07-28T21:30:00Z"));
		}
		for (int i = 0; i < 3; i++) {
			submissions.submit(call, ApplicationStatus.UNDER_REVIEW, "INVESTOR", "PL", "LARGE", 9_000L, null,
					Instant.parse("2025-08-01T09:00:00Z"));
		}
		assertMatchesDirectAggregate(call);

		// A withdrawal, a decision, an amendment that moves country and amount, an edit
		// that moves nothing, a purge.
		jdbc.sql(
				"UPDATE application SET status = 'WITHDRAWN' WHERE id = (SELECT min(id) FROM application WHERE call_id = ?)")
			.param(call)
			.update();
		jdbc.sql("UPDATE application SET status = 'ACCEPTED' WHERE call_id = ? AND category = 'INVESTOR'")
			.param(call)
			.update();
		jdbc.sql("""
				UPDATE application SET country = 'EE', investment_intent_eur = 5
				WHERE id = (SELECT max(id) FROM application WHERE call_id = ? AND category = 'STARTUP')""")
			.param(call)
			.update();
		jdbc.sql("UPDATE application SET description = 'Amended' WHERE call_id = ?").param(call).update();
		jdbc.sql(
				"DELETE FROM application WHERE id = (SELECT max(id) FROM application WHERE call_id = ? AND country = 'LT')")
			.param(call)
			.update();

		assertMatchesDirectAggregate(call);
		ApplicationSummary summary = applications.summary(call, VILNIUS);
		assertThat(summary.cells().stream().mapToLong(ApplicationSummary.Cell::applications).sum()).isEqualTo(8);
		// Accepted investors stay active, so their 9,000 each are still the largest
		// intents; the withdrawn start-up's 10 GPU-hours no longer count.
		assertThat(summary.largestInvestments()).isEqualTo(new ApplicationSummary.Largest(9_000, 9_000));
		assertThat(summary.largestComputeDemands()).isEqualTo(new ApplicationSummary.Largest(10, 10));
		// 21:30 UTC on 28 July is already 29 July in Vilnius, and still 28 July in
		// Warsaw.
		assertThat(summary.days()).extracting(ApplicationSummary.Day::date)
			.containsExactly(LocalDate.parse("2025-07-29"), LocalDate.parse("2025-08-01"));
		assertThat(applications.summary(call, ZoneId.of("Europe/Warsaw")).days())
			.extracting(ApplicationSummary.Day::date)
			.containsExactly(LocalDate.parse("2025-07-28"), LocalDate.parse("2025-08-01"));
	}

	@Test
	void aCallWithoutApplicationsHasAnEmptySummary() {
		ApplicationSummary summary = applications.summary(newCall(), VILNIUS);

		assertThat(summary.cells()).isEmpty();
		assertThat(summary.days()).isEmpty();
		assertThat(summary.largestInvestments()).isEqualTo(ApplicationSummary.Largest.NONE);
	}

	/** A call of the test's own: tests share one database. */
	private long newCall() {
		return jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
					                  budget_eur, private_share_pct, planned_gpus)
					VALUES (:slug, 'Bandymas', 'Test call', 'Test', 'Tests', 'Test', '2025-07-27T21:00:00Z',
					        '2025-08-10T20:59:59Z', 'Europe/Vilnius', 3000000000, 65, 100000)
					RETURNING id""")
			.param("slug", "summary-" + UUID.randomUUID())
			.query(Long.class)
			.single();
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
				FROM application_summary_cell WHERE call_id = ?
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
		List<Map<String, Object>> directQuarters = jdbc.sql("""
				SELECT date_bin('15 minutes', submitted_at, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS starts_at,
				       count(*) AS applications
				FROM application WHERE call_id = ? GROUP BY 1 ORDER BY 1""").param(callId).query().listOfRows();
		List<Map<String, Object>> summaryQuarters = jdbc.sql("""
				SELECT starts_at, sum(applications) AS applications
				FROM application_summary_quarter_hour WHERE call_id = ?
				GROUP BY 1 HAVING sum(applications) <> 0 ORDER BY 1""").param(callId).query().listOfRows();
		assertThat(summaryQuarters.toString()).isEqualTo(directQuarters.toString());
	}

}
