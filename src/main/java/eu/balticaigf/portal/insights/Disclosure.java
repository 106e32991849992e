package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public may see of counts of organisations (docs/insights.md says the same in prose, with the reasoning).
 * <p>
 * Who we protect against: someone who knows the exact total of the population a breakdown splits (it is published),
 * every published number, what each mark means, and this rule. For every hidden cell they can work out the range
 * of values that fits: its mark's bounds, intersected with what the total minus the published cells leaves once the
 * other hidden cells take the least and the most their marks allow. With one linear equation (the cells add up to
 * the total) and integer bounds, every whole number in that range is possible, so the range is exactly what they can
 * know, and no more.
 * <ol>
 * <li><b>Small cells.</b> A cell of 1 to 4 organisations is published as {@code "<5"} (it is 1 to 4). Zero is
 * published: that nobody applied from somewhere identifies nobody.</li>
 * <li><b>Complementary suppression.</b> While some hidden cell's range holds fewer than {@link #PROTECTION} values,
 * the smallest published non-zero cell (first in display order on a tie) is hidden too, as {@code "suppressed"}
 * (it is 5 or more, and, because the smallest go first, no larger than any non-zero cell still published).</li>
 * <li><b>Withheld.</b> If hiding every non-zero cell still leaves a range too narrow (six applications, five from one
 * country and one from another), the breakdown is withheld whole.</li>
 * </ol>
 * Breakdowns are separate margins of the same population and no cross-tabulation is published: any set of margins
 * with the same total is the margins of some population, so a second table adds nothing to what the total tells
 * about the first.
 */
final class Disclosure {

	/** Cells under this many organisations are not published. */
	static final int THRESHOLD = 5;

	/**
	 * The fewest values a hidden cell's range may hold. Two would already stop an exact figure; three means that no
	 * one can be sure even that a small cell is one or two: of the four values "<5" stands for, at most one is ruled
	 * out.
	 */
	static final int PROTECTION = 3;

	static final String UNDER_THRESHOLD = "<5";

	static final String SUPPRESSED = "suppressed";

	/**
	 * A breakdown as published: values are {@code Long}, {@code "<5"} or {@code "suppressed"}; no cell at all when
	 * {@code withheld}.
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
		Map<String, Object> cells = new LinkedHashMap<>();
		counts.forEach((key, count) -> cells.put(key, isSmall(count) ? UNDER_THRESHOLD : count));
		while (exposed(cells, total)) {
			String next = smallestPublishedNonZero(cells);
			if (next == null) {
				return new Breakdown(Map.of(), true);
			}
			cells.put(next, SUPPRESSED);
		}
		return new Breakdown(cells, false);
	}

	/** Whether some hidden cell's range, as worked out from the published cells and the total, is too narrow. */
	private static boolean exposed(Map<String, Object> cells, long total) {
		long published = 0;
		long smallestPublished = total;
		for (Object value : cells.values()) {
			if (value instanceof Long number) {
				published += number;
				smallestPublished = number > 0 ? Math.min(smallestPublished, number) : smallestPublished;
			}
		}
		List<long[]> hidden = new ArrayList<>();
		for (Object value : cells.values()) {
			if (UNDER_THRESHOLD.equals(value)) {
				hidden.add(new long[] { 1, THRESHOLD - 1 });
			}
			else if (SUPPRESSED.equals(value)) {
				hidden.add(new long[] { THRESHOLD, smallestPublished });
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

	/** The next cell to hide: the smallest non-zero published one, the first of equals in display order. */
	private static String smallestPublishedNonZero(Map<String, Object> cells) {
		String smallest = null;
		for (Map.Entry<String, Object> cell : cells.entrySet()) {
			if (cell.getValue() instanceof Long number && number > 0
					&& (smallest == null || number < (Long) cells.get(smallest))) {
				smallest = cell.getKey();
			}
		}
		return smallest;
	}

	/**
	 * A sum of money or GPU-hours over {@code contributors} organisations, published only when at least
	 * {@link #THRESHOLD} organisations contribute to it, else {@code null}: a sum over one or two organisations is
	 * their own figure.
	 */
	static Long sumOver(long sum, long contributors) {
		return contributors >= THRESHOLD ? sum : null;
	}

	private static boolean isSmall(long count) {
		return count > 0 && count < THRESHOLD;
	}

}
