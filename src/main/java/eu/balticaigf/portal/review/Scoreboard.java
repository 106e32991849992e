package eu.balticaigf.portal.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every reviewer's scores of one application under its call's rubric: each reviewer's
 * total and weighted average, their mean, and whether the reviewers disagree enough that
 * someone should look again. Reviewers disagree when their weighted averages lie
 * {@link #SPREAD_LIMIT} points or more apart, or when their scores for any one criterion
 * differ by {@link #CRITERION_GAP} points or more (the averages can hide opposite views
 * on two criteria).
 */
record Scoreboard(Rubric rubric, List<ScoreSet> sets) {

	public static final BigDecimal SPREAD_LIMIT = new BigDecimal("1.5");

	public static final int CRITERION_GAP = 2;

	/**
	 * What lists, exports and the API show of a scoreboard: how many reviewers scored,
	 * the mean of their weighted averages ({@code null} before anyone scored) and whether
	 * they disagree.
	 */
	record Summary(int reviewers, BigDecimal meanWeightedAverage, boolean disagreement) {

		static final Summary NONE = new Summary(0, null, false);

	}

	/** One reviewer's scores, by criterion code. */
	record ScoreSet(String reviewer, Map<String, Integer> scores, Instant scoredAt) {
	}

	public int total(ScoreSet set) {
		return rubric.total(set.scores());
	}

	public BigDecimal weightedAverage(ScoreSet set) {
		return rubric.weightedAverage(set.scores());
	}

	private List<BigDecimal> averages() {
		return sets.stream().map(this::weightedAverage).filter(Objects::nonNull).toList();
	}

	/**
	 * The mean of the reviewers' weighted averages; {@code null} before anyone scored.
	 */
	public BigDecimal mean() {
		List<BigDecimal> averages = averages();
		if (averages.isEmpty()) {
			return null;
		}
		return averages.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(averages.size()), 2, RoundingMode.HALF_UP);
	}

	/** Highest minus lowest weighted average (0 with fewer than two reviewers). */
	public BigDecimal spread() {
		List<BigDecimal> averages = averages();
		if (averages.size() < 2) {
			return BigDecimal.ZERO.setScale(2);
		}
		return averages.stream()
			.max(BigDecimal::compareTo)
			.orElseThrow()
			.subtract(averages.stream().min(BigDecimal::compareTo).orElseThrow());
	}

	/**
	 * The criteria on which two reviewers' scores are {@link #CRITERION_GAP} or more
	 * apart.
	 */
	public List<Rubric.Criterion> contested() {
		return rubric.criteria().stream().filter(criterion -> {
			List<Integer> scores = sets.stream()
				.map(set -> set.scores().get(criterion.code()))
				.filter(Objects::nonNull)
				.toList();
			return scores.size() > 1 && scores.stream().mapToInt(Integer::intValue).max().getAsInt()
					- scores.stream().mapToInt(Integer::intValue).min().getAsInt() >= CRITERION_GAP;
		}).toList();
	}

	public boolean spreadTooWide() {
		return spread().compareTo(SPREAD_LIMIT) >= 0;
	}

	public boolean disagree() {
		return spreadTooWide() || !contested().isEmpty();
	}

	Summary summary() {
		return new Summary(sets.size(), mean(), disagree());
	}

}
