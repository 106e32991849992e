package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.call.Call;

/**
 * The public statistics of a call (DESIGN.md §4), as the JSON, the page and the CSV give them. Counts follow
 * {@link Disclosure}; every breakdown splits the applications that are not withdrawn.
 * <p>
 * Money and GPU-hours: only the call-wide sums are published, and only when at least five organisations state an
 * amount ({@code null} otherwise, and then the gap too, which would give the sum back). No split of money by
 * country or category is public: a country's sum is often one or two organisations' own plans. Staff see the splits.
 *
 * @param applications          applications not withdrawn: a number, rounded to 10 when a cell is suppressed, or "<5"
 * @param computeDemandGpuHours GPU-hours per year wanted by active applicants (neither withdrawn nor declined)
 */
record PublicStatistics(String call, Object applications, boolean applicationsRounded, Map<String, Object> byStatus,
		Map<String, Object> byCategory, Map<String, Object> byCountry, Map<String, Object> bySize,
		InvestmentJson investment, Long computeDemandGpuHours, Instant generatedAt) {

	/**
	 * @param indicativeEur    private investment stated by active applicants (withdrawn and declined excluded)
	 * @param targetPrivateEur the call's budget × private share
	 * @param gapEur           target − indicative, not below 0
	 */
	record InvestmentJson(Long indicativeEur, long targetPrivateEur, Long gapEur) {
	}

	static PublicStatistics of(Call call, Figures figures) {
		List<String> published = Vocabulary.STATUSES.stream().filter(s -> !Vocabulary.WITHDRAWN.equals(s)).toList();
		Disclosure.Breakdown byStatus = Disclosure
			.breakdown(figures.countBy(Cell::status, published, cell -> !cell.withdrawn()));
		Disclosure.Breakdown byCategory = Disclosure
			.breakdown(figures.countBy(Cell::category, Vocabulary.CATEGORIES, cell -> !cell.withdrawn()));
		Disclosure.Breakdown byCountry = Disclosure
			.breakdown(figures.countBy(Cell::country, figures.countries(), cell -> !cell.withdrawn()));
		Disclosure.Breakdown bySize = Disclosure
			.breakdown(figures.countBy(Cell::size, Vocabulary.SIZES, cell -> !cell.withdrawn()));
		boolean anySuppressed = byStatus.anySuppressed() || byCategory.anySuppressed() || byCountry.anySuppressed()
				|| bySize.anySuppressed();
		long total = figures.sum(cell -> !cell.withdrawn(), Cell::applications);
		Object applications = Disclosure.total(total, anySuppressed);

		Long indicative = Disclosure.sumOver(figures.sum(Cell::active, Cell::investmentEur),
				figures.sum(Cell::active, Cell::investors));
		long target = call.targetPrivateEur();
		Long gap = indicative == null ? null : Investment.gap(target, indicative);
		Long compute = Disclosure.sumOver(figures.sum(Cell::active, Cell::computeGpuHours),
				figures.sum(Cell::active, Cell::demanders));
		return new PublicStatistics(call.slug(), applications, applications instanceof Long exact && exact != total,
				byStatus.cells(), byCategory.cells(), byCountry.cells(), bySize.cells(),
				new InvestmentJson(indicative, target, gap), compute, figures.computedAt());
	}

}
