package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public counts hide small cells so that no hidden cell can be worked out from what
 * is published beside it and the exact total. The properties try random breakdowns and
 * let an {@link Attacker} (who knows the total, every published number, what each mark
 * means and the rule) list every value each hidden cell can still have.
 */
class DisclosureTests {

	/**
	 * Counts as they occur: many cells of 0 to 4 (what needs protecting), and larger ones
	 * up to 60.
	 */
	@Provide
	Arbitrary<List<Long>> breakdowns() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 4)),
				net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(5, 8)),
				net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(5, 60)));
		return count.list().ofMinSize(1).ofMaxSize(12);
	}

	@Property(tries = 2000)
	void noHiddenCellCanBeNarrowedToFewerThanThreeValues(@ForAll("breakdowns") List<Long> values) {
		Map<String, Long> counts = counts(values);
		long total = values.stream().mapToLong(Long::longValue).sum();

		Map<String, Object> published = Disclosure.breakdown(counts).cells();

		Attacker.possibleValues(published, total)
			.forEach((cell, possible) -> assertThat(possible)
				.as("cell %s of %s, published as %s with the total %d", cell, counts, published, total)
				.hasSizeGreaterThanOrEqualTo(Disclosure.PROTECTION)
				.contains(counts.get(cell)));
	}

	@Property(tries = 2000)
	void whatIsPublishedIsTrueAndSmallCellsAreNeverNumbers(@ForAll("breakdowns") List<Long> values) {
		Map<String, Long> counts = counts(values);

		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts);

		if (breakdown.withheld()) {
			assertThat(breakdown.cells()).isEmpty();
			assertThat(counts.values()).as("withheld only to hide a small cell")
				.anyMatch(count -> count > 0 && count < 5);
			return;
		}
		assertThat(breakdown.cells()).containsOnlyKeys(counts.keySet());
		counts.forEach((cell, count) -> {
			Object shown = breakdown.cells().get(cell);
			if (count > 0 && count < 5) {
				assertThat(shown).as(cell).isEqualTo("<5");
			}
			else if (shown instanceof Long number) {
				assertThat(number).as(cell).isEqualTo(count);
			}
			else {
				assertThat(shown).as(cell).isEqualTo("suppressed");
				assertThat(count).as("a cell hidden beside a small one is 5 or more").isGreaterThanOrEqualTo(5);
			}
		});
	}

	/**
	 * Someone who also knows the rule learns from where it stopped. This attacker tries
	 * every population that fits the published figures, runs the rule on it and keeps
	 * those published the same way: no hidden cell is left with a single value. Small
	 * breakdowns, so that every population can be tried.
	 */
	@Property(tries = 400)
	void replayingTheRuleOnEveryPopulationLeavesNoHiddenCellExact(@ForAll("smallBreakdowns") List<Long> values) {
		Map<String, Long> counts = counts(values);
		long total = values.stream().mapToLong(Long::longValue).sum();
		Disclosure.Breakdown published = Disclosure.breakdown(counts);
		if (published.withheld() || !published.anySuppressed()) {
			return;
		}
		List<String> keys = new ArrayList<>(counts.keySet());
		Map<String, TreeSet<Long>> possible = new LinkedHashMap<>();
		replay(published.cells(), keys, 0, new LinkedHashMap<>(), total, possible);
		possible.forEach((cell, seen) -> assertThat(seen)
			.as("cell %s of %s, published as %s with the total %d", cell, counts, published.cells(), total)
			.hasSizeGreaterThanOrEqualTo(Disclosure.REPLAY_PROTECTION)
			.contains(counts.get(cell)));
	}

	@Provide
	Arbitrary<List<Long>> smallBreakdowns() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 4)),
				net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(5, 9)),
				net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(10, 16)));
		return count.list().ofMinSize(2).ofMaxSize(5);
	}

	/**
	 * Every population that fits the marks and the total, run through the rule; records
	 * the ones published alike.
	 */
	private static void replay(Map<String, Object> published, List<String> keys, int index, Map<String, Long> candidate,
			long left, Map<String, TreeSet<Long>> possible) {
		if (index == keys.size()) {
			if (left == 0 && Disclosure.breakdown(candidate).equals(new Disclosure.Breakdown(published, false))) {
				published.forEach((cell, shown) -> {
					if (!(shown instanceof Long)) {
						possible.computeIfAbsent(cell, key -> new TreeSet<>()).add(candidate.get(cell));
					}
				});
			}
			return;
		}
		String key = keys.get(index);
		Object shown = published.get(key);
		long from = shown instanceof Long number ? number : Disclosure.UNDER_THRESHOLD.equals(shown) ? 1 : 5;
		long to = shown instanceof Long number ? number : Disclosure.UNDER_THRESHOLD.equals(shown) ? 4 : left;
		for (long value = from; value <= Math.min(to, left); value++) {
			candidate.put(key, value);
			replay(published, keys, index + 1, candidate, left - value, possible);
		}
		candidate.remove(key);
	}

	@Property(tries = 500)
	void withoutASmallCellEverythingIsPublishedAsItIs(@ForAll("breakdowns") List<Long> values) {
		Map<String, Long> counts = counts(
				values.stream().map(value -> value > 0 && value < 5 ? value + 5 : value).toList());

		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts);

		assertThat(breakdown.cells()).isEqualTo(new LinkedHashMap<String, Object>(counts));
		assertThat(breakdown.anySuppressed()).isFalse();
	}

	/**
	 * Across tables: two breakdowns of the same applications (stage and size here)
	 * published side by side, with the exact total. The attacker tries every population
	 * of up to 9 applications over 3 × 3 combinations that gives the same published
	 * figures in both tables; each hidden cell must still have three possible values.
	 */
	@Property(tries = 100)
	void twoTablesOfTheSamePopulationRevealNoMoreThanEachAlone(@ForAll("populations") List<Integer> joint) {
		int total = joint.stream().mapToInt(Integer::intValue).sum();
		Map<String, Object> stages = Disclosure.breakdown(margin(joint, true)).cells();
		Map<String, Object> sizes = Disclosure.breakdown(margin(joint, false)).cells();

		Map<String, TreeSet<Long>> possible = new LinkedHashMap<>();
		for (List<Integer> candidate : populations(total)) {
			Map<String, Long> candidateStages = margin(candidate, true);
			Map<String, Long> candidateSizes = margin(candidate, false);
			if (consistent(stages, candidateStages) && consistent(sizes, candidateSizes)) {
				record(possible, "stage ", stages, candidateStages);
				record(possible, "size ", sizes, candidateSizes);
			}
		}
		possible.forEach(
				(cell, values) -> assertThat(values).as("%s of %s (published %s and %s)", cell, joint, stages, sizes)
					.hasSizeGreaterThanOrEqualTo(Disclosure.PROTECTION));
	}

	@Provide
	Arbitrary<List<Integer>> populations() {
		return Arbitraries.integers()
			.between(0, 3)
			.list()
			.ofSize(9)
			.filter(joint -> joint.stream().mapToInt(Integer::intValue).sum() <= 9);
	}

	@Test
	void cellsOfOneToFourAreShownAsUnderFiveAndZeroAndFiveAreShown() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 0, "B", 3, "C", 2, "D", 5, "E", 40));
		assertThat(breakdown.cells()).containsEntry("A", 0L)
			.containsEntry("B", "<5")
			.containsEntry("C", "<5")
			.containsEntry("D", 5L)
			.containsEntry("E", 40L);
		assertThat(breakdown.anySuppressed()).isTrue();
	}

	@Test
	void aSingleSmallCellTakesTheNextSmallestNonZeroCellWithIt() {
		// Without the second suppression, 50 - 20 - 27 would give the small cell back as
		// 3.
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("LT", 20, "PL", 27, "LV", 0, "EE", 3));
		assertThat(breakdown.cells()).containsEntry("EE", "<5")
			.containsEntry("LT", "suppressed")
			.containsEntry("PL", 27L)
			.containsEntry("LV", 0L);
	}

	/**
	 * Two small cells of 1 and 2 beside 30, total 33: 33 - 30 = 3 leaves only "1 and 2"
	 * or "2 and 1".
	 */
	@Test
	void twoSmallCellsWhoseSumGivesThemAwayTakeAnotherWithThem() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 1, "B", 2, "C", 30, "D", 12));
		assertThat(breakdown.cells()).containsEntry("A", "<5")
			.containsEntry("B", "<5")
			.containsEntry("D", "suppressed")
			.containsEntry("C", 30L);
	}

	@Test
	void twoSmallCellsWithRoomEnoughNeedNoSecondSuppression() {
		// 35 - 30 = 5 shared by two cells of 1 to 4: each can be anything from 1 to 4 as
		// far as anyone can tell.
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 2, "B", 3, "C", 30));
		assertThat(breakdown.cells()).containsEntry("A", "<5").containsEntry("B", "<5").containsEntry("C", 30L);
	}

	/**
	 * 4 and 3 beside 30: 37 - 30 = 7 leaves only "4 and 3" or "3 and 4", so the 30 is
	 * hidden as well.
	 */
	@Test
	void twoSmallCellsNearTheTopOfTheirRangeTakeAnotherWithThem() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 4, "B", 3, "C", 30));
		assertThat(breakdown.cells()).containsEntry("A", "<5")
			.containsEntry("B", "<5")
			.containsEntry("C", "suppressed");
	}

	/**
	 * Two cells of 8: hiding one would leave the other, published, as the bound; both are
	 * hidden together.
	 */
	@Test
	void equallySmallCellsAreHiddenTogether() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 8, "B", 20, "C", 8, "D", 1));
		assertThat(breakdown.cells()).containsEntry("A", "suppressed")
			.containsEntry("C", "suppressed")
			.containsEntry("D", "<5")
			.containsEntry("B", 20L);
	}

	/** The case: ten applications, six submitted and four under review. */
	@Test
	void sixSubmittedAndFourUnderReviewHideBoth() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("SUBMITTED", 6, "UNDER_REVIEW", 4, "ACCEPTED", 0));
		assertThat(breakdown.cells()).containsEntry("SUBMITTED", "suppressed")
			.containsEntry("UNDER_REVIEW", "<5")
			.containsEntry("ACCEPTED", 0L);
		assertThat(Attacker.possibleValues(breakdown.cells(), 10).get("UNDER_REVIEW")).containsExactly(1L, 2L, 3L, 4L);
	}

	/**
	 * Five from Lithuania and one from Estonia: whatever is hidden, 6 - 5 gives Estonia's
	 * one back.
	 */
	@Test
	void aTableThatCannotHideItsSmallCellIsWithheldWhole() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("LT", 5, "PL", 0, "EE", 1));
		assertThat(breakdown.withheld()).isTrue();
		assertThat(breakdown.cells()).isEmpty();
	}

	@Test
	void nothingSmallMeansNothingHidden() {
		Disclosure.Breakdown breakdown = Disclosure.breakdown(counts("A", 5, "B", 0, "C", 12));
		assertThat(breakdown.anySuppressed()).isFalse();
		assertThat(breakdown.withheld()).isFalse();
		assertThat(breakdown.cells()).containsEntry("A", 5L).containsEntry("B", 0L).containsEntry("C", 12L);
	}

	private static Map<String, Long> counts(List<Long> values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < values.size(); i++) {
			counts.put("cell" + i, values.get(i));
		}
		return counts;
	}

	private static Map<String, Long> counts(Object... keysAndCounts) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < keysAndCounts.length; i += 2) {
			counts.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
		}
		return counts;
	}

	/** A 3 × 3 population (row: stage, column: size) added up by stage or by size. */
	private static Map<String, Long> margin(List<Integer> joint, boolean byRow) {
		Map<String, Long> margin = new LinkedHashMap<>();
		for (int i = 0; i < 9; i++) {
			margin.merge(String.valueOf(byRow ? i / 3 : i % 3), (long) joint.get(i), Long::sum);
		}
		return margin;
	}

	/** Every 3 × 3 population of exactly {@code total} applications. */
	private static List<List<Integer>> populations(int total) {
		List<List<Integer>> all = new ArrayList<>();
		fill(new int[9], 0, total, all);
		return all;
	}

	private static void fill(int[] cells, int index, int left, List<List<Integer>> all) {
		if (index == cells.length - 1) {
			cells[index] = left;
			all.add(java.util.Arrays.stream(cells).boxed().toList());
			return;
		}
		for (int value = 0; value <= left; value++) {
			cells[index] = value;
			fill(cells, index + 1, left - value, all);
		}
	}

	/**
	 * Whether a candidate population's counts would be published as {@code published}
	 * shows them.
	 */
	private static boolean consistent(Map<String, Object> published, Map<String, Long> candidate) {
		if (published.isEmpty()) {
			return true;
		}
		long smallestPublished = published.values()
			.stream()
			.filter(Long.class::isInstance)
			.mapToLong(Long.class::cast)
			.filter(value -> value > 0)
			.min()
			.orElse(Long.MAX_VALUE);
		return published.entrySet().stream().allMatch(cell -> {
			long count = candidate.get(cell.getKey());
			if (cell.getValue() instanceof Long number) {
				return number == count;
			}
			return Disclosure.UNDER_THRESHOLD.equals(cell.getValue()) ? count >= 1 && count <= 4
					: count >= 5 && count < smallestPublished;
		});
	}

	private static void record(Map<String, TreeSet<Long>> possible, String table, Map<String, Object> published,
			Map<String, Long> candidate) {
		published.forEach((cell, shown) -> {
			if (!(shown instanceof Long)) {
				possible.computeIfAbsent(table + cell, key -> new TreeSet<>()).add(candidate.get(cell));
			}
		});
	}

}
