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

	/**
	 * The gap is worked out from the published, rounded sum: an exact gap beside it would
	 * give the exact sum back.
	 */
	@Test
	void targetIsBudgetTimesPrivateShareAndGapIsTheRestOfThePublishedSum() {
		Figures figures = new Cells().add(5, "SUBMITTED", "INVESTOR", "PL", "LARGE", 100_000_001, 0).figures();

		PublicStatistics.InvestmentJson investment = PublicStatistics.of(Cells.call2025(), figures).investment();

		assertThat(investment.targetPrivateEur()).isEqualTo(1_950_000_000L);
		assertThat(investment.indicativeEur()).isEqualTo(500_000_000L);
		assertThat(investment.gapEur()).isEqualTo(1_450_000_000L);
	}

	/**
	 * Ten organisations state an amount, but one of them states 900 M of the 909 M: the
	 * sum would be that organisation's figure, give or take.
	 */
	@Test
	void aSumMostlyOneOrganisationsIsNotPublished() {
		Figures figures = new Cells().add(1, "SUBMITTED", "INVESTOR", "LT", "LARGE", 900_000_000, 50_000)
			.add(9, "SUBMITTED", "STARTUP", "PL", "SMALL", 1_000_000, 1_000)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.investment().indicativeEur()).isNull();
		assertThat(statistics.investment().gapEur()).isNull();
		// 50,000 of 59,000 GPU-hours is one organisation's as well.
		assertThat(statistics.computeDemandGpuHours()).isNull();
	}

	/**
	 * Two organisations state 100 M each and four state 1 M: neither is half the sum, but
	 * either of the two, subtracting its own figure, would know the other's within 4 %.
	 */
	@Test
	void aSumAlmostAllOfItTwoOrganisationsIsNotPublished() {
		Figures figures = new Cells().add(2, "SUBMITTED", "INVESTOR", "LT", "LARGE", 100_000_000, 0)
			.add(4, "SUBMITTED", "STARTUP", "PL", "SMALL", 1_000_000, 0)
			.figures();

		assertThat(PublicStatistics.of(Cells.call2025(), figures).investment().indicativeEur()).isNull();
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
	 * One organisation from Estonia; the other countries published exactly would give
	 * Estonia back as total minus the other countries. The next smallest country goes
	 * too; the total stays exact.
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
		assertThat(statistics.applications()).isEqualTo(41L);
		assertThat(statistics.bySize()).containsEntry("SMALL", 20L).containsEntry("LARGE", 21L);
		assertThat(statistics.withheld()).isEmpty();
	}

	/**
	 * Two categories published exactly and an exact total would reveal the third, small
	 * one.
	 */
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
		// 18 - 9 leaves 9 = UNIVERSITY + INVESTOR, with UNIVERSITY 5 to 8 (below
		// STARTUP's 9): INVESTOR 1 to 4.
		assertThat(statistics.applications()).isEqualTo(18L);
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
	}

	/**
	 * The total is what a journalist quotes: exact even when small; the tables it would
	 * give away are withheld.
	 */
	@Test
	void fewerThanFiveApplicationsAreCountedExactlyAndTheirTablesWithheld() {
		Figures figures = new Cells().add(2, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0).figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.applications()).isEqualTo(2L);
		assertThat(statistics.withheld()).containsExactly("byStatus", "byCategory", "byCountry", "bySize");
		assertThat(statistics.byCountry()).isEmpty();
	}

	/**
	 * The case: ten applications, six submitted and four under review, from one
	 * country.
	 */
	@Test
	void sixSubmittedOfTenDoNotGiveAwayTheFourUnderReview() {
		Figures figures = new Cells().add(6, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0)
			.add(4, "UNDER_REVIEW", "STARTUP", "LT", "SMALL", 0, 0)
			.figures();

		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures);

		assertThat(statistics.applications()).isEqualTo(10L);
		assertThat(statistics.byStatus()).containsEntry("SUBMITTED", "suppressed")
			.containsEntry("UNDER_REVIEW", "<5")
			.containsEntry("ACCEPTED", 0L);
		assertThat(statistics.byCountry()).containsEntry("LT", 10L);
		assertThat(Attacker.possibleValues(statistics.byStatus(), 10).get("UNDER_REVIEW")).containsExactly(1L, 2L, 3L,
				4L);
	}

	/**
	 * A country whose only applicant withdrew is not named: a row at 0 would tell that
	 * someone withdrew.
	 */
	@Test
	void aCountryWithOnlyWithdrawnApplicationsIsNotListed() {
		Figures figures = new Cells().add(6, "SUBMITTED", "STARTUP", "LT", "SMALL", 0, 0)
			.add(1, "WITHDRAWN", "STARTUP", "DE", "SMALL", 0, 0)
			.figures();

		assertThat(PublicStatistics.of(Cells.call2025(), figures).byCountry()).containsOnlyKeys("LT", "PL", "LV", "EE");
	}

}
