package eu.balticaigf.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the benchmarks in {@code bench/} time a piece of work: warmed up first, then the
 * median of many runs, in milliseconds (the machines are noisy, so a median and a ratio
 * against a baseline timed the same way in the same run).
 */
public final class BenchTiming {

	private static final int WARM_UP = 5;

	private BenchTiming() {
	}

	public static double medianMillis(Supplier<Object> work, int runs) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

}
