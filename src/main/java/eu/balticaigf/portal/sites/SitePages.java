package eu.balticaigf.portal.sites;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.StaffNames;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Option;
import eu.balticaigf.portal.shared.web.Authorities;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of an assessment: the ranking with what keeps sites out and what is
 * missing said in words, a side-by-side comparison, the weights (entered or derived from
 * pairwise comparisons) and how fragile the ranking is, every figure in a table. Every
 * member of staff reads them; reviewers and admins change the weights.
 */
@Controller
class SitePages {

	static final String BASE = "/staff/sites";

	/** Saaty's scale as offered on the page: the odd judgements and their reciprocals. */
	static final List<String> SCALE = List.of("9", "7", "5", "3", "1", "1/3", "1/5", "1/7", "1/9");

	private final SiteAssessments assessments;

	private final SiteRepository repository;

	private final Formats formats;

	private final StaffNames staffNames;

	SitePages(SiteAssessments assessments, SiteRepository repository, Formats formats, StaffNames staffNames) {
		this.assessments = assessments;
		this.repository = repository;
		this.formats = formats;
		this.staffNames = staffNames;
	}

	/** Reviewers and admins change weights and freeze versions; viewers read. */
	static boolean mayChange(Authentication who) {
		return Authorities.holdsAny(who, "ROLE_ADMIN", "ROLE_REVIEWER");
	}

	record VersionLink(int version, String by, String at, String href) {
	}

	private List<VersionLink> versions(String id) {
		List<SiteRepository.VersionRow> rows = repository.versions(id);
		Map<String, String> names = staffNames.byEmail(rows.stream().map(SiteRepository.VersionRow::frozenBy).toList());
		return rows.stream()
			.map(v -> new VersionLink(v.version(), names.getOrDefault(v.frozenBy(), v.frozenBy()),
					formats.dateTime(v.frozenAt(), ZoneId.of("Europe/Vilnius")),
					"/api/v1/sites/assessments/" + id + "/versions/" + v.version()))
			.toList();
	}

	@PostMapping(BASE + "/assessments/{id}/freeze")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String freeze(@PathVariable String id, Authentication who, RedirectAttributes redirect) {
		evaluation(id);
		SiteAssessments.Frozen frozen = assessments.freeze(id, who.getName());
		redirect.addFlashAttribute("saved",
				t(frozen.created() ? "sites.freeze.done" : "sites.freeze.unchanged", frozen.version()));
		return "redirect:" + BASE + "/assessments/" + id;
	}

	record AssessmentLink(String id, String title, String href, String updated) {
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("assessments",
				repository.assessments()
					.stream()
					.map(a -> new AssessmentLink(a.id(), a.title(), BASE + "/assessments/" + a.id(),
							formats.dateTime(a.updatedAt(), ZoneId.of("Europe/Vilnius"))))
					.toList());
		return "sites/list";
	}

	record Row(String slug, int rank, String name, String status, String score, String topsis, String topsisRank,
			List<String> notes) {
	}

	record OutRow(String slug, String name, List<String> reasons) {
	}

	record WeightRow(String code, String label, String weight) {
	}

	record SwapRow(String places, String sites, String change) {
	}

	record OddsRow(String slug, String name, String chance, String places) {
	}

	record Ranking(String id, String title, boolean illustrative, int compared, List<Row> rows, List<OutRow> out,
			List<WeightRow> weights, List<SwapRow> swaps, List<OddsRow> odds, String drawsCaption) {
	}

	@GetMapping(BASE + "/assessments/{id}")
	String ranking(@PathVariable String id, Model model, Authentication who) {
		SiteAssessments.Evaluation evaluation = evaluation(id);
		Locale locale = LocaleContextHolder.getLocale();
		List<Row> rows = new ArrayList<>();
		List<OutRow> out = new ArrayList<>();
		List<SwapRow> swaps = new ArrayList<>();
		List<OddsRow> odds = new ArrayList<>();
		Scoring.Scores scores = evaluation.scores();
		if (scores != null) {
			for (Scoring.Ranked ranked : scores.ranking()) {
				Site site = evaluation.sites().get(ranked.candidate().id());
				rows.add(new Row(site.slug(), ranked.rank(), site.name(), t(site.status().label()),
						number(ranked.score(), 3, locale),
						ranked.topsis() == null ? t("sites.ranking.noTopsis") : number(ranked.topsis(), 3, locale),
						ranked.topsisRank() == null ? "" : String.valueOf(ranked.topsisRank()),
						notes(evaluation, site, ranked, locale)));
			}
			for (Scoring.Out o : scores.out()) {
				Site site = evaluation.sites().get(o.candidate().id());
				out.add(new OutRow(site.slug(), site.name(), reasons(evaluation, o, locale)));
			}
			for (Sensitivity.Swap swap : evaluation.swaps()) {
				String upper = evaluation.sites()
					.get(scores.ranking().get(swap.position() - 1).candidate().id())
					.name();
				String lower = evaluation.sites().get(scores.ranking().get(swap.position()).candidate().id()).name();
				swaps.add(new SwapRow(t("sites.sensitivity.placesValue", swap.position(), swap.position() + 1),
						t("sites.sensitivity.pairValue", upper, lower),
						swap.possible()
								? t("sites.sensitivity.swap", evaluation.criterion(swap.criterion()).label(locale),
										percent(swap.from(), locale), percent(swap.to(), locale))
								: t("sites.sensitivity.noSwap")));
			}
			for (Sensitivity.Odds o : evaluation.odds()) {
				Site site = evaluation.sites().get(o.id());
				odds.add(new OddsRow(site.slug(), site.name(), percent(o.chanceFirst(), locale),
						o.bestRank() == o.worstRank() ? String.valueOf(o.bestRank())
								: t("sites.sensitivity.rangeValue", o.bestRank(), o.worstRank())));
			}
		}
		List<WeightRow> weights = evaluation.criteria()
			.stream()
			.filter(c -> evaluation.weight(c.code()) > 0)
			.map(c -> new WeightRow(c.code(), c.label(locale), percent(evaluation.weight(c.code()), locale)))
			.toList();
		boolean illustrative = evaluation.sites().values().stream().anyMatch(Site::illustrative);
		model.addAttribute("ranking",
				new Ranking(id, evaluation.assessment().title(), illustrative, rows.size() + out.size(), rows, out,
						weights, swaps, odds,
						t("sites.sensitivity.draws.caption", Sensitivity.DRAWS, percent(Sensitivity.SPREAD, locale))));
		model.addAttribute("siteOptions", siteOptions(evaluation));
		model.addAttribute("versions", versions(id));
		model.addAttribute("mayChange", mayChange(who));
		return "sites/ranking";
	}

	/** Which hard limits keep a site out, in words. */
	private static List<String> reasons(SiteAssessments.Evaluation evaluation, Scoring.Out out, Locale locale) {
		return out.failures().stream().map(f -> {
			SiteCriterion criterion = evaluation.criterion(f.criterion());
			String key = criterion.direction() == Criterion.Direction.MORE_IS_BETTER ? "sites.out.below"
					: "sites.out.above";
			return t(key, criterion.label(locale), amount(criterion, f.value(), locale),
					amount(criterion, f.limit(), locale));
		}).toList();
	}

	record ChartRow(String code, String label, String value, String normalised, String weight) {
	}

	/**
	 * @param svg the chart, or null when the site is not ranked ({@code out} says why
	 * when a hard limit keeps it out)
	 */
	record ChartPage(String id, String slug, String name, boolean illustrative, String place, List<String> out,
			String svg, List<ChartRow> rows) {
	}

	/** One site's chart in an assessment, with the same figures as a table beside it. */
	@GetMapping(BASE + "/assessments/{id}/sites/{slug}")
	String chart(@PathVariable String id, @PathVariable String slug, Model model) {
		SiteAssessments.Evaluation evaluation = evaluation(id);
		Site site = evaluation.sites().get(slug);
		if (site == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Locale locale = LocaleContextHolder.getLocale();
		Scoring.Scores scores = evaluation.scores();
		List<ChartRow> rows = new ArrayList<>();
		List<SiteChart.Bar> bars = new ArrayList<>();
		List<String> out = List.of();
		String place = null;
		if (scores != null) {
			for (int position = 0; position < scores.ranking().size(); position++) {
				Scoring.Ranked ranked = scores.ranking().get(position);
				if (!ranked.candidate().id().equals(slug)) {
					continue;
				}
				place = t("sites.chart.place", ranked.rank(), number(ranked.score(), 3, locale));
				for (int j = 0; j < scores.criteria().size(); j++) {
					if (scores.weights()[j] <= 0) {
						continue;
					}
					SiteCriterion criterion = evaluation.criterion(scores.criteria().get(j).code());
					double normalised = scores.normalised()[position][j];
					SiteAssessments.Shown shown = evaluation.values().get(slug).get(criterion.code());
					String value = shown == null ? t("sites.compare.missing") : amount(criterion, shown.value(), locale)
							+ (shown.estimate() ? " " + t("sites.chart.estimate") : "");
					String figure = Double.isNaN(normalised) ? t("sites.compare.missing")
							: number(normalised, 2, locale);
					rows.add(new ChartRow(criterion.code(), criterion.label(locale), value, figure,
							percent(scores.weights()[j], locale)));
					bars.add(new SiteChart.Bar(criterion.label(locale), Double.isNaN(normalised) ? null : normalised,
							figure));
				}
			}
			for (Scoring.Out o : scores.out()) {
				if (o.candidate().id().equals(slug)) {
					out = reasons(evaluation, o, locale);
				}
			}
		}
		String svg = bars.isEmpty() ? null
				: SiteChart.svg(t("sites.chart.title", site.name()), t("sites.chart.description"), bars, locale);
		model.addAttribute("chart", new ChartPage(id, slug, site.name(), site.illustrative(), place, out, svg, rows));
		return "sites/chart";
	}

	@GetMapping(BASE + "/assessments/{id}/ranking.{format}")
	ResponseEntity<byte[]> rankingFile(@PathVariable String id, @PathVariable String format) {
		return SiteExports.file("ranking", format, SiteExports.RANKING, SiteExports.ranking(evaluation(id)));
	}

	@GetMapping(BASE + "/assessments/{id}/compare.{format}")
	ResponseEntity<byte[]> comparisonFile(@PathVariable String id, @PathVariable String format) {
		return SiteExports.file("comparison", format, SiteExports.COMPARISON, SiteExports.comparison(evaluation(id)));
	}

	private List<String> notes(SiteAssessments.Evaluation evaluation, Site site, Scoring.Ranked ranked, Locale locale) {
		List<String> notes = new ArrayList<>();
		if (!ranked.missing().isEmpty()) {
			notes.add(t("sites.ranking.missing", labels(evaluation, ranked.missing(), locale),
					percent(ranked.coverage(), locale)));
		}
		if (!ranked.uncheckedLimits().isEmpty()) {
			notes.add(t("sites.ranking.unchecked", labels(evaluation, ranked.uncheckedLimits(), locale)));
		}
		List<String> estimated = evaluation.criteria().stream().map(SiteCriterion::code).filter(code -> {
			SiteAssessments.Shown shown = evaluation.values().get(site.slug()).get(code);
			return shown != null && shown.estimate();
		}).toList();
		if (!estimated.isEmpty()) {
			notes.add(t("sites.ranking.estimated", labels(evaluation, estimated, locale),
					number(Latency.ROUTE_FACTOR, 1, locale)));
		}
		return notes;
	}

	record Cell(String value, String source, boolean missing, boolean estimate) {
	}

	record CompareRow(String code, String label, String weight, List<Cell> cells) {
	}

	record Comparison(String id, boolean illustrative, List<String> names, List<CompareRow> rows) {
	}

	@GetMapping(BASE + "/assessments/{id}/compare")
	String compare(@PathVariable String id, @RequestParam(name = "site", required = false) List<String> chosen,
			Model model) {
		SiteAssessments.Evaluation evaluation = evaluation(id);
		Locale locale = LocaleContextHolder.getLocale();
		List<Site> sites = new ArrayList<>();
		if (chosen != null) {
			chosen.stream().distinct().map(evaluation.sites()::get).filter(s -> s != null).forEach(sites::add);
		}
		if (sites.isEmpty()) {
			// The three best ranked, else any three: the page is never empty.
			List<String> order = evaluation.scores() == null ? List.copyOf(evaluation.sites().keySet())
					: evaluation.scores().ranking().stream().map(r -> r.candidate().id()).toList();
			order.stream().limit(3).map(evaluation.sites()::get).forEach(sites::add);
		}
		List<CompareRow> rows = new ArrayList<>();
		for (SiteCriterion criterion : evaluation.catalogue()) {
			List<Cell> cells = new ArrayList<>();
			boolean any = false;
			for (Site site : sites) {
				SiteAssessments.Shown shown = evaluation.values().get(site.slug()).get(criterion.code());
				if (shown == null) {
					cells.add(new Cell(t("sites.compare.missing"), null, true, false));
				}
				else {
					any = true;
					String source = shown.estimate()
							? t("sites.compare.estimateSource", number(Latency.ROUTE_FACTOR, 1, locale))
							: shown.entered().source();
					cells.add(new Cell(amount(criterion, shown.value(), locale), source, false, shown.estimate()));
				}
			}
			if (any || evaluation.weight(criterion.code()) > 0) {
				rows.add(new CompareRow(criterion.code(), criterion.label(locale),
						percent(evaluation.weight(criterion.code()), locale), cells));
			}
		}
		model.addAttribute("comparison", new Comparison(id, sites.stream().anyMatch(Site::illustrative),
				sites.stream().map(Site::name).toList(), rows));
		model.addAttribute("siteOptions", siteOptions(evaluation));
		model.addAttribute("chosen", sites.stream().map(Site::slug).toList());
		return "sites/compare";
	}

	record WeightField(String name, String label, String value) {
	}

	record PairField(String name, String label, String selected) {
	}

	record WeightsPage(String id, List<WeightField> fields, List<PairField> pairs, List<Option> scale) {
	}

	@GetMapping(BASE + "/assessments/{id}/weights")
	String weights(@PathVariable String id, Model model, Authentication who) {
		SiteAssessments.Evaluation evaluation = evaluation(id);
		model.addAttribute("page", weightsPage(evaluation, Map.of()));
		model.addAttribute("mayChange", mayChange(who));
		return "sites/weights";
	}

	@PostMapping(BASE + "/assessments/{id}/weights")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String saveWeights(@PathVariable String id, @RequestParam Map<String, String> form, Model model, Authentication who,
			RedirectAttributes redirect) {
		SiteAssessments.Evaluation evaluation = evaluation(id);
		FieldErrors errors = FieldErrors.none();
		Map<String, Double> weights = new LinkedHashMap<>();
		for (SiteCriterion criterion : evaluation.catalogue()) {
			String field = "weight-" + criterion.code();
			String typed = form.getOrDefault(field, "").strip().replace(',', '.').replace("%", "");
			if (typed.isEmpty()) {
				continue;
			}
			try {
				double weight = Double.parseDouble(typed);
				if (!Double.isFinite(weight) || weight < 0) {
					throw new NumberFormatException(typed);
				}
				weights.put(criterion.code(), weight);
			}
			catch (NumberFormatException notANumber) {
				errors.add(field, t("sites.error.weight", criterion.label(LocaleContextHolder.getLocale())));
			}
		}
		if (errors.isEmpty() && weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
			errors.add("weight-" + evaluation.catalogue().get(0).code(), t("sites.error.weights.none"));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("page", weightsPage(evaluation, form));
			model.addAttribute("errors", errors);
			return "sites/weights";
		}
		assessments.weigh(id, weights, who.getName());
		redirect.addFlashAttribute("saved", t("sites.weights.saved"));
		return "redirect:" + BASE + "/assessments/" + id;
	}

	@PostMapping(BASE + "/assessments/{id}/weights/pairwise")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String derive(@PathVariable String id, @RequestParam Map<String, String> form, Model model, Authentication who,
			RedirectAttributes redirect) {
		SiteAssessments.Evaluation evaluation = evaluation(id);
		List<SiteCriterion> weighted = weighted(evaluation);
		int n = weighted.size();
		FieldErrors errors = FieldErrors.none();
		double[][] matrix = new double[n][n];
		for (int i = 0; i < n; i++) {
			matrix[i][i] = 1;
			for (int j = i + 1; j < n; j++) {
				String field = pairField(i, j);
				Double judgement = judgement(form.get(field));
				if (judgement == null) {
					errors.add(field, t("sites.error.pair"));
					continue;
				}
				matrix[i][j] = judgement;
				matrix[j][i] = 1 / judgement;
			}
		}
		if (n < 2) {
			errors.addGlobal(t("sites.weights.pairwise.tooFew"));
		}
		Ahp.Result result = null;
		if (errors.isEmpty()) {
			try {
				result = Ahp.weigh(matrix);
			}
			catch (Ahp.Inconsistent refused) {
				errors.add(pairField(refused.result().worstRow(), refused.result().worstColumn()),
						t("sites.error.inconsistent",
								number(refused.result().consistencyRatio(), 2, LocaleContextHolder.getLocale())));
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("page", weightsPage(evaluation, form));
			model.addAttribute("pairErrors", errors);
			return "sites/weights";
		}
		Map<String, Double> weights = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			weights.put(weighted.get(i).code(), result.weights()[i]);
		}
		assessments.weigh(id, weights, who.getName());
		redirect.addFlashAttribute("saved",
				t("sites.weights.derived", number(result.consistencyRatio(), 3, LocaleContextHolder.getLocale())));
		return "redirect:" + BASE + "/assessments/" + id;
	}

	private WeightsPage weightsPage(SiteAssessments.Evaluation evaluation, Map<String, String> typed) {
		Locale locale = LocaleContextHolder.getLocale();
		List<WeightField> fields = evaluation.catalogue().stream().map(c -> {
			String name = "weight-" + c.code();
			String value = typed.containsKey(name) ? typed.get(name)
					: evaluation.weight(c.code()) > 0 ? number(evaluation.weight(c.code()) * 100, 1, Locale.ROOT) : "";
			return new WeightField(name, c.label(locale), value);
		}).toList();
		List<SiteCriterion> weighted = weighted(evaluation);
		List<PairField> pairs = new ArrayList<>();
		for (int i = 0; i < weighted.size(); i++) {
			for (int j = i + 1; j < weighted.size(); j++) {
				String name = pairField(i, j);
				pairs.add(new PairField(name,
						t("sites.weights.pairwise.pair", weighted.get(i).label(locale), weighted.get(j).label(locale)),
						typed.getOrDefault(name, nearestJudgement(evaluation.weight(weighted.get(i).code())
								/ evaluation.weight(weighted.get(j).code())))));
			}
		}
		List<Option> scale = SCALE.stream()
			.map(value -> new Option(value, t("sites.scale." + value.replace('/', '-'))))
			.toList();
		return new WeightsPage(evaluation.id(), fields, pairs, scale);
	}

	/**
	 * The scale's judgement nearest the ratio of the current weights: a starting point.
	 */
	private static String nearestJudgement(double ratio) {
		String nearest = "1";
		double distance = Double.POSITIVE_INFINITY;
		for (String value : SCALE) {
			double d = Math.abs(Math.log(judgement(value)) - Math.log(ratio));
			if (d < distance) {
				distance = d;
				nearest = value;
			}
		}
		return nearest;
	}

	private static Double judgement(String value) {
		if (value == null || !SCALE.contains(value)) {
			return null;
		}
		return value.startsWith("1/") ? 1.0 / Integer.parseInt(value.substring(2)) : Double.parseDouble(value);
	}

	private static String pairField(int i, int j) {
		return "pair-" + i + "-" + j;
	}

	/**
	 * The criteria a pairwise comparison covers: those weighted now, up to AHP's limit.
	 */
	private static List<SiteCriterion> weighted(SiteAssessments.Evaluation evaluation) {
		return evaluation.criteria().stream().filter(c -> evaluation.weight(c.code()) > 0).limit(Ahp.MAX_SIZE).toList();
	}

	private SiteAssessments.Evaluation evaluation(String id) {
		return assessments.evaluate(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static List<Option> siteOptions(SiteAssessments.Evaluation evaluation) {
		return evaluation.sites().values().stream().map(s -> new Option(s.slug(), s.name())).toList();
	}

	private static String labels(SiteAssessments.Evaluation evaluation, List<String> codes, Locale locale) {
		return String.join(", ", codes.stream().map(code -> evaluation.criterion(code).label(locale)).toList());
	}

	static String amount(SiteCriterion criterion, double value, Locale locale) {
		return number(value, 2, locale) + " " + t(criterion.unitLabel());
	}

	static String percent(double share, Locale locale) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	static String number(double value, int maximumFractionDigits, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(maximumFractionDigits);
		return format.format(value);
	}

}
