package eu.balticaigf.portal.insights;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicStatisticsTests {

	@Test
	void withdrawnApplicationsCountNowhereAndDeclinedOnesNotInMoney() {
		Figures figures = new Cells().add(10, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000_000, 100)
			.add(10, "DECLINED", "STARTUP", "LT", "SMALL", 7_000_000, 900)
			.add(10, "WITHDRAWN", "STARTUP", "LT", "SMALL", 9_000_000, 900)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.applications()).isEqualTo(20L);
		assertThat(statistics.byStatus()).containsEntry("SUBMITTED", 10L)
			.containsEntry("DECLINED", 10L)
			.doesNotContainKey("WITHDRAWN");
		assertThat(statistics.byCountry()).containsEntry("LT", 20L);
		assertThat(statistics.investment().indicativeEur()).isEqualTo(10_000_000L);
		assertThat(statistics.computeDemandGpuHours()).isEqualTo(1_000L);
	}

	@Test
	void targetIsBudgetTimesPrivateShareAndGapIsTheRestInWholeEuros() {
		Figures figures = new Cells().add(5, "SUBMITTED", "INVESTOR", "PL", "LARGE", 100_000_001, 0).figures();

		PublicStatistics.InvestmentJson investment = PublicStatistics.of(Cells.call2025(), figures).investment();

		assertThat(investment.targetPrivateEur()).isEqualTo(1_950_000_000L);
		assertThat(investment.indicativeEur()).isEqualTo(500_000_005L);
		assertThat(investment.gapEur()).isEqualTo(1_449_999_995L);
	}

	@Test
	void gapIsNeverBelowZero() {
		Figures figures = new Cells().add(5, "ACCEPTED", "INVESTOR", "PL", "LARGE", 500_000_000, 0).figures();
		assertThat(PublicStatistics.of(Cells.call2025(), figures).investment().gapEur()).isZero();
		assertThat(Investment.gap(1_950_000_000L, 1_950_000_001L)).isZero();
		assertThat(Investment.gap(1_950_000_000L, 1L)).isEqualTo(1_949_999_999L);
	}

	@Test
	void moneyStatedByFewerThanFiveOrganisationsIsNotPublishedNorItsGap() {
		Figures figures = new Cells().add(4, "SUBMITTED", "INVESTOR", "LT", "LARGE", 80_000_000, 0)
			.add(30, "SUBMITTED", "UNIVERSITY", "LT", "LARGE", 0, 5_000)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.investment().indicativeEur()).isNull();
		assertThat(statistics.investment().gapEur()).isNull();
		assertThat(statistics.investment().targetPrivateEur()).isEqualTo(1_950_000_000L);
		assertThat(statistics.computeDemandGpuHours()).isEqualTo(150_000L);
	}

	/**
	 * One organisation from Estonia; Latvia and Lithuania published exactly would give Estonia back as total minus
	 * the other countries. The next smallest country goes too, and the total is rounded.
	 */
	@Test
	void aLoneApplicantFromACountryCannotBeComputedBackFromTheOthers() {
		Figures figures = new Cells().add(20, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0)
			.add(12, "SUBMITTED", "UNIVERSITY", "PL", "LARGE", 0, 0)
			.add(8, "SUBMITTED", "UNIVERSITY", "LV", "LARGE", 0, 0)
			.add(1, "SUBMITTED", "UNIVERSITY", "EE", "LARGE", 0, 0)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.byCountry()).containsEntry("EE", "<5")
			.containsEntry("LV", "suppressed")
			.containsEntry("PL", 12L)
			.containsEntry("LT", 20L);
		assertThat(statistics.applications()).isEqualTo(40L);
		assertThat(statistics.applicationsRounded()).isTrue();
		assertThat(statistics.bySize()).containsEntry("SMALL", 20L).containsEntry("LARGE", 21L);
	}

	/** Two categories published exactly and an exact total would reveal the third, small one. */
	@Test
	void twoPublishedCellsAndAnExactTotalDoNotRevealAThird() {
		Figures figures = new Cells().add(9, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0)
			.add(7, "SUBMITTED", "UNIVERSITY", "LT", "LARGE", 0, 0)
			.add(2, "SUBMITTED", "INVESTOR", "LT", "LARGE", 0, 0)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.byCategory()).containsEntry("INVESTOR", "<5")
			.containsEntry("UNIVERSITY", "suppressed")
			.containsEntry("STARTUP", 9L)
			.containsEntry("OTHER", 0L);
		// 18 exact minus 9 would leave 9 = UNIVERSITY + INVESTOR; the total itself is rounded as well.
		assertThat(statistics.applications()).isEqualTo(20L);
	}

	@Test
	void everyCodeIsListedAndTheFourCountriesComeFirst() {
		Figures figures = new Cells().add(6, "SUBMITTED", "STARTUP", "DE", "SMALL", 0, 0)
			.add(6, "SUBMITTED", "STARTUP", "EE", "SMALL", 0, 0)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.byCountry().keySet()).containsExactly("LT", "PL", "LV", "EE", "DE");
		assertThat(statistics.byCategory()).hasSize(8);
		assertThat(statistics.bySize().keySet()).containsExactly("MICRO", "SMALL", "MEDIUM", "LARGE");
		assertThat(statistics.byStatus()).hasSize(6);
		assertThat(statistics.applications()).isEqualTo(12L);
		assertThat(statistics.applicationsRounded()).isFalse();
	}

	@Test
	void fewerThanFiveApplicationsInAllAreNotCountedExactly() {
		Figures figures = new Cells().add(2, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0).figures();
		assertThat(PublicStatistics.of(Cells.call2025(), figures).applications()).isEqualTo("<5");
	}

}
