package eu.balticaigf.portal.insights;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the public may see of counts of organisations (docs/insights.md says the same in prose).
 * <ol>
 * <li><b>Primary suppression.</b> A cell of 1 to 4 organisations is published as {@code "<5"}. Zero is published:
 * that nobody applied from somewhere identifies nobody.</li>
 * <li><b>Secondary suppression.</b> When exactly one cell of a breakdown is primary-suppressed, the smallest other
 * non-zero cell is suppressed too and published as {@code "suppressed"}; otherwise the breakdown's total minus the
 * other cells would give the small cell back. Ties go to the first cell in display order.</li>
 * <li><b>Totals.</b> Every breakdown splits the same population (applications not withdrawn), so one total serves
 * all of them. When any cell of any breakdown is suppressed, the total is published rounded to the nearest 10;
 * below 5 it is {@code "<5"} itself. Then total minus the published cells leaves a range at least ten wide, not a
 * number, even where two suppressed cells are both small.</li>
 * </ol>
 * Deterministic rounding is not a formal guarantee (an attacker who also knows the rule and every other cell can
 * sometimes narrow a range), and comparing the statistics before and after one submission shows where that
 * organisation falls: the public figures are aggregates for orientation, not a release under statistical law.
 */
final class Disclosure {

	/** Cells under this many organisations are not published. */
	static final int THRESHOLD = 5;

	static final String UNDER_THRESHOLD = "<5";

	static final String SUPPRESSED = "suppressed";

	static final int ROUNDING_BASE = 10;

	/** A breakdown as published: values are {@code Long}, {@code "<5"} or {@code "suppressed"}. */
	record Breakdown(Map<String, Object> cells, boolean anySuppressed) {
	}

	private Disclosure() {
	}

	static Breakdown breakdown(Map<String, Long> counts) {
		Map<String, Object> cells = new LinkedHashMap<>();
		int primary = 0;
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			if (isSmall(count.getValue())) {
				cells.put(count.getKey(), UNDER_THRESHOLD);
				primary++;
			}
			else {
				cells.put(count.getKey(), count.getValue());
			}
		}
		if (primary == 1) {
			String nextSmallest = null;
			for (Map.Entry<String, Long> count : counts.entrySet()) {
				boolean candidate = count.getValue() > 0 && !isSmall(count.getValue());
				if (candidate && (nextSmallest == null || count.getValue() < counts.get(nextSmallest))) {
					nextSmallest = count.getKey();
				}
			}
			if (nextSmallest != null) {
				cells.put(nextSmallest, SUPPRESSED);
			}
		}
		return new Breakdown(cells, primary > 0);
	}

	/** The total of breakdowns that split it: exact unless one of them had to hide a cell. */
	static Object total(long total, boolean anySuppressed) {
		if (isSmall(total)) {
			return UNDER_THRESHOLD;
		}
		return anySuppressed ? roundToBase(total) : (Object) total;
	}

	/** Half up to the nearest 10, and never to 0: 5 to 14 become 10. */
	static long roundToBase(long total) {
		return Math.max(ROUNDING_BASE, (total + ROUNDING_BASE / 2) / ROUNDING_BASE * ROUNDING_BASE);
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
