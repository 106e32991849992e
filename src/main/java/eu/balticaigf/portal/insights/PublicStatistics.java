package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.ApplicationSummary.Cell;
import eu.balticaigf.portal.call.Call;

/**
 * The public statistics of a call (DESIGN.md §4), as the JSON, the page and the CSV give
 * them. Counts follow {@link Disclosure}; every breakdown splits the same population, the
 * applications that are not withdrawn, and {@code applications} is its exact size.
 * <p>
 * Money and GPU-hours: only the call-wide sums are published, rounded, and only as
 * {@link PublicSums} allows ({@code null} otherwise, and then the gap too, which would
 * give the sum back). No split of money by country or category is public: a country's sum
 * is often one or two organisations' own plans. Staff see the splits, exact.
 *
 * @param applications applications not withdrawn, exact
 * @param withheld the breakdowns published without any cell (their maps are empty),
 * because even hiding every cell beside a small one would not protect it
 * @param computeDemandGpuHours GPU-hours per year wanted by active applicants (neither
 * withdrawn nor declined), to two significant figures
 */
record PublicStatistics(String call, long applications, Map<String, Object> byStatus, Map<String, Object> byCategory,
		Map<String, Object> byCountry, Map<String, Object> bySize, List<String> withheld, InvestmentJson investment,
		Long computeDemandGpuHours, Instant generatedAt, Map<String, Map<String, Object>> byAnswer) {

	/**
	 * The cell of the applications that gave no answer to a choice question (it was not
	 * asked of them, or they left it out), so that a question's cells add up to the total
	 * and a small one cannot be worked out by subtraction.
	 */
	static final String UNANSWERED = "unanswered";

	/**
	 * @param indicativeEur private investment stated by active applicants (withdrawn and
	 * declined excluded), to two significant figures
	 * @param targetPrivateEur the call's budget × private share
	 * @param gapEur target − the published indicative, not below 0
	 */
	record InvestmentJson(Long indicativeEur, long targetPrivateEur, Long gapEur) {
	}

	/**
	 * The statuses the public tables show: a withdrawn application is outside the
	 * population they split.
	 */
	static final List<String> STATUSES = Vocabulary.STATUSES.stream()
		.filter(s -> !ApplicationStatus.WITHDRAWN.name().equals(s))
		.toList();

	/** The statistics of a call without choice questions of its own. */
	static PublicStatistics of(Call call, Figures figures) {
		return of(call, figures, Map.of(), Map.of());
	}

	/**
	 * @param choices the call's choice questions by key, in the form's order, with each
	 * question's answer codes
	 * @param answers how often each answer was given, by question key
	 */
	static PublicStatistics of(Call call, Figures figures, Map<String, List<String>> choices,
			Map<String, Applications.AnswerCount> answers) {
		Predicate<Cell> counted = cell -> !cell.withdrawn();
		Map<String, Disclosure.Breakdown> breakdowns = new LinkedHashMap<>();
		breakdowns.put("byStatus", Disclosure.breakdown(figures.countBy(Figures::status, STATUSES, counted)));
		breakdowns.put("byCategory",
				Disclosure.breakdown(figures.countBy(Cell::category, Applications.CATEGORIES, counted)));
		// Only countries of counted applications are named: a country listed at 0 would
		// tell that someone withdrew.
		breakdowns.put("byCountry",
				Disclosure.breakdown(figures.countBy(Cell::country, figures.countries(counted), counted)));
		breakdowns.put("bySize", Disclosure.breakdown(figures.countBy(Cell::size, Applications.SIZES, counted)));
		long total = figures.sum(counted, Cell::applications);
		choices.forEach((key, values) -> {
			Applications.AnswerCount count = answers.getOrDefault(key, new Applications.AnswerCount(Map.of(), 0));
			Map<String, Long> cells = new LinkedHashMap<>();
			values.forEach(value -> cells.put(value, count.byValue().getOrDefault(value, 0L)));
			cells.put(UNANSWERED, Math.max(0, total - count.answered()));
			breakdowns.put("byAnswer." + key, Disclosure.breakdown(cells));
		});
		Map<String, Map<String, Object>> byAnswer = new LinkedHashMap<>();
		choices.keySet().forEach(key -> byAnswer.put(key, breakdowns.get("byAnswer." + key).cells()));
		List<String> withheld = breakdowns.entrySet()
			.stream()
			.filter(breakdown -> breakdown.getValue().withheld())
			.map(Map.Entry::getKey)
			.toList();

		Long indicative = PublicSums.publish(figures.sum(Cell::active, Cell::investmentEur),
				figures.sum(Cell::active, Cell::investors), figures.largestInvestments());
		long target = call.targetPrivateEur();
		Long gap = indicative == null ? null : Investment.gap(target, indicative);
		Long compute = PublicSums.publish(figures.sum(Cell::active, Cell::computeGpuHours),
				figures.sum(Cell::active, Cell::demanders), figures.largestComputeDemands());
		return new PublicStatistics(call.slug(), figures.sum(counted, Cell::applications),
				breakdowns.get("byStatus").cells(), breakdowns.get("byCategory").cells(),
				breakdowns.get("byCountry").cells(), breakdowns.get("bySize").cells(), withheld,
				new InvestmentJson(indicative, target, gap), compute, figures.computedAt(), byAnswer);
	}

}
