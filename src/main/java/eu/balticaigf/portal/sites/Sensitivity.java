package eu.balticaigf.portal.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How fragile a ranking is: for each pair of neighbours, the smallest change of a single
 * weight that swaps them; and, over many random weightings around the chosen one, each
 * site's chance of coming first and the range of places it takes.
 *
 * <p>
 * When one weight changes, the others keep their proportions and are rescaled so that all
 * still sum to 1; that is how a committee reads "give cooling more weight".
 */
final class Sensitivity {

	/** The draws the issue asks for. */
	static final int DRAWS = 10_000;

	/** Each weight is multiplied by a factor between 1 − SPREAD and 1 + SPREAD. */
	static final double SPREAD = 0.2;

	/** A fixed seed: the same assessment gives the same figures every time. */
	static final long SEED = 18;

	private static final double STEP = 0.001;

	private Sensitivity() {
	}

	/**
	 * For each pair of neighbouring sites in the ranking, the smallest change of one
	 * weight that puts the lower one above the upper one, or none when no single weight
	 * can.
	 */
	static List<Swap> swaps(Scoring.Scores scores) {
		double[] weights = scores.weights();
		double[][] rows = scores.normalised();
		List<Swap> swaps = new ArrayList<>();
		for (int position = 0; position + 1 < rows.length; position++) {
			Swap smallest = null;
			for (int j = 0; j < weights.length; j++) {
				// Equal changes (to the bisection's precision): the first criterion is
				// named.
				Double to = swappingWeight(rows[position], rows[position + 1], weights, j);
				if (to != null && (smallest == null
						|| Math.abs(to - weights[j]) < Math.abs(smallest.to() - smallest.from()) - 1e-9)) {
					smallest = new Swap(position + 1, scores.criteria().get(j).code(), weights[j], to);
				}
			}
			swaps.add(smallest != null ? smallest : new Swap(position + 1, null, Double.NaN, Double.NaN));
		}
		return swaps;
	}

	/**
	 * The weight of criterion j nearest its current value at which {@code lower} scores
	 * above {@code upper}: scanned outwards in steps of 0.001, then narrowed by
	 * bisection.
	 */
	private static Double swappingWeight(double[] upper, double[] lower, double[] weights, int j) {
		double current = weights[j];
		double[] shifted = new double[weights.length];
		Double best = null;
		for (int sign : new int[] { 1, -1 }) {
			double inside = current;
			for (double t = current + sign * STEP; sign > 0 ? t <= 1 + 1e-12 : t >= -1e-12; t += sign * STEP) {
				double clamped = Math.min(1, Math.max(0, t));
				if (ahead(lower, upper, shift(weights, j, clamped, shifted))) {
					double outside = clamped;
					for (int i = 0; i < 50; i++) {
						double middle = (inside + outside) / 2;
						if (ahead(lower, upper, shift(weights, j, middle, shifted))) {
							outside = middle;
						}
						else {
							inside = middle;
						}
					}
					if (best == null || Math.abs(outside - current) < Math.abs(best - current)) {
						best = outside;
					}
					break;
				}
				inside = clamped;
			}
		}
		return best;
	}

	private static boolean ahead(double[] candidate, double[] other, double[] weights) {
		return Scoring.score(candidate, weights) > Scoring.score(other, weights) + 1e-12;
	}

	/** Criterion j's weight set to {@code to}, the others rescaled in proportion. */
	static double[] shift(double[] weights, int j, double to, double[] into) {
		double rest = 1 - weights[j];
		for (int k = 0; k < weights.length; k++) {
			if (k == j) {
				into[k] = to;
			}
			else if (rest > 1e-12) {
				into[k] = weights[k] * (1 - to) / rest;
			}
			else {
				into[k] = (1 - to) / (weights.length - 1);
			}
		}
		return into;
	}

	/**
	 * {@code draws} random weightings, each weight multiplied by a uniform factor in [1 −
	 * spread, 1 + spread] and all rescaled to sum to 1; for each site in ranking order,
	 * how often it came first and its best and worst place.
	 */
	static List<Odds> draws(Scoring.Scores scores, int draws, long seed, double spread) {
		double[] weights = scores.weights();
		double[][] rows = scores.normalised();
		int n = rows.length;
		int[] first = new int[n];
		int[] bestRank = new int[n];
		int[] worstRank = new int[n];
		java.util.Arrays.fill(bestRank, Integer.MAX_VALUE);
		SplittableRandom random = new SplittableRandom(seed);
		double[] drawn = new double[weights.length];
		double[] score = new double[n];
		for (int d = 0; d < draws; d++) {
			double sum = 0;
			for (int j = 0; j < weights.length; j++) {
				drawn[j] = weights[j] * (1 + spread * (2 * random.nextDouble() - 1));
				sum += drawn[j];
			}
			for (int j = 0; j < weights.length; j++) {
				drawn[j] /= sum;
			}
			for (int i = 0; i < n; i++) {
				score[i] = Scoring.score(rows[i], drawn);
			}
			for (int i = 0; i < n; i++) {
				// Equal scores keep the ranking's order, as in the scoring itself.
				int rank = 1;
				for (int k = 0; k < n; k++) {
					if (score[k] > score[i] || (score[k] == score[i] && k < i)) {
						rank++;
					}
				}
				if (rank == 1) {
					first[i]++;
				}
				bestRank[i] = Math.min(bestRank[i], rank);
				worstRank[i] = Math.max(worstRank[i], rank);
			}
		}
		List<Odds> odds = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			odds.add(new Odds(scores.ranking().get(i).candidate().id(), (double) first[i] / draws, bestRank[i],
					worstRank[i]));
		}
		return odds;
	}

	static List<Odds> draws(Scoring.Scores scores) {
		return draws(scores, DRAWS, SEED, SPREAD);
	}

	/**
	 * The smallest single-weight change that swaps the sites at {@code position} and
	 * {@code position + 1}; {@code criterion} is null when no single weight can.
	 */
	record Swap(int position, String criterion, double from, double to) {

		boolean possible() {
			return criterion != null;
		}

	}

	/**
	 * @param chanceFirst share of the draws in which the site came first, 0–1
	 */
	record Odds(String id, double chanceFirst, int bestRank, int worstRank) {
	}

}
