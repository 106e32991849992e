package eu.balticaigf.portal.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Issue 18's figure, run by {@code bench/sites-sensitivity.sh}: the 10,000-draw
 * sensitivity analysis for 20 sites × 20 criteria against one plain scoring pass repeated
 * 10,000 times. Not a test: it prints figures and gates nothing.
 */
final class SitesSensitivityBench {

	static final int SITES = 20;

	static final int CRITERIA = 20;

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
		SplittableRandom random = new SplittableRandom(20);
		List<Criterion> criteria = new ArrayList<>();
		double[] weights = new double[CRITERIA];
		for (int j = 0; j < CRITERIA; j++) {
			criteria.add(new Criterion("c" + j,
					j % 3 == 0 ? Criterion.Direction.LESS_IS_BETTER : Criterion.Direction.MORE_IS_BETTER, null));
			weights[j] = 0.5 + random.nextDouble();
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < SITES; i++) {
			Map<String, Double> values = new HashMap<>();
			for (int j = 0; j < CRITERIA; j++) {
				values.put("c" + j, 10 + 90 * random.nextDouble());
			}
			candidates.add(new Candidate("s" + i, values));
		}
		long[] sensitivity = new long[runs];
		long[] scoring = new long[runs];
		long sink = 0;
		for (int run = -3; run < runs; run++) {
			long start = System.nanoTime();
			Scoring.Scores scores = Scoring.assess(criteria, weights, candidates);
			sink += Sensitivity.draws(scores, Sensitivity.DRAWS, Sensitivity.SEED, Sensitivity.SPREAD).size();
			long drawn = System.nanoTime() - start;
			start = System.nanoTime();
			for (int pass = 0; pass < Sensitivity.DRAWS; pass++) {
				sink += Scoring.assess(criteria, weights, candidates).ranking().size();
			}
			long passes = System.nanoTime() - start;
			if (run >= 0) {
				sensitivity[run] = drawn;
				scoring[run] = passes;
			}
		}
		double drawsMs = median(sensitivity) / 1e6;
		double passesMs = median(scoring) / 1e6;
		System.out.printf("sites %d, criteria %d, runs %d (median after 3 warm-up runs; checksum %d)%n", SITES,
				CRITERIA, runs, sink);
		System.out.printf("sensitivity, %d draws: %.1f ms%n", Sensitivity.DRAWS, drawsMs);
		System.out.printf("plain scoring pass x %d: %.1f ms%n", Sensitivity.DRAWS, passesMs);
		System.out.printf("ratio sensitivity / scoring passes: %.3f%n", drawsMs / passesMs);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
	}

}
