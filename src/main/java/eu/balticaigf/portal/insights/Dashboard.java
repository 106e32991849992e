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

import eu.balticaigf.portal.application.ApplicationSummary;
import eu.balticaigf.portal.application.ApplicationSummary.Cell;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Call;

/**
 * The staff dashboard of one call: exact figures (staff may see small cells), each chart
 * with the table it is drawn from and a note saying which applications it counts. Built
 * from {@link Figures} only, never from application rows.
 *
 * @param applications applications not withdrawn (declined ones included)
 * @param counted who is counted where: every figure says which of these it counts
 */
record Dashboard(Call call, Instant generatedAt, long applications, Counted counted, List<Bar> stages,
		List<Bar> categories, List<Bar> countries, List<Bar> sizes, Timeline timeline, Money money, Compute compute,
		List<Check> checks) {

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

	/**
	 * How many applications each kind of figure counts: all submitted (the stage table
	 * and the submissions per day), those not withdrawn (the other composition tables),
	 * and those taking part, neither declined nor withdrawn (the checks, investment and
	 * compute).
	 */
	record Counted(long submitted, long notWithdrawn, long takingPart, long declined, long withdrawn) {

		static Counted of(Figures figures) {
			long withdrawn = figures.sum(Cell::withdrawn, Cell::applications);
			long notWithdrawn = figures.sum(cell -> !cell.withdrawn(), Cell::applications);
			long takingPart = figures.sum(Cell::active, Cell::applications);
			return new Counted(notWithdrawn + withdrawn, notWithdrawn, takingPart, notWithdrawn - takingPart,
					withdrawn);
		}

	}

	static Dashboard of(Call call, Figures figures, InsightsSettings settings, Labels labels) {
		Counted counted = Counted.of(figures);
		List<Bar> stages = bars(figures.countBy(Figures::status, Vocabulary.STATUSES, cell -> true), labels::status);
		List<Bar> categories = bars(figures.countBy(Cell::category, Applications.CATEGORIES, cell -> !cell.withdrawn()),
				labels::category);
		List<Bar> countries = bars(figures.countBy(Cell::country, figures.countries(), cell -> !cell.withdrawn()),
				labels::country);
		List<Bar> sizes = bars(figures.countBy(Cell::size, Applications.SIZES, cell -> !cell.withdrawn()),
				labels::size);
		return new Dashboard(call, figures.computedAt(), counted.notWithdrawn(), counted, stages, categories, countries,
				sizes, timeline(call, figures, labels), money(call, figures, labels),
				compute(call, figures, settings, labels), checks(figures, settings, labels));
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
				bars(figures.sumBy(Cell::category, Applications.CATEGORIES, Cell::active, Cell::investmentEur),
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
				bars(figures.sumBy(Cell::category, Applications.CATEGORIES, Cell::active, Cell::computeGpuHours),
						labels::category));
	}

	/**
	 * The checks count the applications taking part; each figure names its denominator,
	 * and a missing country or category that has only declined or withdrawn applications
	 * says so (its row in the tables above counts them).
	 */
	static List<Check> checks(Figures figures, InsightsSettings settings, Labels labels) {
		List<Check> checks = new ArrayList<>();
		checks.add(presence(labels.text("insights.check.countries"), Vocabulary.CONSORTIUM_COUNTRIES, Cell::country,
				figures, labels, labels::country));
		checks.add(presence(labels.text("insights.check.categories"), Vocabulary.INVITED_CATEGORIES, Cell::category,
				figures, labels, labels::category));

		long active = figures.sum(Cell::active, Cell::applications);
		long smes = figures.sum(cell -> cell.active() && !"LARGE".equals(cell.size()), Cell::applications);
		long smePercent = Investment.percent(smes, active);
		checks.add(new Check(labels.text("insights.check.sme"),
				active > 0 && BigDecimal.valueOf(smes)
					.compareTo(BigDecimal.valueOf(settings.minSmeShare()).multiply(BigDecimal.valueOf(active))) >= 0,
				labels.text("insights.check.sme.figure", smePercent, smes, active, percent(settings.minSmeShare()))));

		long indicative = figures.sum(Cell::active, Cell::investmentEur);
		long largest = figures.largestInvestments().first();
		long largestPercent = Investment.percent(largest, indicative);
		checks.add(new Check(labels.text("insights.check.investor"),
				indicative > 0 && BigDecimal.valueOf(largest)
					.compareTo(BigDecimal.valueOf(settings.maxSingleInvestorShare())
						.multiply(BigDecimal.valueOf(indicative))) <= 0,
				labels.text("insights.check.investor.figure", largestPercent, labels.euros(indicative),
						labels.euros(largest), percent(settings.maxSingleInvestorShare()))));
		return checks;
	}

	/** Every one of {@code expected} among the applications taking part. */
	private static Check presence(String name, List<String> expected, Function<Cell, String> key, Figures figures,
			Labels labels, Function<String, String> label) {
		Map<String, Long> takingPart = figures.countBy(key, expected, Cell::active);
		Map<String, Long> leftOut = figures.countBy(key, expected, cell -> !cell.active());
		List<String> missing = expected.stream().filter(code -> takingPart.getOrDefault(code, 0L) == 0).toList();
		int present = expected.size() - missing.size();
		String figure = missing.isEmpty() ? labels.text("insights.check.present.all", present, expected.size())
				: labels.text("insights.check.present.missing", present, expected.size(),
						missing.stream()
							.map(code -> leftOut.getOrDefault(code, 0L) > 0
									? labels.text("insights.check.leftOut", label.apply(code)) : label.apply(code))
							.collect(Collectors.joining(", ")));
		return new Check(name, missing.isEmpty(), figure);
	}

	private static long percent(double share) {
		return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
	}

	/**
	 * The days of the window up to today (none after it: nothing can have been submitted
	 * yet), widened to any day with submissions outside the window.
	 */
	static Timeline timeline(Call call, Figures figures, Labels labels) {
		LocalDate opens = call.opensAt().atZone(call.zone()).toLocalDate();
		LocalDate closes = call.closesAt().atZone(call.zone()).toLocalDate();
		LocalDate today = figures.computedAt().atZone(call.zone()).toLocalDate();
		LocalDate first = opens;
		LocalDate last = closes.isAfter(today) ? today : closes;
		Map<LocalDate, Long> perDay = new java.util.HashMap<>();
		for (ApplicationSummary.Day day : figures.days()) {
			perDay.put(day.date(), day.applications());
			first = day.date().isBefore(first) ? day.date() : first;
			last = day.date().isAfter(last) ? day.date() : last;
		}
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			first = last.minusDays(MAX_DAYS - 1);
		}
		long max = Math.max(1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(1));
		long total = figures.days().stream().mapToLong(ApplicationSummary.Day::applications).sum();
		// Applications on days cut off the chart still count in the cumulative line, so
		// it ends at the total.
		LocalDate drawnFrom = first;
		long cumulative = figures.days()
			.stream()
			.filter(day -> day.date().isBefore(drawnFrom))
			.mapToLong(ApplicationSummary.Day::applications)
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
