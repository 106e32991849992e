package eu.balticaigf.portal.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Hard limits first, then a weighted sum of values normalised to 0–1 (min-max over the
 * sites still in, so the best value of a criterion scores 1 and the worst 0, whichever
 * way is better), with TOPSIS beside it as a cross-check.
 *
 * <p>
 * A missing value is never read as zero: the site is scored on the criteria it has, with
 * their weights rescaled to sum to 1, and {@link Ranked#coverage()} says how much of the
 * weight that is. TOPSIS measures distances in every criterion, so a site with a missing
 * value gets no TOPSIS figure rather than an invented one.
 */
final class Scoring {

	private Scoring() {
	}

	static Scores assess(List<Criterion> criteria, double[] weights, List<Candidate> candidates) {
		double[] w = normalisedWeights(criteria, weights);
		List<Out> out = new ArrayList<>();
		List<Candidate> in = new ArrayList<>();
		for (Candidate candidate : candidates) {
			List<Failure> failures = new ArrayList<>();
			for (Criterion criterion : criteria) {
				Double value = candidate.value(criterion.code());
				if (value != null && criterion.fails(value)) {
					failures.add(new Failure(criterion.code(), value, criterion.limit()));
				}
			}
			if (failures.isEmpty()) {
				in.add(candidate);
			}
			else {
				out.add(new Out(candidate, failures, missing(criteria, candidate)));
			}
		}
		double[][] normalised = minMax(criteria, in);
		double[] scores = new double[in.size()];
		for (int i = 0; i < in.size(); i++) {
			scores[i] = score(normalised[i], w);
		}
		Double[] closeness = topsis(criteria, w, in);
		int[] topsisRanks = ranks(closeness);
		Integer[] order = order(scores);
		List<Ranked> ranking = new ArrayList<>();
		double[][] ordered = new double[in.size()][];
		for (int position = 0; position < order.length; position++) {
			int i = order[position];
			Candidate candidate = in.get(i);
			List<String> missing = missing(criteria, candidate);
			List<String> unchecked = criteria.stream()
				.filter(c -> c.limit() != null && missing.contains(c.code()))
				.map(Criterion::code)
				.toList();
			ranking.add(new Ranked(candidate, position + 1, scores[i], coverage(normalised[i], w), closeness[i],
					closeness[i] == null ? null : topsisRanks[i], missing, unchecked));
			ordered[position] = normalised[i];
		}
		return new Scores(List.copyOf(criteria), w, ranking, out, ordered);
	}

	/** Weights rescaled to sum to 1; refused when negative, not numbers or all zero. */
	static double[] normalisedWeights(List<Criterion> criteria, double[] weights) {
		if (weights.length != criteria.size()) {
			throw new IllegalArgumentException(
					"There are " + criteria.size() + " criteria but " + weights.length + " weights.");
		}
		double sum = 0;
		for (double weight : weights) {
			if (!Double.isFinite(weight) || weight < 0) {
				throw new IllegalArgumentException("Weights must be numbers of zero or more.");
			}
			sum += weight;
		}
		if (sum <= 0) {
			throw new IllegalArgumentException("At least one weight must be above zero.");
		}
		double[] result = new double[weights.length];
		for (int j = 0; j < weights.length; j++) {
			result[j] = weights[j] / sum;
		}
		return result;
	}

	/**
	 * The weighted sum over the criteria a site has values for (NaN in {@code row}), with
	 * their weights rescaled to sum to 1; 0 when it has none of the weighted ones.
	 */
	static double score(double[] row, double[] weights) {
		double sum = 0;
		double present = 0;
		for (int j = 0; j < row.length; j++) {
			double value = row[j];
			if (value == value) {
				sum += weights[j] * value;
				present += weights[j];
			}
		}
		return present > 0 ? sum / present : 0;
	}

	private static double coverage(double[] row, double[] weights) {
		double present = 0;
		for (int j = 0; j < row.length; j++) {
			if (!Double.isNaN(row[j])) {
				present += weights[j];
			}
		}
		return present;
	}

	/**
	 * Values scaled to 0 (worst among the sites) … 1 (best); NaN where missing. A
	 * criterion on which every site is equal does not tell them apart: all get 1.
	 */
	static double[][] minMax(List<Criterion> criteria, List<Candidate> candidates) {
		double[][] result = new double[candidates.size()][criteria.size()];
		for (int j = 0; j < criteria.size(); j++) {
			Criterion criterion = criteria.get(j);
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (Candidate candidate : candidates) {
				Double value = candidate.value(criterion.code());
				if (value != null) {
					min = Math.min(min, value);
					max = Math.max(max, value);
				}
			}
			for (int i = 0; i < candidates.size(); i++) {
				Double value = candidates.get(i).value(criterion.code());
				if (value == null) {
					result[i][j] = Double.NaN;
				}
				else if (max == min) {
					result[i][j] = 1;
				}
				else if (criterion.direction() == Criterion.Direction.MORE_IS_BETTER) {
					result[i][j] = (value - min) / (max - min);
				}
				else {
					result[i][j] = (max - value) / (max - min);
				}
			}
		}
		return result;
	}

	/**
	 * TOPSIS (Hwang and Yoon, 1981): vector-normalised, weighted values; the relative
	 * closeness to the ideal site, d⁻ / (d⁺ + d⁻). Computed over the sites that have
	 * every value; null for the others.
	 */
	static Double[] topsis(List<Criterion> criteria, double[] weights, List<Candidate> candidates) {
		Double[] result = new Double[candidates.size()];
		List<Integer> complete = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (missing(criteria, candidates.get(i)).isEmpty()) {
				complete.add(i);
			}
		}
		if (complete.isEmpty()) {
			return result;
		}
		int m = criteria.size();
		double[][] v = new double[complete.size()][m];
		double[] best = new double[m];
		double[] worst = new double[m];
		for (int j = 0; j < m; j++) {
			String code = criteria.get(j).code();
			double norm = 0;
			for (int i : complete) {
				double x = candidates.get(i).value(code);
				norm += x * x;
			}
			norm = Math.sqrt(norm);
			boolean more = criteria.get(j).direction() == Criterion.Direction.MORE_IS_BETTER;
			best[j] = more ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
			worst[j] = more ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
			for (int k = 0; k < complete.size(); k++) {
				double x = candidates.get(complete.get(k)).value(code);
				v[k][j] = norm == 0 ? 0 : weights[j] * x / norm;
				best[j] = more ? Math.max(best[j], v[k][j]) : Math.min(best[j], v[k][j]);
				worst[j] = more ? Math.min(worst[j], v[k][j]) : Math.max(worst[j], v[k][j]);
			}
		}
		for (int k = 0; k < complete.size(); k++) {
			double toBest = 0;
			double toWorst = 0;
			for (int j = 0; j < m; j++) {
				toBest += (v[k][j] - best[j]) * (v[k][j] - best[j]);
				toWorst += (v[k][j] - worst[j]) * (v[k][j] - worst[j]);
			}
			toBest = Math.sqrt(toBest);
			toWorst = Math.sqrt(toWorst);
			// Every site alike: none is closer to the ideal than another.
			result[complete.get(k)] = toBest + toWorst == 0 ? 1 : toWorst / (toBest + toWorst);
		}
		return result;
	}

	static List<String> missing(List<Criterion> criteria, Candidate candidate) {
		return criteria.stream().map(Criterion::code).filter(code -> candidate.value(code) == null).toList();
	}

	/** Indices by score, highest first; equal scores keep the given order. */
	private static Integer[] order(double[] scores) {
		Integer[] order = new Integer[scores.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
		return order;
	}

	private static int[] ranks(Double[] values) {
		int[] ranks = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				continue;
			}
			int rank = 1;
			for (int k = 0; k < values.length; k++) {
				if (values[k] != null && (values[k] > values[i] || (values[k].equals(values[i]) && k < i))) {
					rank++;
				}
			}
			ranks[i] = rank;
		}
		return ranks;
	}

	/**
	 * The result of one scoring.
	 *
	 * @param weights the weights used, summing to 1
	 * @param ranking the sites within every hard limit, best first
	 * @param out the sites that fail a hard limit, in the given order
	 * @param normalised the ranked sites' normalised values, in ranking order (NaN where
	 * missing), for the sensitivity analysis
	 */
	record Scores(List<Criterion> criteria, double[] weights, List<Ranked> ranking, List<Out> out,
			double[][] normalised) {
	}

	/**
	 * A site within every hard limit.
	 *
	 * @param score the weighted sum, 0–1
	 * @param coverage the share of the weight its values cover (1 when nothing is
	 * missing)
	 * @param topsis its TOPSIS closeness, 0–1, or null when a value is missing
	 * @param topsisRank its place by TOPSIS among the sites that have one
	 * @param missing codes of the criteria it has no value for
	 * @param uncheckedLimits codes of the hard limits that could not be checked for want
	 * of a value
	 */
	record Ranked(Candidate candidate, int rank, double score, double coverage, Double topsis, Integer topsisRank,
			List<String> missing, List<String> uncheckedLimits) {
	}

	/** A site that fails at least one hard limit, and which. */
	record Out(Candidate candidate, List<Failure> failures, List<String> missing) {
	}

	record Failure(String criterion, double value, double limit) {
	}

}
