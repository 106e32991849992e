package eu.balticaigf.portal.sites;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.balticaigf.portal.audit.AuditLog;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments: the catalogue, the sites still compared (all but withdrawn ones) and the
 * assessment's weights, scored and tested for fragility.
 */
@Service
class SiteAssessments {

	private final SiteRepository repository;

	private final Clock clock;

	private final ObjectMapper json;

	private final AuditLog audit;

	SiteAssessments(SiteRepository repository, Clock clock, ObjectMapper json, AuditLog audit) {
		this.repository = repository;
		this.clock = clock;
		this.json = json;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Optional<Evaluation> evaluate(String id) {
		return repository.assessment(id).map(this::evaluate);
	}

	private Evaluation evaluate(SiteRepository.AssessmentRow assessment) {
		List<SiteCriterion> catalogue = repository.criteria();
		// A criterion counts when it weighs something or sets a hard limit.
		List<SiteCriterion> criteria = catalogue.stream()
			.filter(c -> assessment.weights().getOrDefault(c.code(), 0.0) > 0 || c.limit() != null)
			.toList();
		double[] weights = criteria.stream()
			.mapToDouble(c -> assessment.weights().getOrDefault(c.code(), 0.0))
			.toArray();
		List<Site> sites = repository.sites().stream().filter(site -> site.status() != SiteStatus.WITHDRAWN).toList();
		Map<Long, Map<String, SiteValue>> entered = repository.values();
		Map<String, Map<String, Shown>> shown = new LinkedHashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (Site site : sites) {
			Map<String, Shown> values = shown(site, catalogue, entered.getOrDefault(site.id(), Map.of()));
			shown.put(site.slug(), values);
			Map<String, Double> forScoring = new HashMap<>();
			values.forEach((code, value) -> forScoring.put(code, value.value()));
			candidates.add(new Candidate(site.slug(), forScoring));
		}
		boolean weighted = weights.length > 0 && java.util.Arrays.stream(weights).sum() > 0;
		Scoring.Scores scores = weighted
				? Scoring.assess(criteria.stream().map(SiteCriterion::forScoring).toList(), weights, candidates) : null;
		Map<String, Site> bySlug = new LinkedHashMap<>();
		sites.forEach(site -> bySlug.put(site.slug(), site));
		return new Evaluation(assessment, catalogue, criteria, bySlug, shown, scores,
				scores == null ? List.of() : Sensitivity.swaps(scores),
				scores == null ? List.of() : Sensitivity.draws(scores));
	}

	/**
	 * Sets the assessment's weights (by criterion code; the others weigh nothing).
	 * @throws IllegalArgumentException naming an unknown criterion or a weight below zero
	 */
	@Transactional
	void weigh(String id, Map<String, Double> weights, String by) {
		Set<String> known = new HashSet<>();
		repository.criteria().forEach(c -> known.add(c.code()));
		weights.forEach((code, weight) -> {
			if (!known.contains(code) || weight == null || !Double.isFinite(weight) || weight < 0) {
				throw new IllegalArgumentException("Not a weight: " + code + " = " + weight);
			}
		});
		repository.putWeights(id, weights, by, clock.instant());
	}

	/**
	 * Freezes the assessment as it is now (weights, every value with its source, the
	 * results) as its next version, for the dossier. Nothing changed since the latest
	 * version (a second click, a second tab): no new version, the latest is answered.
	 */
	@Transactional
	Frozen freeze(String id, String by) {
		repository.lock(id);
		Evaluation evaluation = evaluate(id).orElseThrow();
		String snapshot = json.writeValueAsString(snapshot(evaluation));
		Optional<String> latest = repository.latestSnapshot(id);
		if (latest.isPresent() && json.readTree(latest.get()).equals(json.readTree(snapshot))) {
			return new Frozen(repository.versions(id).get(0).version(), false);
		}
		int version = repository.insertVersion(id, by, clock.instant(), snapshot);
		audit.record(by, "site-assessment.frozen", AuditLog.Target.of("site-assessment", id), null,
				Map.of("version", version));
		return new Frozen(version, true);
	}

	/**
	 * @param created false when nothing had changed since that version
	 */
	record Frozen(int version, boolean created) {
	}

	/** What a frozen version keeps: the assessment as the API gives it and its values. */
	record Snapshot(SitesApi.Assessment assessment, Map<String, Map<String, FrozenValue>> values) {
	}

	/**
	 * @param estimate true for a latency estimated from distance (no source then)
	 */
	record FrozenValue(double value, String source, java.time.LocalDate measuredOn, String enteredBy,
			boolean estimate) {
	}

	private static Snapshot snapshot(Evaluation evaluation) {
		Map<String, Map<String, FrozenValue>> values = new LinkedHashMap<>();
		evaluation.values().forEach((site, byCriterion) -> {
			Map<String, FrozenValue> frozen = new LinkedHashMap<>();
			byCriterion.forEach((code, shown) -> frozen.put(code,
					shown.estimate() ? new FrozenValue(shown.value(), null, null, null, true)
							: new FrozenValue(shown.value(), shown.entered().source(), shown.entered().measuredOn(),
									shown.entered().enteredBy(), false)));
			values.put(site, frozen);
		});
		return new Snapshot(SitesApi.describe(evaluation), values);
	}

	/**
	 * A site's values by criterion code: those entered, and for a latency criterion
	 * without one an estimate from the distance to its hub (where the site is located).
	 */
	static Map<String, Shown> shown(Site site, List<SiteCriterion> catalogue, Map<String, SiteValue> entered) {
		Map<String, Shown> values = new LinkedHashMap<>();
		for (SiteCriterion criterion : catalogue) {
			SiteValue value = entered.get(criterion.code());
			if (value != null) {
				values.put(criterion.code(), new Shown(value.value(), false, value));
			}
			else if (criterion.latency() && site.located()) {
				values.put(criterion.code(), new Shown(Latency.estimateMs(site.latitude(), site.longitude(),
						criterion.hubLatitude(), criterion.hubLongitude()), true, null));
			}
		}
		return values;
	}

	/** A value as the pages show it: entered, or estimated (latency from distance). */
	record Shown(double value, boolean estimate, SiteValue entered) {
	}

	/**
	 * One assessment worked out.
	 *
	 * @param catalogue every criterion
	 * @param criteria those that count (weighted or with a hard limit), in catalogue
	 * order, the order of {@code scores}
	 * @param sites the sites compared, by slug
	 * @param values by site slug and criterion code
	 * @param scores null while no criterion has a weight
	 */
	record Evaluation(SiteRepository.AssessmentRow assessment, List<SiteCriterion> catalogue,
			List<SiteCriterion> criteria, Map<String, Site> sites, Map<String, Map<String, Shown>> values,
			Scoring.Scores scores, List<Sensitivity.Swap> swaps, List<Sensitivity.Odds> odds) {

		String id() {
			return assessment.id();
		}

		Instant updatedAt() {
			return assessment.updatedAt();
		}

		double weight(String criterion) {
			if (scores == null) {
				return 0;
			}
			for (int j = 0; j < criteria.size(); j++) {
				if (criteria.get(j).code().equals(criterion)) {
					return scores.weights()[j];
				}
			}
			return 0;
		}

		SiteCriterion criterion(String code) {
			return catalogue.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
		}

	}

}
