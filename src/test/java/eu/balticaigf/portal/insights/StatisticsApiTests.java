package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class StatisticsApiTests extends PortalIntegrationTest {

	static final Instant DAY_ONE = Instant.parse("2025-07-28T09:00:00Z");

	/**
	 * 20 LT start-ups, 8 PL universities, 1 EE investor, 2 declined and 3 withdrawn LV
	 * applications.
	 */
	TestApplications crafted() {
		return new TestApplications(context).add(20, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000_000L, 2_000L, DAY_ONE)
			.add(8, "UNDER_REVIEW", "UNIVERSITY", "PL", "LARGE", null, 50_000L, DAY_ONE)
			.add(1, "ACCEPTED", "INVESTOR", "EE", "LARGE", 400_000_000L, null, DAY_ONE)
			.add(2, "DECLINED", "STARTUP", "LV", "MICRO", 9_000_000L, 1_000L, DAY_ONE)
			.add(3, "WITHDRAWN", "STARTUP", "LV", "MICRO", 9_000_000L, 1_000L, DAY_ONE);
	}

	@Test
	void statisticsFollowTheContractWithSmallCellsSuppressed() throws Exception {
		TestApplications data = crafted();
		mvc.perform(get("/api/v1/calls/{slug}/statistics", data.slug))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			// 31 not withdrawn, exactly: what a journalist quotes.
			.andExpect(jsonPath("$.applications").value(31))
			.andExpect(jsonPath("$.applicationsRounded").doesNotExist())
			.andExpect(jsonPath("$.withheld").isEmpty())
			.andExpect(jsonPath("$.byStatus.SUBMITTED").value(20))
			// 31 - 20 = 11 for three cells; with 8 published, ACCEPTED + DECLINED = 3
			// would be "1 and 2".
			.andExpect(jsonPath("$.byStatus.UNDER_REVIEW").value("suppressed"))
			.andExpect(jsonPath("$.byStatus.ACCEPTED").value("<5"))
			.andExpect(jsonPath("$.byStatus.DECLINED").value("<5"))
			.andExpect(jsonPath("$.byStatus.WITHDRAWN").doesNotExist())
			.andExpect(jsonPath("$.byCategory.STARTUP").value(22))
			.andExpect(jsonPath("$.byCategory.INVESTOR").value("<5"))
			.andExpect(jsonPath("$.byCategory.UNIVERSITY").value("suppressed"))
			.andExpect(jsonPath("$.byCategory.OTHER").value(0))
			.andExpect(jsonPath("$.byCountry.LT").value(20))
			.andExpect(jsonPath("$.byCountry.PL").value("suppressed"))
			.andExpect(jsonPath("$.byCountry.LV").value("<5"))
			.andExpect(jsonPath("$.byCountry.EE").value("<5"))
			.andExpect(jsonPath("$.bySize.SMALL").value(20))
			.andExpect(jsonPath("$.bySize.LARGE").value("suppressed"))
			.andExpect(jsonPath("$.bySize.MICRO").value("<5"))
			.andExpect(jsonPath("$.bySize.MEDIUM").value(0))
			// 20 × 1 M + 400 M (declined and withdrawn excluded) from 21 organisations,
			// but 400 M of the 420 M is one organisation's: the sum would be its figure.
			.andExpect(jsonPath("$.investment.indicativeEur").value(nullValue()))
			.andExpect(jsonPath("$.investment.targetPrivateEur").value(1_950_000_000L))
			.andExpect(jsonPath("$.investment.gapEur").value(nullValue()))
			// 20 × 2,000 + 8 × 50,000 from 28 organisations: two significant figures.
			.andExpect(jsonPath("$.computeDemandGpuHours").value(440_000))
			.andExpect(jsonPath("$.generatedAt").isString())
			.andExpect(content().string(allOf(not(containsString("Secret Organisation")), not(containsString("T-")))));
	}

	@Test
	void aCallWithoutApplicationsHasZerosAndNoPublishedMoney() throws Exception {
		TestApplications data = new TestApplications(context);
		mvc.perform(get("/api/v1/calls/{slug}/statistics", data.slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applications").value(0))
			.andExpect(jsonPath("$.byCountry.LT").value(0))
			.andExpect(jsonPath("$.investment.indicativeEur").value(nullValue()))
			.andExpect(jsonPath("$.investment.targetPrivateEur").value(1_950_000_000L));
	}

	/**
	 * The case: ten applications, six submitted and four under review. The total
	 * is exact, so "Submitted 6" beside it would give the four away: the page, the CSV
	 * and the JSON all hide both.
	 */
	@Test
	void sixSubmittedOfTenDoNotGiveAwayTheFourUnderReviewAnywhere() throws Exception {
		TestApplications data = new TestApplications(context)
			.add(6, "SUBMITTED", "STARTUP", "LT", "SMALL", null, null, DAY_ONE)
			.add(4, "UNDER_REVIEW", "STARTUP", "LT", "SMALL", null, null, DAY_ONE);

		mvc.perform(get("/api/v1/calls/{slug}/statistics", data.slug))
			.andExpect(jsonPath("$.applications").value(10))
			.andExpect(jsonPath("$.byStatus.SUBMITTED").value("suppressed"))
			.andExpect(jsonPath("$.byStatus.UNDER_REVIEW").value("<5"))
			.andExpect(jsonPath("$.byStatus.ACCEPTED").value(0))
			.andExpect(jsonPath("$.byCountry.LT").value(10));
		mvc.perform(get("/calls/{slug}/statistics.csv", data.slug))
			.andExpect(content().string(allOf(containsString("applications,total,10\r\n"),
					containsString("by_status,SUBMITTED,suppressed"), containsString("by_status,UNDER_REVIEW,<5"))));
		Page page = Visitor.at(port).open("/calls/" + data.slug + "/statistics?lang=en");
		assertThat(page.byId("statistics-applications").text()).isEqualTo("10");
		assertThat(page.textOf("#by-status tr[data-code=SUBMITTED] td")).isEqualTo("not shown");
		assertThat(page.textOf("#by-status tr[data-code=UNDER_REVIEW] td")).isEqualTo("fewer than 5");
		assertThat(page.text()).doesNotContain("rounded to the nearest");
	}

	/**
	 * Five from Lithuania and one from Estonia: no hiding protects Estonia's one from 6 -
	 * 5, so no country table.
	 */
	@Test
	void aTableThatWouldGiveASmallCellAwayIsWithheldEverywhere() throws Exception {
		TestApplications data = new TestApplications(context)
			.add(5, "SUBMITTED", "STARTUP", "LT", "SMALL", null, null, DAY_ONE)
			.add(1, "SUBMITTED", "STARTUP", "EE", "SMALL", null, null, DAY_ONE);

		mvc.perform(get("/api/v1/calls/{slug}/statistics", data.slug))
			.andExpect(jsonPath("$.applications").value(6))
			.andExpect(jsonPath("$.withheld[0]").value("byCountry"))
			.andExpect(jsonPath("$.byCountry").isEmpty())
			.andExpect(jsonPath("$.byStatus.SUBMITTED").value(6));
		mvc.perform(get("/calls/{slug}/statistics.csv", data.slug))
			.andExpect(content()
				.string(allOf(containsString("by_country,,withheld"), not(containsString("by_country,EE")))));
		Page page = Visitor.at(port).open("/calls/" + data.slug + "/statistics?lang=en");
		assertThat(page.has("#by-country")).isFalse();
		// Withheld because a small group cannot be protected, not because few have
		// applied (the walk-through saw it at 8 applications and not at 6).
		assertThat(page.byId("by-country-withheld").text())
			.contains("a group of fewer than 5 organisations that could still be worked out")
			.doesNotContain("so few organisations have applied")
			.doesNotContain("more applications");
		for (String language : List.of("lt", "pl", "lv", "et")) {
			assertThat(Visitor.at(port)
				.open("/calls/" + data.slug + "/statistics?lang=" + language)
				.byId("by-country-withheld")
				.text()).isNotBlank();
		}
	}

	/**
	 * The page, the CSV, the JSON and the staff dashboard read the same figures: the
	 * totals agree.
	 */
	@Test
	void theStaffDashboardCountsWhatThePublicTotalCounts() throws Exception {
		TestApplications data = crafted();
		mvc.perform(get("/staff/calls/{slug}/dashboard", data.slug).param("lang", "en")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("viewer@ministry.test")
				.roles("VIEWER")))
			.andExpect(content().string(containsString("31 applications, withdrawn ones not counted")));
		mvc.perform(get("/api/v1/calls/{slug}/statistics", data.slug)).andExpect(jsonPath("$.applications").value(31));
	}

	/**
	 * Walk-through 9: the exact sum moved with each amendment and decision, so watching
	 * it gave one organisation's figure away. Published sums are rounded to two
	 * significant figures: the same in the JSON, the CSV and the page, and the gap is
	 * worked out from the rounded sum (the exact gap would give the exact sum back).
	 */
	@Test
	void publishedSumsAreRoundedToTwoSignificantFigures() throws Exception {
		TestApplications data = new TestApplications(context)
			.add(6, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_234_567L, 12_345L, DAY_ONE)
			.add(1, "UNDER_REVIEW", "UNIVERSITY", "PL", "LARGE", null, 12_345L, DAY_ONE);

		mvc.perform(get("/api/v1/calls/{slug}/statistics", data.slug))
			// 7,407,402 and 86,415 exactly.
			.andExpect(jsonPath("$.investment.indicativeEur").value(7_400_000L))
			.andExpect(jsonPath("$.investment.gapEur").value(1_942_600_000L))
			.andExpect(jsonPath("$.computeDemandGpuHours").value(86_000L));
		mvc.perform(get("/calls/{slug}/statistics.csv", data.slug))
			.andExpect(content().string(allOf(containsString("investment,indicative_eur,7400000\r\n"),
					containsString("compute,demand_gpu_hours_per_year,86000\r\n"), not(containsString("7407402")))));
		Page page = Visitor.at(port).open("/calls/" + data.slug + "/statistics?lang=en");
		assertThat(page.byId("statistics-indicative").text().replace('\u00a0', ' ')).isEqualTo("about EUR 7 400 000");
		assertThat(page.byId("statistics-gap").text().replace('\u00a0', ' ')).isEqualTo("about EUR 1 942 600 000");
		assertThat(page.byId("statistics-compute").text()).isEqualTo("about 86,000 GPU-hours a year");
		assertThat(page.text()).contains("rounded to two significant figures");
	}

	@Test
	void unknownCallIsAProblemDocument() throws Exception {
		mvc.perform(get("/api/v1/calls/no-such-call/statistics"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void csvCarriesTheSameSuppressedFigures() throws Exception {
		TestApplications data = crafted();
		mvc.perform(get("/calls/{slug}/statistics.csv", data.slug))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString(data.slug + "-statistics.csv")))
			.andExpect(content()
				.string(allOf(containsString("section,key,value"), containsString("applications,total,31"),
						containsString("by_country,EE,<5"), containsString("by_country,PL,suppressed"),
						not(containsString("rounded")), containsString("by_category,UNIVERSITY,suppressed"),
						containsString("investment,indicative_eur,\r\n"), containsString("investment,gap_eur,\r\n"),
						containsString("compute,demand_gpu_hours_per_year,440000"), not(containsString("Secret")))));
	}

	@Test
	void publicPageShowsTheTablesInTheChosenLanguage() throws Exception {
		TestApplications data = crafted();
		mvc.perform(get("/calls/{slug}/statistics", data.slug).param("lang", "lt"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<html lang=\"lt\""), containsString("Kvietimo statistika"),
							containsString("mažiau nei 5"), containsString("Paraiškos pagal šalį"),
							containsString("neskelbiama"), not(containsString("Secret Organisation")))));
		mvc.perform(get("/calls/{slug}/statistics", data.slug).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("fewer than 5"), containsString("not shown"),
					containsString("Not published: fewer than 5 organisations have stated an amount, or one or two"),
					not(containsString("420")))));
	}

	@Test
	void theRealCallHasStatisticsToo() throws Exception {
		mvc.perform(get("/api/v1/calls/baltic-aigf-2025/statistics"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.investment.targetPrivateEur").value(1_950_000_000L));
		mvc.perform(get("/calls/baltic-aigf-2025/statistics").param("lang", "pl")).andExpect(status().isOk());
	}

	@Test
	void unknownCallPageIsNotFound() throws Exception {
		mvc.perform(get("/calls/no-such-call/statistics")).andExpect(status().isNotFound());
		mvc.perform(get("/calls/no-such-call/statistics.csv")).andExpect(status().isNotFound());
	}

}
