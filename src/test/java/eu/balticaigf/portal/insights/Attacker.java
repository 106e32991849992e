package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Someone who wants a hidden cell's exact value and knows what the public knows: the
 * exact total of the population a breakdown splits, every published number, what each
 * mark means ({@code "<5"}: 1 to 4; {@code "suppressed"}: 5 or more) and that the cells
 * hidden beside a small one are the smallest, all equally small ones at once, so each is
 * smaller than every non-zero cell still published. It tries every assignment of the
 * hidden cells that fits: independent of the interval arithmetic in {@link Disclosure},
 * by counting which sums the other cells can reach.
 */
final class Attacker {

	private Attacker() {
	}

	/**
	 * For each hidden cell, every value it can have given what is published. Published
	 * cells are left out.
	 */
	static Map<String, TreeSet<Long>> possibleValues(Map<String, Object> published, long total) {
		long suppressedAtMost = published.values()
			.stream()
			.filter(Long.class::isInstance)
			.mapToLong(Long.class::cast)
			.filter(value -> value > 0)
			.map(value -> value - 1)
			.min()
			.orElse(total);
		List<String> keys = new ArrayList<>(published.keySet());
		List<long[]> ranges = new ArrayList<>();
		for (String key : keys) {
			Object value = published.get(key);
			if (value instanceof Long number) {
				ranges.add(new long[] { number, number });
			}
			else if (Disclosure.UNDER_THRESHOLD.equals(value)) {
				ranges.add(new long[] { 1, 4 });
			}
			else if (Disclosure.SUPPRESSED.equals(value)) {
				ranges.add(new long[] { 5, suppressedAtMost });
			}
			else {
				throw new AssertionError("unknown mark " + value + " for " + key);
			}
		}
		Map<String, TreeSet<Long>> possible = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			if (published.get(keys.get(i)) instanceof Long) {
				continue;
			}
			boolean[] others = reachableSums(ranges, i, (int) total);
			TreeSet<Long> values = new TreeSet<>();
			for (long value = ranges.get(i)[0]; value <= Math.min(ranges.get(i)[1], total); value++) {
				if (others[(int) (total - value)]) {
					values.add(value);
				}
			}
			possible.put(keys.get(i), values);
		}
		return possible;
	}

	/**
	 * Which totals from 0 to {@code max} the cells other than {@code skip} can add up to,
	 * each within its range.
	 */
	private static boolean[] reachableSums(List<long[]> ranges, int skip, int max) {
		boolean[] reachable = new boolean[max + 1];
		reachable[0] = true;
		for (int j = 0; j < ranges.size(); j++) {
			if (j == skip) {
				continue;
			}
			int lo = (int) Math.min(ranges.get(j)[0], max + 1L);
			int hi = (int) Math.min(ranges.get(j)[1], max);
			// next[t] is reachable when some reachable s has t - hi <= s <= t - lo: a
			// sliding window over prefix counts.
			int[] prefix = new int[max + 2];
			for (int s = 0; s <= max; s++) {
				prefix[s + 1] = prefix[s] + (reachable[s] ? 1 : 0);
			}
			boolean[] next = new boolean[max + 1];
			for (int t = 0; t <= max; t++) {
				int from = Math.max(0, t - hi);
				int to = t - lo;
				next[t] = to >= from && prefix[to + 1] - prefix[from] > 0;
			}
			reachable = next;
		}
		return reachable;
	}

}
