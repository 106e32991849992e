package eu.balticaigf.portal.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.balticaigf.portal.application.ApplicationQuery;
import eu.balticaigf.portal.application.ApplicationRow;
import eu.balticaigf.portal.application.ApplicationSearch;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;

/**
 * The filtered list of applications for review (pages, API, exports): the application
 * module finds and orders the applications ({@link ApplicationSearch}); the review adds
 * what is its own (who is assigned, the scores) and filters on it by passing ids: those
 * assigned to a reviewer, those hidden from them by their conflicts of interest.
 */
@Component
class ReviewQueue {

	/**
	 * Filters; blank or null means "any". {@code assignedTo} keeps the applications
	 * assigned to that reviewer; {@code hidden} are ids the reader must not see (their
	 * conflicts of interest).
	 */
	record Filter(String call, String stage, String country, String category, String size, String area,
			Boolean investmentIntent, String q, String assignedTo, Set<Long> hidden) {

		Filter(String call, String stage, String country, String category, String size, String area,
				Boolean investmentIntent, String q) {
			this(call, stage, country, category, size, area, investmentIntent, q, null, Set.of());
		}

		static Filter none() {
			return new Filter(null, null, null, null, null, null, null, null);
		}

		/**
		 * The filters that are set, by name, for the audit log (not the hidden ids: they
		 * name conflicts).
		 */
		Map<String, Object> described() {
			Map<String, Object> set = new LinkedHashMap<>();
			String[] names = { "call", "stage", "country", "category", "size", "area", "investmentIntent", "q",
					"assignedTo" };
			Object[] values = { call, stage, country, category, size, area, investmentIntent, q, assignedTo };
			for (int i = 0; i < names.length; i++) {
				if (values[i] != null && !values[i].toString().isBlank()) {
					set.put(names[i], values[i]);
				}
			}
			return set;
		}

		Filter anyStage() {
			return new Filter(call, null, country, category, size, area, investmentIntent, q, assignedTo, hidden);
		}

	}

	record Row(long id, String reference, String call, String stage, String organisationName, String country,
			String registryCode, String category, String size, List<String> contributionAreas, Long investmentIntentEur,
			Long computeDemandGpuHours, String language, Instant submittedAt, Instant decidedAt, List<String> reviewers,
			Scoreboard.Summary scores, Map<String, Object> answers) {

	}

	record Page(List<Row> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	static final String SCORE = "score";

	static final Map<String, ApplicationSearch.Order> SORTS = Map.of("submitted", ApplicationSearch.Order.SUBMITTED,
			"organisation", ApplicationSearch.Order.ORGANISATION, "reference", ApplicationSearch.Order.REFERENCE,
			"stage", ApplicationSearch.Order.STATUS, "country", ApplicationSearch.Order.COUNTRY);

	private final JdbcClient jdbc;

	private final ApplicationSearch search;

	private final Calls calls;

	private final Scoring scoring;

	ReviewQueue(JdbcClient jdbc, ApplicationSearch search, Calls calls, Scoring scoring) {
		this.jdbc = jdbc;
		this.search = search;
		this.calls = calls;
		this.scoring = scoring;
	}

	/**
	 * One page in the chosen order; names sort alphabetically in the {@code reader}'s
	 * language.
	 */
	Page page(Filter filter, String sort, boolean descending, int page, int size, Locale reader) {
		if (SCORE.equals(sort)) {
			return byScore(filter, descending, page, size);
		}
		Optional<ApplicationQuery> query = query(filter);
		if (query.isEmpty()) {
			return new Page(List.of(), 0, Math.max(1, page), size);
		}
		ApplicationSearch.Order order = SORTS.getOrDefault(sort == null ? "" : sort, ApplicationSearch.Order.SUBMITTED);
		List<ApplicationRow> rows = search.find(query.get(), order, descending, reader, Math.max(0, page - 1) * size,
				size);
		return new Page(rows(rows), search.count(query.get()), Math.max(1, page), size);
	}

	/**
	 * Sorted by the mean of the weighted averages, unscored last either way. Scores are
	 * the review's and summed up in Java (the rubric weighs them), so this reads every
	 * matching row and pages in memory: a call has hundreds to a few thousand
	 * applications, a few milliseconds' work, and no database query could order by a
	 * figure it does not hold.
	 */
	private Page byScore(Filter filter, boolean descending, int page, int size) {
		Comparator<BigDecimal> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		List<Row> sorted = all(filter).stream()
			.sorted(Comparator.comparing((Row row) -> row.scores().meanWeightedAverage(), Comparator.nullsLast(order)))
			.toList();
		int from = Math.min(sorted.size(), Math.max(0, page - 1) * size);
		return new Page(sorted.subList(from, Math.min(sorted.size(), from + size)), sorted.size(), Math.max(1, page),
				size);
	}

	/** Every row matching, oldest submission first, for exports and bulk actions. */
	List<Row> all(Filter filter) {
		return query(filter).map(query -> rows(search.findAll(query))).orElse(List.of());
	}

	/**
	 * Counts per stage under the same filter, stage ignored (so the tabs show what each
	 * stage would list).
	 */
	Map<String, Long> countsByStage(Filter filter) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status.name(), 0L);
		}
		query(filter.anyStage())
			.ifPresent(query -> search.countByStatus(query).forEach((status, n) -> counts.put(status.name(), n)));
		return counts;
	}

	/**
	 * The countries applications came from (ISO codes), for the country filter's choices.
	 */
	List<String> countries() {
		return search.countries();
	}

	/**
	 * The application module's query for this filter, or none when nothing can match (a
	 * call or stage that does not exist).
	 */
	private Optional<ApplicationQuery> query(Filter f) {
		ApplicationQuery query = ApplicationQuery.all();
		if (set(f.call())) {
			Optional<Call> call = calls.find(f.call().strip());
			if (call.isEmpty()) {
				return Optional.empty();
			}
			query = query.inCall(call.get().id());
		}
		if (set(f.stage())) {
			Optional<ApplicationStatus> status = ApplicationStatus.parse(f.stage().strip());
			if (status.isEmpty()) {
				return Optional.empty();
			}
			query = query.withStatus(status.get());
		}
		query = query.fromCountry(f.country())
			.inCategory(f.category())
			.ofSize(f.size())
			.contributingTo(f.area())
			.withInvestmentIntent(f.investmentIntent())
			.containing(f.q());
		if (set(f.assignedTo())) {
			query = query.among(jdbc.sql("SELECT application_id FROM review_assignment WHERE reviewer = ?")
				.param(f.assignedTo().strip())
				.query(Long.class)
				.list());
		}
		return Optional.of(query.excluding(f.hidden()));
	}

	private static boolean set(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * The application module's rows with the call's slug, the reviewers and the scores.
	 */
	private List<Row> rows(List<ApplicationRow> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, String> slugs = calls.all().stream().collect(Collectors.toMap(Call::id, Call::slug));
		Map<Long, Long> callOf = found.stream().collect(Collectors.toMap(ApplicationRow::id, ApplicationRow::callId));
		Map<Long, Scoreboard.Summary> summaries = scoring.summaries(callOf);
		Map<Long, List<String>> reviewers = reviewers(callOf.keySet());
		return found.stream()
			.map(row -> new Row(row.id(), row.reference(), slugs.getOrDefault(row.callId(), ""), row.status().name(),
					row.organisationName(), row.country(), row.registryCode(), row.category(), row.size(),
					row.contributionAreas(), row.investmentIntentEur(), row.computeDemandGpuHours(), row.language(),
					row.submittedAt(), row.decidedAt(), reviewers.getOrDefault(row.id(), List.of()),
					summaries.getOrDefault(row.id(), Scoreboard.Summary.NONE), row.answers()))
			.toList();
	}

	/** Who is assigned each of these applications, by e-mail in alphabetical order. */
	private Map<Long, List<String>> reviewers(Set<Long> applicationIds) {
		Map<Long, List<String>> reviewers = new HashMap<>();
		jdbc.sql("""
				SELECT application_id, reviewer FROM review_assignment WHERE application_id = ANY (:ids)
				ORDER BY reviewer""").param("ids", applicationIds.toArray(Long[]::new)).query(rs -> {
			reviewers.computeIfAbsent(rs.getLong("application_id"), id -> new java.util.ArrayList<>())
				.add(rs.getString("reviewer"));
		});
		return reviewers;
	}

}
