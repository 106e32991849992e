package eu.balticaigf.portal.insights;

import eu.balticaigf.portal.application.ApplicationSummary.Largest;

/**
 * What the public may see of a sum of amounts (investment intents, compute demands):
 * docs/insights.md says the same in prose, with the reasoning.
 * <ol>
 * <li><b>Enough contributors.</b> At least {@link #MIN_CONTRIBUTORS} organisations state
 * an amount above zero: a sum over one or two organisations is their own figure.</li>
 * <li><b>Nobody dominates.</b> The largest amount is at most half the sum, so the sum
 * cannot be read as one organisation's plan; and what the others beside the two largest
 * add is at least a tenth of the largest (the p % rule with p = 10), so that even the
 * second largest, subtracting its own amount, cannot estimate the largest to within 10
 * %.</li>
 * <li><b>Rounded.</b> The sum is published to two significant figures (and never finer
 * than tens): one organisation's amendment, arrival or departure moves the published
 * figure only as far as the rounding lets it, so comparing releases over time tells its
 * amount only to within a rounding unit, at least 1 % of the sum.</li>
 * </ol>
 * Otherwise the sum is not published ({@code null}), nor anything computed from it.
 */
final class PublicSums {

	static final int MIN_CONTRIBUTORS = Disclosure.THRESHOLD;

	/** The finest rounding unit, whatever the sum. */
	static final long MIN_UNIT = 10;

	private PublicSums() {
	}

	/**
	 * The sum as the public may see it, or {@code null}.
	 * @param contributors how many organisations state an amount above zero
	 * @param largest the two largest single amounts in the sum
	 */
	static Long publish(long sum, long contributors, Largest largest) {
		if (contributors < MIN_CONTRIBUTORS || dominated(sum, largest)) {
			return null;
		}
		return rounded(sum);
	}

	/**
	 * The largest amount is more than half the sum, or the rest beside the two largest is
	 * less than a tenth of the largest.
	 */
	static boolean dominated(long sum, Largest largest) {
		return 2 * largest.first() > sum || 10 * (sum - largest.first() - largest.second()) < largest.first();
	}

	/** Two significant figures, half up, in units of at least {@link #MIN_UNIT}. */
	static long rounded(long sum) {
		long unit = unit(sum);
		return (sum + unit / 2) / unit * unit;
	}

	/** The rounding unit of a sum: 10 below 1,000, 100 from 1,000, 1,000 from 10,000 … */
	static long unit(long sum) {
		long unit = MIN_UNIT;
		while (sum / 100 >= unit) {
			unit *= 10;
		}
		return unit;
	}

}
