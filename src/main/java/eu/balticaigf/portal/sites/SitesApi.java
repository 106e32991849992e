package eu.balticaigf.portal.sites;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Weights from a pairwise matrix, and an assessment's ranking, scores, TOPSIS and
 * sensitivity, for integrations with a staff token. Refusals are RFC 9457 problems.
 */
@RestController
class SitesApi {

	private final SiteAssessments assessments;

	private final SiteRepository repository;

	SitesApi(SiteAssessments assessments, SiteRepository repository) {
		this.assessments = assessments;
		this.repository = repository;
	}

	record WeightsRequest(List<List<Double>> matrix) {
	}

	record WeightsAnswer(List<Double> weights, double consistencyRatio) {
	}

	@PostMapping("/api/v1/sites/weights")
	WeightsAnswer weights(@RequestBody WeightsRequest request) {
		if (request == null || request.matrix() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Send {\"matrix\": [[…]]}: a square matrix of pairwise comparisons.");
		}
		double[][] matrix = new double[request.matrix().size()][];
		for (int i = 0; i < matrix.length; i++) {
			List<Double> row = request.matrix().get(i);
			if (row == null || row.contains(null)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Row " + (i + 1) + " has an empty cell.");
			}
			matrix[i] = row.stream().mapToDouble(Double::doubleValue).toArray();
		}
		Ahp.Result result = Ahp.weigh(matrix);
		return new WeightsAnswer(java.util.Arrays.stream(result.weights()).boxed().toList(), result.consistencyRatio());
	}

	@ExceptionHandler(Ahp.Inconsistent.class)
	ProblemDetail inconsistent(Ahp.Inconsistent refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
		problem.setTitle("Inconsistent comparisons");
		problem.setType(URI.create("urn:problem:sites:inconsistent-matrix"));
		problem.setProperty("consistencyRatio", refused.result().consistencyRatio());
		// Rows and columns counted from 1, as a person reads the matrix.
		problem.setProperty("pair", List.of(refused.result().worstRow() + 1, refused.result().worstColumn() + 1));
		return problem;
	}

	@ExceptionHandler(Ahp.NotAComparisonMatrix.class)
	ProblemDetail notAComparisonMatrix(Ahp.NotAComparisonMatrix refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
		problem.setTitle("Not a pairwise comparison matrix");
		problem.setType(URI.create("urn:problem:sites:not-a-comparison-matrix"));
		return problem;
	}

	record Assessment(String id, String title, Instant updatedAt, Map<String, Double> weights, List<Ranked> ranking,
			List<Out> out, SensitivityFigures sensitivity) {
	}

	/**
	 * @param missing criteria without a value (scored on the others, never as zero)
	 * @param estimated criteria whose value is an estimate (latency from distance)
	 */
	record Ranked(String site, String name, int rank, double score, double coverage, Double topsis, Integer topsisRank,
			List<String> missing, List<String> uncheckedLimits, List<String> estimated, boolean illustrative) {
	}

	record Out(String site, String name, List<Failure> failures, List<String> missing, boolean illustrative) {
	}

	record Failure(String criterion, double value, double limit) {
	}

	record SensitivityFigures(List<Swap> swaps, int draws, long seed, double spread, List<Odds> sites) {
	}

	/** {@code criterion} null: no single weight swaps the two. */
	record Swap(String upper, String lower, String criterion, Double from, Double to) {
	}

	record Odds(String site, double chanceFirst, int bestRank, int worstRank) {
	}

	@GetMapping("/api/v1/sites/assessments/{id}")
	Assessment assessment(@PathVariable String id) {
		return describe(assessments.evaluate(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No assessment " + id + ".")));
	}

	/**
	 * A frozen version as it was kept: the assessment, its values with their sources.
	 */
	@GetMapping(value = "/api/v1/sites/assessments/{id}/versions/{version}",
			produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	String version(@PathVariable String id, @PathVariable int version) {
		return repository.snapshot(id, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Assessment " + id + " has no version " + version + "."));
	}

	/** An assessment as the API gives it, and as a frozen version keeps it. */
	static Assessment describe(SiteAssessments.Evaluation evaluation) {
		String id = evaluation.id();
		Map<String, Double> weights = new LinkedHashMap<>();
		evaluation.criteria().forEach(c -> weights.put(c.code(), evaluation.weight(c.code())));
		Scoring.Scores scores = evaluation.scores();
		if (scores == null) {
			return new Assessment(id, evaluation.assessment().title(), evaluation.updatedAt(), weights, List.of(),
					List.of(), new SensitivityFigures(List.of(), 0, Sensitivity.SEED, Sensitivity.SPREAD, List.of()));
		}
		List<Ranked> ranking = scores.ranking().stream().map(r -> {
			Site site = evaluation.sites().get(r.candidate().id());
			return new Ranked(site.slug(), site.name(), r.rank(), r.score(), r.coverage(), r.topsis(), r.topsisRank(),
					r.missing(), r.uncheckedLimits(), estimated(evaluation, site), site.illustrative());
		}).toList();
		List<Out> out = scores.out().stream().map(o -> {
			Site site = evaluation.sites().get(o.candidate().id());
			return new Out(site.slug(), site.name(),
					o.failures().stream().map(f -> new Failure(f.criterion(), f.value(), f.limit())).toList(),
					o.missing(), site.illustrative());
		}).toList();
		List<Swap> swaps = evaluation.swaps().stream().map(s -> {
			String upper = ranking.get(s.position() - 1).site();
			String lower = ranking.get(s.position()).site();
			return s.possible() ? new Swap(upper, lower, s.criterion(), s.from(), s.to())
					: new Swap(upper, lower, null, null, null);
		}).toList();
		List<Odds> odds = evaluation.odds()
			.stream()
			.map(o -> new Odds(o.id(), o.chanceFirst(), o.bestRank(), o.worstRank()))
			.toList();
		return new Assessment(id, evaluation.assessment().title(), evaluation.updatedAt(), weights, ranking, out,
				new SensitivityFigures(swaps, Sensitivity.DRAWS, Sensitivity.SEED, Sensitivity.SPREAD, odds));
	}

	private static List<String> estimated(SiteAssessments.Evaluation evaluation, Site site) {
		return evaluation.criteria().stream().map(SiteCriterion::code).filter(code -> {
			SiteAssessments.Shown shown = evaluation.values().get(site.slug()).get(code);
			return shown != null && shown.estimate();
		}).toList();
	}

}
