package eu.balticaigf.portal.review;

import eu.balticaigf.portal.application.ApplicationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered list of applications for review (pages, API, exports). Reads the
 * application table directly, as the insights module does: its column names are a
 * published contract (V3).
 */
@Repository
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
			Scoreboard.Summary scores) {

		Row withScores(Scoreboard.Summary scores) {
			return new Row(id, reference, call, stage, organisationName, country, registryCode, category, size,
					contributionAreas, investmentIntentEur, computeDemandGpuHours, language, submittedAt, decidedAt,
					reviewers, scores);
		}

	}

	record Page(List<Row> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	static final String SCORE = "score";

	static final Map<String, String> SORTS = Map.of("submitted", "a.submitted_at", "organisation",
			"lower(a.organisation_name)", "reference", "a.reference", "stage", "a.status", "country", "a.country");

	private final JdbcClient jdbc;

	private final Scoring scoring;

	ReviewQueue(JdbcClient jdbc, Scoring scoring) {
		this.jdbc = jdbc;
		this.scoring = scoring;
	}

	Page page(Filter filter, String sort, boolean descending, int page, int size) {
		if (SCORE.equals(sort)) {
			return byScore(filter, descending, page, size);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("SELECT count(*) FROM application a JOIN call c ON c.id = a.call_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		String order = SORTS.getOrDefault(sort == null ? "" : sort, "a.submitted_at") + (descending ? " DESC" : " ASC");
		params.put("limit", size);
		params.put("offset", (long) Math.max(0, page - 1) * size);
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY " + order + ", a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
		return new Page(scored(rows), total, Math.max(1, page), size);
	}

	/**
	 * Sorted by the mean of the weighted averages, unscored last either way. Scores are
	 * summed up in Java (the rubric weighs them), so this reads every matching row: a
	 * call has hundreds of applications, not millions.
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

	/** Every row matching, for exports. */
	List<Row> all(Filter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		return scored(jdbc.sql(SELECT + where + " ORDER BY a.submitted_at, a.id")
			.params(params)
			.query((rs, n) -> map(rs))
			.list());
	}

	private List<Row> scored(List<Row> rows) {
		Map<Long, Scoreboard.Summary> summaries = scoring.summaries(rows.stream().map(Row::id).toList());
		return rows.stream()
			.map(row -> row.withScores(summaries.getOrDefault(row.id(), Scoreboard.Summary.NONE)))
			.toList();
	}

	/**
	 * Counts per stage under the same filter, stage ignored (so the tabs show what each
	 * stage would list).
	 */
	Map<String, Long> countsByStage(Filter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter.anyStage(), params);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status.name(), 0L);
		}
		jdbc.sql("SELECT a.status, count(*) AS n FROM application a JOIN call c ON c.id = a.call_id" + where
				+ " GROUP BY a.status")
			.params(params)
			.query((rs, n) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * What the search looks in: the organisation, its registry code as typed and
	 * normalised, the reference, the contact.
	 */
	private static final List<String> SEARCHED = List.of("a.organisation_name", "a.registry_code",
			"a.registry_code_normalised", "a.reference", "a.contact_name");

	private static final String SELECT = """
			SELECT a.id, a.reference, c.slug, a.status, a.organisation_name, a.country, a.registry_code, a.category,
			       a.organisation_size, array_to_string(a.contribution_areas, ',') AS areas, a.investment_intent_eur,
			       a.compute_demand_gpu_hours, a.language, a.submitted_at, a.decided_at,
			      (SELECT string_agg(r.reviewer, ',' ORDER BY r.reviewer) FROM review_assignment r
			       WHERE r.application_id = a.id) AS reviewers
			FROM application a JOIN call c ON c.id = a.call_id""";

	private static String where(Filter f, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		add(conditions, params, "c.slug = :call", "call", f.call());
		add(conditions, params, "a.status = :stage", "stage", f.stage());
		add(conditions, params, "a.country = :country", "country", upper(f.country()));
		add(conditions, params, "a.category = :category", "category", f.category());
		add(conditions, params, "a.organisation_size = :size", "size", f.size());
		add(conditions, params, ":area = ANY (a.contribution_areas)", "area", f.area());
		if (f.investmentIntent() != null) {
			conditions.add(f.investmentIntent() ? "coalesce(a.investment_intent_eur, 0) > 0"
					: "coalesce(a.investment_intent_eur, 0) = 0");
		}
		add(conditions, params,
				"EXISTS (SELECT 1 FROM review_assignment r WHERE r.application_id = a.id AND r.reviewer = :assignedTo)",
				"assignedTo", f.assignedTo());
		if (f.hidden() != null && !f.hidden().isEmpty()) {
			conditions.add("a.id NOT IN (:hidden)");
			params.put("hidden", f.hidden());
		}
		if (f.q() != null && !f.q().isBlank()) {
			// One folding rule for every staff search (search_fold, V17): "Ruta" finds
			// "Rūta", "neuronu" "Neuronų".
			conditions.add(SEARCHED.stream()
				.map(column -> "search_fold(" + column + ") LIKE search_fold(:q)")
				.collect(Collectors.joining(" OR ", "(", ")")));
			params.put("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/**
	 * The countries applications came from (ISO codes), for the country filter's choices.
	 */
	List<String> countries() {
		return jdbc.sql("SELECT DISTINCT trim(country) FROM application ORDER BY 1").query(String.class).list();
	}

	private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
			String value) {
		if (value != null && !value.isBlank()) {
			conditions.add(condition);
			params.put(name, value.strip());
		}
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
		String areas = rs.getString("areas");
		String reviewers = rs.getString("reviewers");
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("slug"), rs.getString("status"),
				rs.getString("organisation_name"), rs.getString("country").trim(), rs.getString("registry_code"),
				rs.getString("category"), rs.getString("organisation_size"),
				areas == null || areas.isEmpty() ? List.of() : List.of(areas.split(",")),
				(Long) rs.getObject("investment_intent_eur"), (Long) rs.getObject("compute_demand_gpu_hours"),
				rs.getString("language").trim(), rs.getTimestamp("submitted_at").toInstant(),
				decided == null ? null : decided.toInstant(),
				reviewers == null ? List.of() : List.of(reviewers.split(",")), Scoreboard.Summary.NONE);
	}

}
