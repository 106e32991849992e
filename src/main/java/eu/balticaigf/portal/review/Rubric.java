package eu.balticaigf.portal.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The scoring rubric of a call: criteria with weights, each scored on the same 1–5 scale.
 * A call without a rubric of its own uses {@link #DEFAULT}.
 */
record Rubric(List<Criterion> criteria) {

	static final int LOWEST = 1;

	static final int HIGHEST = 5;

	/**
	 * One criterion. The default ones have no name (the page translates their code); one
	 * an admin adds has the name the admin typed.
	 */
	record Criterion(String code, String name, int weight) {

		public boolean named() {
			return name != null;
		}

	}

	/**
	 * Strategic fit and the capacity to contribute weigh most (30 each): the consortium
	 * exists to build the compute; investment readiness and a credible compute demand
	 * follow (20 each).
	 */
	static final Rubric DEFAULT = new Rubric(
			List.of(new Criterion("STRATEGIC_FIT", null, 30), new Criterion("CAPACITY", null, 30),
					new Criterion("INVESTMENT_READINESS", null, 20), new Criterion("COMPUTE_CREDIBILITY", null, 20)));

	static boolean onScale(int score) {
		return score >= LOWEST && score <= HIGHEST;
	}

	/**
	 * The weighted average of one reviewer's scores, over the criteria of this rubric
	 * they scored (a criterion added after they scored does not count against them);
	 * {@code null} when they scored none of them.
	 */
	BigDecimal weightedAverage(Map<String, Integer> scores) {
		long weighted = 0;
		long weights = 0;
		for (Criterion criterion : criteria) {
			Integer score = scores.get(criterion.code());
			if (score != null) {
				weighted += (long) score * criterion.weight();
				weights += criterion.weight();
			}
		}
		return weights == 0 ? null
				: BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	/** The sum of one reviewer's scores over this rubric's criteria. */
	int total(Map<String, Integer> scores) {
		return criteria.stream().mapToInt(criterion -> scores.getOrDefault(criterion.code(), 0)).sum();
	}

}
