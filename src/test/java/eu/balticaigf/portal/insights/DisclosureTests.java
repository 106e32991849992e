package eu.balticaigf.portal.insights;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTests {

	@Test
	void cellsOfOneToFourAreShownAsUnderFiveAndZeroAndFiveAreShown() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 0, "B", 3, "C", 4, "D", 5, "E", 40));
		assertThat(breakdown.cells()).containsEntry("A", 0L)
			.containsEntry("B", "<5")
			.containsEntry("C", "<5")
			.containsEntry("D", 5L)
			.containsEntry("E", 40L);
		assertThat(breakdown.anySuppressed()).isTrue();
	}

	@Test
	void aSingleSmallCellTakesTheNextSmallestNonZeroCellWithIt() {
		// Without the second suppression, 50 - 20 - 27 would give the small cell back as 3.
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("LT", 20, "PL", 27, "LV", 0, "EE", 3));
		assertThat(breakdown.cells()).containsEntry("EE", "<5")
			.containsEntry("LT", "suppressed")
			.containsEntry("PL", 27L)
			.containsEntry("LV", 0L);
	}

	@Test
	void twoSmallCellsNeedNoSecondSuppression() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 1, "B", 2, "C", 30));
		assertThat(breakdown.cells()).containsEntry("A", "<5").containsEntry("B", "<5").containsEntry("C", 30L);
	}

	@Test
	void nothingSmallMeansNothingSuppressedAndAnExactTotal() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 5, "B", 0, "C", 12));
		assertThat(breakdown.anySuppressed()).isFalse();
		assertThat(breakdown.cells()).containsEntry("A", 5L).containsEntry("C", 12L);
		assertThat(Disclosure.total(17, false)).isEqualTo(17L);
	}

	@Test
	void totalIsRoundedToTenWhenAnyCellIsHiddenAndIsUnderFiveBelowFive() {
		assertThat(Disclosure.total(53, true)).isEqualTo(50L);
		assertThat(Disclosure.total(55, true)).isEqualTo(60L);
		assertThat(Disclosure.total(6, true)).isEqualTo(10L);
		assertThat(Disclosure.total(4, true)).isEqualTo("<5");
		assertThat(Disclosure.total(4, false)).isEqualTo("<5");
		assertThat(Disclosure.total(0, false)).isEqualTo(0L);
	}

	@Test
	void sumsOverFewerThanFiveOrganisationsAreNotPublished() {
		assertThat(Disclosure.sumOver(1_000_000, 4)).isNull();
		assertThat(Disclosure.sumOver(1_000_000, 5)).isEqualTo(1_000_000L);
	}

	private static Map<String, Long> counts(Object... keysAndCounts) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < keysAndCounts.length; i += 2) {
			counts.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
		}
		return counts;
	}

}
