package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the public may see of counts of organisations (docs/insights.md says the same in
 * prose, with the reasoning).
 * <ol>
 * <li><b>Small cells.</b> A cell of 1 to 4 organisations is published as {@code "<5"}.
 * Zero is published: that nobody applied from somewhere identifies nobody.</li>
 * <li><b>Complementary suppression.</b> The total is exact, so while some hidden cell
 * could be narrowed to fewer than {@link #PROTECTION} values from what is published (see
 * below), the smallest published non-zero cells are hidden too, as {@code "suppressed"}:
 * all equally small ones at once, so that a hidden cell is always smaller than every
 * non-zero cell still published.</li>
 * <li><b>Withheld.</b> If that cannot protect the small cells (six applications, five
 * from one country and one from another), or if someone replaying this rule on every
 * possible population could still pin a hidden cell down to one value, the breakdown is
 * withheld whole.</li>
 * </ol>
 * <b>What anyone can work out.</b> Someone who knows the exact total, every published
 * number and what the marks mean ({@code "<5"}: 1 to 4; {@code "suppressed"}: at least 5
 * and less than the smallest non-zero number published beside it) has, for each hidden
 * cell, exactly the range that fits its bounds and the rest of the total once the other
 * hidden cells take the least and the most their bounds allow: with one equation and
 * whole-number bounds every value in that range is possible. {@link #exposed} computes
 * it; each hidden cell keeps at least {@link #PROTECTION} values.
 * <p>
 * <b>What replaying the rule adds.</b> Whoever also knows the rule learns from where it
 * stopped: that hiding fewer cells was not enough. {@link #replaySafe} tries every
 * population that fits the published figures, runs the rule on it and keeps those that
 * give the same figures; each hidden cell must keep at least two values among them. The
 * check depends on the published figures alone, so every population it keeps is published
 * the same way: the check is what that attacker can know.
 * <p>
 * Breakdowns are separate margins of one population and no cross-tabulation is published;
 * any margins with the same total are the margins of some population, so one breakdown
 * tells nothing about another beyond the total.
 */
final class Disclosure {

	/** Cells under this many organisations are not published. */
	static final int THRESHOLD = 5;

	/**
	 * The fewest values a hidden cell's range may hold, as worked out from the published
	 * figures. Two would already stop an exact figure; three means that no one can even
	 * tell a small cell is "1 or 2": of the four values "<5" stands for, at most one is
	 * ruled out.
	 */
	static final int PROTECTION = 3;

	/**
	 * The fewest values a hidden cell may keep for someone who also replays the rule on
	 * every population.
	 */
	static final int REPLAY_PROTECTION = 2;

	/**
	 * Populations the replay check may try before it gives up and the breakdown is
	 * withheld (a few milliseconds).
	 */
	static final int REPLAY_BUDGET = 50_000;

	static final String UNDER_THRESHOLD = "<5";

	static final String SUPPRESSED = "suppressed";

	/**
	 * A breakdown as published: values are {@code Long}, {@code "<5"} or
	 * {@code "suppressed"}; no cell at all when {@code withheld}.
	 */
	record Breakdown(Map<String, Object> cells, boolean withheld) {

		boolean anySuppressed() {
			return withheld || cells.values().stream().anyMatch(value -> !(value instanceof Long));
		}

	}

	private Disclosure() {
	}

	static Breakdown breakdown(Map<String, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		Map<String, Object> cells = hide(counts, total);
		if (cells == null || !replaySafe(cells, total)) {
			return new Breakdown(Map.of(), true);
		}
		return new Breakdown(cells, false);
	}

	/**
	 * The rule: small cells, then the smallest others while a hidden cell is exposed;
	 * null if nothing is left.
	 */
	private static Map<String, Object> hide(Map<String, Long> counts, long total) {
		Map<String, Object> cells = new LinkedHashMap<>();
		counts.forEach((key, count) -> cells.put(key, isSmall(count) ? UNDER_THRESHOLD : count));
		while (exposed(cells, total)) {
			long smallest = smallestPublished(cells);
			if (smallest == 0) {
				return null;
			}
			cells.replaceAll((key, value) -> value instanceof Long number && number == smallest ? SUPPRESSED : value);
		}
		return cells;
	}

	/**
	 * Whether some hidden cell's range, as worked out from the published cells and the
	 * total, is too narrow.
	 */
	private static boolean exposed(Map<String, Object> cells, long total) {
		long published = 0;
		for (Object value : cells.values()) {
			published += value instanceof Long number ? number : 0;
		}
		long smallest = smallestPublished(cells);
		long suppressedAtMost = smallest == 0 ? total : smallest - 1;
		List<long[]> hidden = new ArrayList<>();
		for (Object value : cells.values()) {
			if (UNDER_THRESHOLD.equals(value)) {
				hidden.add(new long[] { 1, THRESHOLD - 1 });
			}
			else if (SUPPRESSED.equals(value)) {
				hidden.add(new long[] { THRESHOLD, suppressedAtMost });
			}
		}
		long rest = total - published;
		long lows = hidden.stream().mapToLong(range -> range[0]).sum();
		long highs = hidden.stream().mapToLong(range -> range[1]).sum();
		for (long[] range : hidden) {
			long from = Math.max(range[0], rest - (highs - range[1]));
			long to = Math.min(range[1], rest - (lows - range[0]));
			if (to - from + 1 < PROTECTION) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether every hidden cell keeps {@link #REPLAY_PROTECTION} values among the
	 * populations that fit the published figures and that the rule publishes the same
	 * way. The rule looks at the small cells only through their sum (their bounds are
	 * fixed) and at the cells it hid only through their values (never their places), so
	 * it is enough to try each possible sum of the small cells with each sorted list of
	 * values for the others. The search stops as soon as the values are there; it depends
	 * on the published figures alone, so a breakdown withheld for running out of
	 * {@link #REPLAY_BUDGET} tells nothing more than that.
	 */
	private static boolean replaySafe(Map<String, Object> cells, long total) {
		if (!cells.containsValue(SUPPRESSED)) {
			// Nothing was hidden beside the small cells: the rule stopped at once, which
			// the figures show anyway.
			return true;
		}
		return new Replay(cells, total).safe();
	}

	/**
	 * The populations tried by {@link #replaySafe}, and the values they leave to the
	 * hidden cells.
	 */
	private static final class Replay {

		private final Map<String, Object> published;

		private final long total;

		private final int small;

		private final long[] suppressed;

		private final long suppressedAtMost;

		private final Set<Long> smallValues = new TreeSet<>();

		private final Set<Long> suppressedValues = new TreeSet<>();

		private int tried;

		Replay(Map<String, Object> published, long total) {
			this.published = published;
			this.total = total;
			this.small = (int) published.values().stream().filter(UNDER_THRESHOLD::equals).count();
			this.suppressed = new long[(int) published.values().stream().filter(SUPPRESSED::equals).count()];
			long smallest = smallestPublished(published);
			this.suppressedAtMost = smallest == 0 ? total : smallest - 1;
		}

		/**
		 * True once every hidden cell has shown enough values; false when the populations
		 * or the budget run out.
		 */
		boolean safe() {
			long rest = total;
			for (Object value : published.values()) {
				rest -= value instanceof Long number ? number : 0;
			}
			for (long smallSum = small; smallSum <= (THRESHOLD - 1L) * small; smallSum++) {
				Boolean found = tryValues(smallSum, 0, THRESHOLD, rest - smallSum);
				if (found != null) {
					return found;
				}
			}
			return false;
		}

		/**
		 * Tries every sorted list of values from {@code from} on for the hidden cells
		 * from {@code index}: true once safe, false once over budget, null to go on.
		 */
		private Boolean tryValues(long smallSum, int index, long from, long left) {
			if (index == suppressed.length - 1) {
				if (left < from || left > suppressedAtMost) {
					return null;
				}
				suppressed[index] = left;
				if (++tried > REPLAY_BUDGET) {
					return false;
				}
				if (publishedTheSame(smallSum)) {
					record(smallSum);
					if (smallValues.size() >= REPLAY_PROTECTION && suppressedValues.size() >= REPLAY_PROTECTION) {
						return true;
					}
				}
				return null;
			}
			int remaining = suppressed.length - index;
			for (long value = from; value * remaining <= left && value <= suppressedAtMost; value++) {
				suppressed[index] = value;
				Boolean found = tryValues(smallSum, index + 1, value, left - value);
				if (found != null) {
					return found;
				}
			}
			return null;
		}

		/**
		 * What this population allows: each small cell any value that the others' sum can
		 * make up, and these values.
		 */
		private void record(long smallSum) {
			for (long value = 1; value < THRESHOLD; value++) {
				long others = smallSum - value;
				if (others >= small - 1L && others <= (THRESHOLD - 1L) * (small - 1)) {
					smallValues.add(value);
				}
			}
			for (long value : suppressed) {
				suppressedValues.add(value);
			}
		}

		/**
		 * The small cells share {@code smallSum} (any split will do), the hidden ones
		 * take the values being tried.
		 */
		private boolean publishedTheSame(long smallSum) {
			Map<String, Long> candidate = new LinkedHashMap<>();
			long left = smallSum;
			int smallLeft = small;
			int next = 0;
			for (Map.Entry<String, Object> cell : published.entrySet()) {
				if (cell.getValue() instanceof Long number) {
					candidate.put(cell.getKey(), number);
				}
				else if (UNDER_THRESHOLD.equals(cell.getValue())) {
					smallLeft--;
					long value = Math.min(THRESHOLD - 1, left - smallLeft);
					candidate.put(cell.getKey(), value);
					left -= value;
				}
				else {
					candidate.put(cell.getKey(), suppressed[next++]);
				}
			}
			return published.equals(hide(candidate, total));
		}

	}

	/** The smallest non-zero published value, or 0 when none is left. */
	private static long smallestPublished(Map<String, Object> cells) {
		long smallest = 0;
		for (Object value : cells.values()) {
			if (value instanceof Long number && number > 0 && (smallest == 0 || number < smallest)) {
				smallest = number;
			}
		}
		return smallest;
	}

	private static boolean isSmall(long count) {
		return count > 0 && count < THRESHOLD;
	}

}
