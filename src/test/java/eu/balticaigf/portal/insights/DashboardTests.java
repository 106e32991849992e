package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTests {

	static final InsightsSettings SETTINGS = new InsightsSettings(0.7, 0.3, 0.25);

	static Labels labels() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		messages.addMessage("insights.check.present.missing", Locale.ENGLISH, "{0} of {1}; missing: {2}");
		messages.addMessage("insights.check.leftOut", Locale.ENGLISH, "{0} (declined or withdrawn only)");
		messages.addMessage("insights.check.sme.figure", Locale.ENGLISH,
				"{0} % (SMEs: {1}; applications taking part: {2}); at least {3} %");
		messages.addMessage("insights.check.investor.figure", Locale.ENGLISH,
				"{0} % of {1} (the largest: {2}); at most {3} %");
		return new Labels(messages, Locale.ENGLISH);
	}

	@Test
	void capacityIsPlannedGpusTimesHoursOfAYearTimesUtilisation() {
		assertThat(Dashboard.capacityGpuHours(100_000, 0.7)).isEqualTo(613_200_000L);
		assertThat(Dashboard.capacityGpuHours(3, 0.333)).isEqualTo(8_751L);
	}

	@Test
	void staffSeeExactSmallCellsAndAcceptedMoneyApart() {
		Figures figures = new Cells().add(1, "ACCEPTED", "INVESTOR", "EE", "LARGE", 300_000_000, 0)
			.add(2, "UNDER_REVIEW", "STARTUP", "LT", "MICRO", 1_000_000, 10_000)
			.add(3, "DECLINED", "STARTUP", "LT", "MICRO", 50_000_000, 10_000)
			.add(1, "WITHDRAWN", "STARTUP", "LV", "MICRO", 70_000_000, 10_000)
			.figures();

		Dashboard dashboard = Dashboard.of(Cells.call2025(), figures, SETTINGS, labels());

		assertThat(dashboard.applications()).isEqualTo(6);
		assertThat(dashboard.stages()).filteredOn(bar -> bar.code().equals("WITHDRAWN"))
			.singleElement()
			.extracting(Dashboard.Bar::value)
			.isEqualTo(1L);
		assertThat(dashboard.countries()).filteredOn(bar -> bar.code().equals("EE"))
			.singleElement()
			.extracting(Dashboard.Bar::value)
			.isEqualTo(1L);
		assertThat(dashboard.money().indicativeEur()).isEqualTo(302_000_000L);
		assertThat(dashboard.money().acceptedEur()).isEqualTo(300_000_000L);
		assertThat(dashboard.money().targetEur()).isEqualTo(1_950_000_000L);
		assertThat(dashboard.money().gapEur()).isEqualTo(1_648_000_000L);
		assertThat(dashboard.money().byCountry()).filteredOn(bar -> bar.code().equals("LV"))
			.singleElement()
			.extracting(Dashboard.Bar::value)
			.isEqualTo(0L);
		assertThat(dashboard.compute().demandGpuHours()).isEqualTo(20_000L);
		assertThat(dashboard.compute().capacityGpuHours()).isEqualTo(613_200_000L);
	}

	@Test
	void compositionChecksPassOrFailWithTheirFigures() {
		Figures figures = new Cells().add(5, "SUBMITTED", "INVESTOR", "LT", "LARGE", 10_000_000, 0)
			.add(5, "SUBMITTED", "STARTUP", "PL", "SMALL", 1_000_000, 0)
			.add(5, "SUBMITTED", "UNIVERSITY", "LV", "LARGE", 0, 0)
			.add(1, "WITHDRAWN", "UNIVERSITY", "EE", "LARGE", 0, 0)
			.figures();

		var checks = Dashboard.checks(figures, SETTINGS, labels());

		// Estonia only withdrew: it is missing, and the figure says why Estonia is in the
		// country table all the same. 5 SMEs of 15 is 33 %, above 30 %. 10 M of 55 M is
		// 18 %, under 25 %.
		assertThat(checks).extracting(Dashboard.Check::pass).containsExactly(false, false, true, true);
		assertThat(checks.get(0).figure()).isEqualTo("3 of 4; missing: Estonia (declined or withdrawn only)");
		assertThat(checks.get(1).figure()).isEqualTo(
				"3 of 7; missing: TECHNOLOGY_PROVIDER, CLOUD_COMPUTE_PROVIDER, RESEARCH_INSTITUTE, PUBLIC_SECTOR");
		assertThat(checks.get(2).figure()).isEqualTo("33 % (SMEs: 5; applications taking part: 15); at least 30 %");
		assertThat(checks.get(3).figure().replace('\u00a0', ' '))
			.isEqualTo("18 % of EUR 55 000 000 (the largest: EUR 10 000 000); at most 25 %");
	}

	@Test
	void aDominantInvestorFailsTheConcentrationCheck() {
		Figures figures = new Cells().add(1, "SUBMITTED", "INVESTOR", "LT", "LARGE", 900_000_000, 0)
			.add(9, "SUBMITTED", "STARTUP", "PL", "SMALL", 1_000_000, 0)
			.figures();
		assertThat(Dashboard.checks(figures, SETTINGS, labels()).get(3).pass()).isFalse();
	}

	@Test
	void timelineCoversTheWindowAndAccumulates() {
		Figures figures = new Cells().add(6, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0)
			.day("2025-07-28", 1)
			.day("2025-08-10", 5)
			.figures();

		Dashboard.Timeline timeline = Dashboard.timeline(Cells.call2025(), figures, labels());

		assertThat(timeline.days()).hasSize(14).allMatch(Dashboard.Day::inWindow);
		assertThat(timeline.days().get(0).cumulative()).isEqualTo(1);
		assertThat(timeline.days().get(13).applications()).isEqualTo(5);
		assertThat(timeline.days().get(13).cumulative()).isEqualTo(6);
		assertThat(timeline.total()).isEqualTo(6);
		assertThat(timeline.windowWidth()).isEqualTo("140.00");
	}

	/**
	 * Walk-through 8: while the call is open, the days after today are not listed (they
	 * read "0 submitted" as if they had passed).
	 */
	@Test
	void timelineEndsTodayWhileTheCallIsOpen() {
		Figures figures = new Cells().add(3, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0)
			.day("2025-07-28", 1)
			.day("2025-08-01", 2)
			.at(Instant.parse("2025-08-01T20:30:00Z"))
			.figures();

		Dashboard.Timeline timeline = Dashboard.timeline(Cells.call2025(), figures, labels());

		// 20:30 UTC is 23:30 in Vilnius: still 1 August there.
		assertThat(timeline.days()).extracting(Dashboard.Day::date)
			.containsExactly(LocalDate.parse("2025-07-28"), LocalDate.parse("2025-07-29"),
					LocalDate.parse("2025-07-30"), LocalDate.parse("2025-07-31"), LocalDate.parse("2025-08-01"));
		assertThat(timeline.days().get(4).cumulative()).isEqualTo(3);
		assertThat(timeline.windowWidth()).isEqualTo("50.00");
	}

	@Test
	void timelineHasNoDaysBeforeTheCallOpens() {
		Figures figures = new Cells().at(Instant.parse("2025-07-20T10:00:00Z")).figures();

		Dashboard.Timeline timeline = Dashboard.timeline(Cells.call2025(), figures, labels());

		assertThat(timeline.days()).isEmpty();
		assertThat(timeline.windowWidth()).isEqualTo("0.00");
	}

}
