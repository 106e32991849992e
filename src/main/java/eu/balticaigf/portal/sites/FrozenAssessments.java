package eu.balticaigf.portal.sites;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * An assessment's latest frozen version as other modules may read it (the dossier): the
 * weights, the ranking, the sites out on a hard limit and the sensitivity, exactly as
 * frozen; only the criteria's names and units are read from the catalogue in the language
 * asked for.
 */
@Service
public class FrozenAssessments {

	public record Weight(String criterion, String label, double weight) {
	}

	public record Ranked(String site, String name, int rank, double score, double coverage, Double topsis,
			Integer topsisRank) {
	}

	/** A site out of the ranking: the hard limit it fails, its value and the limit. */
	public record Failure(String site, String name, String criterion, String unit, double value, double limit) {
	}

	/**
	 * Two neighbours in the ranking and the one weight that swaps them; criterion null
	 * when no single weight does.
	 */
	public record Swap(String upper, String lower, String criterion, Double from, Double to) {
	}

	public record Odds(String site, String name, double chanceFirst, int bestRank, int worstRank) {
	}

	public record Frozen(String id, String title, int version, Instant frozenAt, String frozenBy, List<Weight> weights,
			List<Ranked> ranking, List<Failure> failures, List<Swap> swaps, List<Odds> odds, int draws, double spread) {
	}

	private final SiteRepository repository;

	private final ObjectMapper json;

	private final MessageSource messages;

	FrozenAssessments(SiteRepository repository, ObjectMapper json, MessageSource messages) {
		this.repository = repository;
		this.json = json;
		this.messages = messages;
	}

	/** The latest frozen version of the assessment, or empty before its first freeze. */
	public Optional<Frozen> latest(String assessmentId, Locale locale) {
		List<SiteRepository.VersionRow> versions = repository.versions(assessmentId);
		if (versions.isEmpty()) {
			return Optional.empty();
		}
		SiteRepository.VersionRow version = versions.get(0);
		return repository.snapshot(assessmentId, version.version()).map(text -> {
			SitesApi.Assessment frozen = json.readValue(text, SiteAssessments.Snapshot.class).assessment();
			Map<String, SiteCriterion> catalogue = repository.criteria()
				.stream()
				.collect(Collectors.toMap(SiteCriterion::code, Function.identity()));
			Function<String, String> label = code -> catalogue.containsKey(code) ? catalogue.get(code).label(locale)
					: code;
			Map<String, String> names = new java.util.HashMap<>();
			frozen.ranking().forEach(r -> names.put(r.site(), r.name()));
			frozen.out().forEach(o -> names.put(o.site(), o.name()));
			return new Frozen(frozen.id(), frozen.title(), version.version(), version.frozenAt(), version.frozenBy(),
					frozen.weights()
						.entrySet()
						.stream()
						.map(w -> new Weight(w.getKey(), label.apply(w.getKey()), w.getValue()))
						.toList(),
					frozen.ranking()
						.stream()
						.map(r -> new Ranked(r.site(), r.name(), r.rank(), r.score(), r.coverage(), r.topsis(),
								r.topsisRank()))
						.toList(),
					frozen.out()
						.stream()
						.flatMap(o -> o.failures()
							.stream()
							.map(f -> new Failure(o.site(), o.name(), label.apply(f.criterion()),
									unit(catalogue.get(f.criterion()), locale), f.value(), f.limit())))
						.toList(),
					frozen.sensitivity()
						.swaps()
						.stream()
						.map(s -> new Swap(names.getOrDefault(s.upper(), s.upper()),
								names.getOrDefault(s.lower(), s.lower()),
								s.criterion() == null ? null : label.apply(s.criterion()), s.from(), s.to()))
						.toList(),
					frozen.sensitivity()
						.sites()
						.stream()
						.map(o -> new Odds(o.site(), names.getOrDefault(o.site(), o.site()), o.chanceFirst(),
								o.bestRank(), o.worstRank()))
						.toList(),
					frozen.sensitivity().draws(), frozen.sensitivity().spread());
		});
	}

	private String unit(SiteCriterion criterion, Locale locale) {
		return criterion == null ? "" : messages.getMessage(criterion.unitLabel(), null, "", locale);
	}

}
