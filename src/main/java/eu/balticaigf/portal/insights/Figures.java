package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import eu.balticaigf.portal.application.ApplicationSummary;
import eu.balticaigf.portal.application.ApplicationSummary.Cell;
import eu.balticaigf.portal.application.ApplicationSummary.Day;
import eu.balticaigf.portal.application.ApplicationSummary.Largest;

/**
 * A call's applications added up at one moment (the application module's
 * {@link ApplicationSummary}), with the sums the pages need. Small by construction, so
 * the sums below are cheap in memory; everything sensitive about individual applications
 * stayed in the database.
 *
 * @param largestInvestments the two largest investment intents among active applications
 * (neither withdrawn nor declined)
 * @param largestComputeDemands the same for compute demand
 * @param computedAt when the database was asked: the {@code generatedAt} the public sees
 */
record Figures(List<Cell> cells, List<Day> days, Largest largestInvestments, Largest largestComputeDemands,
		Instant computedAt) {

	static Figures of(ApplicationSummary summary, Instant computedAt) {
		return new Figures(summary.cells(), summary.days(), summary.largestInvestments(),
				summary.largestComputeDemands(), computedAt);
	}

	/**
	 * Sums {@code value} over the cells that pass {@code filter}, per {@code key},
	 * listing {@code keys} even at 0.
	 */
	Map<String, Long> sumBy(Function<Cell, String> key, Collection<String> keys, Predicate<Cell> filter,
			ToLongFunction<Cell> value) {
		Map<String, Long> sums = new LinkedHashMap<>();
		keys.forEach(k -> sums.put(k, 0L));
		cells.stream().filter(filter).forEach(cell -> sums.merge(key.apply(cell), value.applyAsLong(cell), Long::sum));
		return sums;
	}

	Map<String, Long> countBy(Function<Cell, String> key, Collection<String> keys, Predicate<Cell> filter) {
		return sumBy(key, keys, filter, Cell::applications);
	}

	long sum(Predicate<Cell> filter, ToLongFunction<Cell> value) {
		return cells.stream().filter(filter).mapToLong(value).sum();
	}

	/** Every country that occurs in the cells, the consortium's four first. */
	List<String> countries() {
		return countries(cell -> true);
	}

	/**
	 * Every country that occurs in the cells that pass {@code filter}, the consortium's
	 * four first.
	 */
	List<String> countries(Predicate<Cell> filter) {
		return Vocabulary.countries(cells.stream().filter(filter).map(Cell::country).distinct().toList());
	}

	/** A cell's status by name, as maps and the JSON key it. */
	static String status(Cell cell) {
		return cell.status().name();
	}

}
