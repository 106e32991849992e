package eu.balticaigf.portal.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.balticaigf.portal.call.Call;

/**
 * The staff dashboard of one call: exact figures (staff may see small cells), each chart
 * with the table it is drawn from. Built from {@link Figures} only, never from
 * application rows.
 */
record Dashboard(Call call, Instant generatedAt, long applications, List<Bar> stages, List<Bar> categories,
		List<Bar> countries, List<Bar> sizes, Timeline timeline, Money money, Compute compute, List<Check> checks) {

	static final long HOURS_PER_YEAR = 8_760;

	/**
	 * Days beyond this are not drawn (a data error, not a call): the table still lists
	 * the sums.
	 */
	static final int MAX_DAYS = 400;

	/**
	 * A row of a chart's data table; {@code width} is the bar's length in per cent of the
	 * chart's largest value.
	 */
	record Bar(String code, String label, long value, long percentOfTotal, String width) {
	}

	record Day(LocalDate date, String label, long applications, long cumulative, boolean inWindow, String x,
			String barY, String barHeight) {
	}

	/**
	 * Submissions per day; {@code windowX}/{@code windowWidth} shade the call's window in
	 * the chart.
	 */
	record Timeline(List<Day> days, String viewBoxWidth, String windowX, String windowWidth, String cumulativePoints,
			String opens, String closes, long total) {
	}

	/**
	 * @param indicativeEur stated by active applicants (neither withdrawn nor declined)
	 * @param acceptedEur the part of it stated by accepted applicants
	 */
	record Money(long indicativeEur, long acceptedEur, long targetEur, long gapEur, long percentOfTarget,
			List<Bar> overview, List<Bar> byCountry, List<Bar> byCategory) {
	}

	record Compute(long demandGpuHours, long capacityGpuHours, long plannedGpus, long utilisationPercent,
			long percentOfCapacity, List<Bar> overview, List<Bar> byCategory) {
	}

	/** A composition check: passed or not, with the figure that decides it in words. */
	record Check(String name, boolean pass, String figure) {
	}

	static Dashboard of(Call call, Figures figures, InsightsSettings settings, Labels labels) {
		long applications = figures.sum(cell -> !cell.withdrawn(), Cell::applications);
		List<Bar> stages = bars(figures.countBy(Cell::status, Vocabulary.STATUSES, cell -> true), labels::status);
		List<Bar> categories = bars(figures.countBy(Cell::category, Vocabulary.CATEGORIES, cell -> !cell.withdrawn()),
				labels::category);
		List<Bar> countries = bars(figures.countBy(Cell::country, figures.countries(), cell -> !cell.withdrawn()),
				labels::country);
		List<Bar> sizes = bars(figures.countBy(Cell::size, Vocabulary.SIZES, cell -> !cell.withdrawn()), labels::size);
		return new Dashboard(call, figures.computedAt(), applications, stages, categories, countries, sizes,
				timeline(call, figures, labels), money(call, figures, labels), compute(call, figures, settings, labels),
				checks(figures, settings, labels));
	}

	static Money money(Call call, Figures figures, Labels labels) {
		long indicative = figures.sum(Cell::active, Cell::investmentEur);
		long accepted = figures.sum(Cell::accepted, Cell::investmentEur);
		long target = call.targetPrivateEur();
		long gap = Investment.gap(target, indicative);
		Map<String, Long> overview = new java.util.LinkedHashMap<>();
		overview.put(labels.text("insights.money.indicative"), indicative);
		overview.put(labels.text("insights.money.accepted"), accepted);
		overview.put(labels.text("insights.money.target"), target);
		overview.put(labels.text("insights.money.gap"), gap);
		return new Money(indicative, accepted, target, gap, Investment.percent(indicative, target),
				bars(overview, Function.identity()),
				bars(figures.sumBy(Cell::country, figures.countries(), Cell::active, Cell::investmentEur),
						labels::country),
				bars(figures.sumBy(Cell::category, Vocabulary.CATEGORIES, Cell::active, Cell::investmentEur),
						labels::category));
	}

	/** Planned GPUs × 8,760 h × utilisation, rounded to whole GPU-hours. */
	static long capacityGpuHours(long plannedGpus, double utilisation) {
		return BigDecimal.valueOf(plannedGpus)
			.multiply(BigDecimal.valueOf(HOURS_PER_YEAR))
			.multiply(BigDecimal.valueOf(utilisation))
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	static Compute compute(Call call, Figures figures, InsightsSettings settings, Labels labels) {
		long demand = figures.sum(Cell::active, Cell::computeGpuHours);
		long capacity = capacityGpuHours(call.plannedGpus(), settings.utilisation());
		Map<String, Long> overview = new java.util.LinkedHashMap<>();
		overview.put(labels.text("insights.compute.demand"), demand);
		overview.put(labels.text("insights.compute.capacity"), capacity);
		return new Compute(demand, capacity, call.plannedGpus(),
				BigDecimal.valueOf(settings.utilisation())
					.movePointRight(2)
					.setScale(0, RoundingMode.HALF_UP)
					.longValue(),
				Investment.percent(demand, capacity), bars(overview, Function.identity()),
				bars(figures.sumBy(Cell::category, Vocabulary.CATEGORIES, Cell::active, Cell::computeGpuHours),
						labels::category));
	}

	static List<Check> checks(Figures figures, InsightsSettings settings, Labels labels) {
		List<Check> checks = new ArrayList<>();
		Map<String, Long> countries = figures.countBy(Cell::country, Vocabulary.CONSORTIUM_COUNTRIES, Cell::active);
		List<String> missingCountries = Vocabulary.CONSORTIUM_COUNTRIES.stream()
			.filter(country -> countries.get(country) == 0)
			.toList();
		checks.add(new Check(labels.text("insights.check.countries"), missingCountries.isEmpty(),
				present(labels, Vocabulary.CONSORTIUM_COUNTRIES.size() - missingCountries.size(),
						Vocabulary.CONSORTIUM_COUNTRIES.size(), missingCountries, labels::country)));

		Map<String, Long> categories = figures.countBy(Cell::category, Vocabulary.INVITED_CATEGORIES, Cell::active);
		List<String> missingCategories = Vocabulary.INVITED_CATEGORIES.stream()
			.filter(category -> categories.getOrDefault(category, 0L) == 0)
			.toList();
		checks.add(new Check(labels.text("insights.check.categories"), missingCategories.isEmpty(),
				present(labels, Vocabulary.INVITED_CATEGORIES.size() - missingCategories.size(),
						Vocabulary.INVITED_CATEGORIES.size(), missingCategories, labels::category)));

		long active = figures.sum(Cell::active, Cell::applications);
		long smes = figures.sum(cell -> cell.active() && cell.sme(), Cell::applications);
		long smePercent = Investment.percent(smes, active);
		checks.add(new Check(labels.text("insights.check.sme"),
				active > 0 && BigDecimal.valueOf(smes)
					.compareTo(BigDecimal.valueOf(settings.minSmeShare()).multiply(BigDecimal.valueOf(active))) >= 0,
				labels.text("insights.check.sme.figure", smePercent, smes, active, percent(settings.minSmeShare()))));

		long indicative = figures.sum(Cell::active, Cell::investmentEur);
		long largest = figures.largestInvestmentEur();
		long largestPercent = Investment.percent(largest, indicative);
		checks.add(new Check(labels.text("insights.check.investor"),
				indicative > 0 && BigDecimal.valueOf(largest)
					.compareTo(BigDecimal.valueOf(settings.maxSingleInvestorShare())
						.multiply(BigDecimal.valueOf(indicative))) <= 0,
				labels.text("insights.check.investor.figure", largestPercent,
						percent(settings.maxSingleInvestorShare()))));
		return checks;
	}

	private static String present(Labels labels, int present, int of, List<String> missing,
			Function<String, String> label) {
		if (missing.isEmpty()) {
			return labels.text("insights.check.present.all", present, of);
		}
		return labels.text("insights.check.present.missing", present, of,
				missing.stream().map(label).collect(Collectors.joining(", ")));
	}

	private static long percent(double share) {
		return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
	}

	static Timeline timeline(Call call, Figures figures, Labels labels) {
		LocalDate opens = call.opensAt().atZone(call.zone()).toLocalDate();
		LocalDate closes = call.closesAt().atZone(call.zone()).toLocalDate();
		LocalDate first = opens;
		LocalDate last = closes;
		Map<LocalDate, Long> perDay = new java.util.HashMap<>();
		for (Figures.Day day : figures.days()) {
			perDay.put(day.date(), day.applications());
			first = day.date().isBefore(first) ? day.date() : first;
			last = day.date().isAfter(last) ? day.date() : last;
		}
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			first = last.minusDays(MAX_DAYS - 1);
		}
		long max = Math.max(1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(1));
		long total = figures.days().stream().mapToLong(Figures.Day::applications).sum();
		// Applications on days cut off the chart still count in the cumulative line, so
		// it ends at the total.
		LocalDate drawnFrom = first;
		long cumulative = figures.days()
			.stream()
			.filter(day -> day.date().isBefore(drawnFrom))
			.mapToLong(Figures.Day::applications)
			.sum();
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(eu.balticaigf.portal.shared.web.Languages.forFormatting(labels.locale()));
		List<Day> days = new ArrayList<>();
		StringBuilder points = new StringBuilder();
		int index = 0;
		int windowStart = -1;
		int windowEnd = -1;
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1), index++) {
			long count = perDay.getOrDefault(date, 0L);
			cumulative += count;
			boolean inWindow = !date.isBefore(opens) && !date.isAfter(closes);
			if (inWindow) {
				windowStart = windowStart < 0 ? index : windowStart;
				windowEnd = index;
			}
			double height = 100.0 * count / max;
			days.add(new Day(date, format.format(date), count, cumulative, inWindow, number(index * 10 + 1),
					number(100 - height), number(height)));
			double y = total == 0 ? 100 : 100 - 100.0 * cumulative / total;
			points.append(number(index * 10 + 5)).append(',').append(number(y)).append(' ');
		}
		return new Timeline(days, number(days.size() * 10), number(Math.max(windowStart, 0) * 10),
				number(windowStart < 0 ? 0 : (windowEnd - windowStart + 1) * 10), points.toString().strip(),
				format.format(opens), format.format(closes), total);
	}

	private static List<Bar> bars(Map<String, Long> values, Function<String, String> label) {
		long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
		long total = values.values().stream().mapToLong(Long::longValue).sum();
		return values.entrySet()
			.stream()
			.map(entry -> new Bar(entry.getKey(), label.apply(entry.getKey()), entry.getValue(),
					Investment.percent(entry.getValue(), total), number(max == 0 ? 0 : 100.0 * entry.getValue() / max)))
			.toList();
	}

	/** SVG coordinates: always a dot, whatever the reader's language. */
	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
