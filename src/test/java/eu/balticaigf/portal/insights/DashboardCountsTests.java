package eu.balticaigf.portal.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as staff read it (walk-through 7 and 8): every figure says which
 * applications it counts, and the submissions per day end today.
 */
@PortalTest
class DashboardCountsTests extends PortalIntegrationTest {

	static final Instant DAY_ONE = Instant.parse("2025-07-28T09:00:00Z");

	@Autowired
	Calls calls;

	@Autowired
	Clock clock;

	Visitor staff() {
		Visitor viewer = Visitor.at(port);
		viewer.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		return viewer;
	}

	/** A page's text with hard spaces read as spaces, as a reader sees them. */
	static String text(Page page, String cssSelector) {
		return page.textOf(cssSelector).replace('\u00a0', ' ');
	}

	/**
	 * The walk-through's case: Latvia's only application was declined, so "All four
	 * countries take part" fails while the country table lists Latvia; the SME share
	 * counts 6 of 8 applications. Each figure says what it counts.
	 */
	@Test
	void everyFigureSaysWhichApplicationsItCounts() {
		TestApplications data = new TestApplications(context)
			.add(3, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000_000L, null, DAY_ONE)
			.add(1, "UNDER_REVIEW", "UNIVERSITY", "PL", "LARGE", null, null, DAY_ONE)
			.add(2, "SUBMITTED", "INVESTOR", "EE", "MEDIUM", 5_000_000L, null, DAY_ONE)
			.add(1, "DECLINED", "STARTUP", "LV", "SMALL", 2_000_000L, null, DAY_ONE)
			.add(1, "DECLINED", "STARTUP", "DE", "LARGE", null, null, DAY_ONE)
			.add(1, "WITHDRAWN", "STARTUP", "PL", "MICRO", null, null, DAY_ONE);

		Page dashboard = staff().open("/staff/calls/" + data.slug + "/dashboard?lang=en");

		assertThat(text(dashboard, "#checks-counted")).contains("applications taking part (6)", "Declined (2)",
				"withdrawn (1)");
		assertThat(text(dashboard, "#composition-checks tbody tr:nth-child(1)")).contains("Fail",
				"3 of 4; missing: Latvia (declined or withdrawn only)");
		assertThat(text(dashboard, "#composition-checks tbody tr:nth-child(3)"))
			.contains("83 % (SMEs: 5; applications taking part: 6)");
		assertThat(text(dashboard, "#composition-checks tbody tr:nth-child(4)"))
			.contains("38 % of EUR 13 000 000, the investment intended by the applications taking part");
		assertThat(text(dashboard, "#countries caption")).contains("applications not withdrawn", "(8)");
		assertThat(text(dashboard, "#countries tr[data-code=LV] td")).isEqualTo("1");
		assertThat(text(dashboard, "#stages caption")).contains("withdrawn ones included (9)");
		assertThat(text(dashboard, "#investment-countries caption")).contains("applications taking part", "(6)",
				"EUR 13 000 000");
		assertThat(text(dashboard, "#submissions-table caption")).contains("withdrawn applications included");
	}

	/**
	 * The demo call opened at start-up and closes in two weeks: the table lists the days
	 * from its opening to today, none after.
	 */
	@Test
	void submissionsPerDayEndToday() {
		Call demo = calls.find("demo").orElseThrow();
		long daysSoFar = ChronoUnit.DAYS.between(demo.opensAt().atZone(demo.zone()).toLocalDate(),
				clock.instant().atZone(demo.zone()).toLocalDate()) + 1;

		Page dashboard = staff().open("/staff/calls/demo/dashboard?lang=en");

		assertThat(dashboard.document().select("#submissions-table tbody tr")).hasSize((int) daysSoFar);
	}

}
