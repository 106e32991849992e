package eu.balticaigf.portal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.balticaigf.portal.privacy.DataSubjects;

/**
 * Submitted applications for other modules' lists, exports and checks, so that none of
 * them reads this module's tables: the review queue (filters, search, sorts, pages,
 * counts per status), the applications of organisations someone declared a conflict of
 * interest with, those of one contact address. Queries take {@link ApplicationQuery} and
 * answer {@link ApplicationRow}s or ids.
 */
@Service
public class ApplicationSearch {

	/**
	 * The orders a list can have. {@link #ORGANISATION} is alphabetical in the reader's
	 * language (an ICU collation of PostgreSQL): "Näidis" before "Neuronų" in English,
	 * "Šiaurės" after "Sala"; the others are by value, then by id.
	 */
	public enum Order {

		SUBMITTED("a.submitted_at"), ORGANISATION("a.organisation_name"), REFERENCE("a.reference"), STATUS("a.status"),
		COUNTRY("a.country");

		private final String column;

		Order(String column) {
			this.column = column;
		}

	}

	private static final String COLUMNS = """
			SELECT a.id, a.reference, a.call_id, a.status, a.organisation_name, a.country, a.registry_code,
			       a.category, a.organisation_size, array_to_string(a.contribution_areas, ',') AS areas,
			       a.investment_intent_eur, a.compute_demand_gpu_hours, a.language, a.submitted_at, a.decided_at,
			       a.answers::text AS answers
			FROM application a""";

	/**
	 * What the text search looks in: the organisation, its registry code as typed and
	 * normalised, the reference, the contact person.
	 */
	private static final List<String> SEARCHED = List.of("a.organisation_name", "a.registry_code",
			"a.registry_code_normalised", "a.reference", "a.contact_name");

	private final JdbcClient jdbc;

	private final tools.jackson.databind.ObjectMapper json;

	/** The ICU collations the database has, read once. */
	private volatile Set<String> collations;

	ApplicationSearch(JdbcClient jdbc, tools.jackson.databind.ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * One page of the applications the query matches, in this order (names in the
	 * {@code reader}'s language).
	 */
	public List<ApplicationRow> find(ApplicationQuery query, Order order, boolean descending, Locale reader, int offset,
			int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		params.put("limit", limit);
		params.put("offset", Math.max(0, offset));
		return jdbc
			.sql(COLUMNS + where + " ORDER BY " + orderBy(order, reader) + (descending ? " DESC" : " ASC")
					+ ", a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(this::row)
			.list();
	}

	/**
	 * Every application the query matches, oldest submission first (for exports and for
	 * orders other modules compute).
	 */
	public List<ApplicationRow> findAll(ApplicationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return jdbc.sql(COLUMNS + where + " ORDER BY a.submitted_at, a.id").params(params).query(this::row).list();
	}

	public long count(ApplicationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return jdbc.sql("SELECT count(*) FROM application a" + where).params(params).query(Long.class).single();
	}

	/** How many the query matches in each status, every status listed (0 where none). */
	public Map<ApplicationStatus, Long> countByStatus(ApplicationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT a.status, count(*) AS n FROM application a" + where + " GROUP BY a.status")
			.params(params)
			.query(rs -> {
				counts.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/** The ids of the applications the query matches. */
	public Set<Long> ids(ApplicationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return new HashSet<>(
				jdbc.sql("SELECT a.id FROM application a" + where).params(params).query(Long.class).list());
	}

	/**
	 * Whom to write to about an application: its contact person, in the language they
	 * applied in.
	 */
	public record Contact(String reference, String email, String name, String language, ApplicationStatus status) {
	}

	/**
	 * The contacts of the applications the query matches, latest submission first (for
	 * messages to applicants).
	 */
	public List<Contact> contacts(ApplicationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return jdbc
			.sql("SELECT a.reference, a.contact_email, a.contact_name, a.language, a.status FROM application a" + where
					+ " ORDER BY a.submitted_at DESC, a.id DESC")
			.params(params)
			.query((rs, row) -> new Contact(rs.getString("reference"), rs.getString("contact_email").strip(),
					rs.getString("contact_name"), rs.getString("language").trim(),
					ApplicationStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** The countries applications came from (ISO codes), alphabetically by code. */
	public List<String> countries() {
		return jdbc.sql("SELECT DISTINCT trim(country) FROM application ORDER BY 1").query(String.class).list();
	}

	private String orderBy(Order order, Locale reader) {
		if (order != Order.ORGANISATION) {
			return order.column;
		}
		String collation = collation(reader);
		return collation == null ? "lower(" + order.column + ")" : order.column + " COLLATE \"" + collation + "\"";
	}

	/**
	 * The ICU collation of the reader's language, or the language-neutral one; none (then
	 * case-blind code-point order) on a PostgreSQL built without ICU. Only names the
	 * database lists are ever put into SQL.
	 */
	private String collation(Locale reader) {
		if (collations == null) {
			collations = Set.copyOf(
					jdbc.sql("SELECT collname FROM pg_collation WHERE collprovider = 'i'").query(String.class).list());
		}
		String language = reader.getLanguage() + "-x-icu";
		return collations.contains(language) ? language : collations.contains("und-x-icu") ? "und-x-icu" : null;
	}

	private static String where(ApplicationQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query.callId() != null) {
			conditions.add("a.call_id = :callId");
			params.put("callId", query.callId());
		}
		if (query.status() != null) {
			conditions.add("a.status = :status");
			params.put("status", query.status().name());
		}
		add(conditions, params, "a.country = :country", "country",
				query.country() == null ? null : query.country().strip().toUpperCase(Locale.ROOT));
		add(conditions, params, "a.category = :category", "category", query.category());
		add(conditions, params, "a.organisation_size = :size", "size", query.size());
		add(conditions, params, ":area = ANY (a.contribution_areas)", "area", query.area());
		if (query.investmentIntent() != null) {
			conditions.add(query.investmentIntent() ? "coalesce(a.investment_intent_eur, 0) > 0"
					: "coalesce(a.investment_intent_eur, 0) = 0");
		}
		if (query.text() != null && !query.text().isBlank()) {
			// One folding rule for every staff search (search_fold, V17): "Ruta" finds
			// "Rūta", "neuronu" "Neuronų".
			conditions.add(SEARCHED.stream()
				.map(column -> "search_fold(" + column + ") LIKE search_fold(:text)")
				.collect(Collectors.joining(" OR ", "(", ")")));
			params.put("text",
					"%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		// Id sets go as one array parameter, however many there are.
		if (query.among() != null) {
			conditions.add("a.id = ANY (:among)");
			params.put("among", query.among().toArray(Long[]::new));
		}
		if (query.excluding() != null && !query.excluding().isEmpty()) {
			conditions.add("NOT (a.id = ANY (:excluding))");
			params.put("excluding", query.excluding().toArray(Long[]::new));
		}
		if (query.organisations() != null) {
			// Both sides folded by the same rule (organisation_fold, V24), so the index
			// on
			// the application's side serves it.
			conditions.add("""
					(organisation_fold(a.organisation_name) = ANY (ARRAY(SELECT organisation_fold(n)
					     FROM unnest(CAST(:names AS text[])) AS n))
					 OR a.registry_code_normalised = ANY (:codes))""");
			params.put("names", query.organisations().names().toArray(String[]::new));
			params.put("codes",
					query.organisations()
						.registryCodes()
						.stream()
						.map(OrganisationIdentity::normalisedRegistryCode)
						.filter(code -> !code.isEmpty())
						.toArray(String[]::new));
		}
		if (query.contactEmail() != null) {
			conditions.add("lower(btrim(a.contact_email)) = :contact");
			params.put("contact", DataSubjects.normalise(query.contactEmail()));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
			String value) {
		if (value != null && !value.isBlank()) {
			conditions.add(condition);
			params.put(name, value.strip());
		}
	}

	private ApplicationRow row(ResultSet rs, int n) throws SQLException {
		String areas = rs.getString("areas");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new ApplicationRow(rs.getLong("id"), rs.getString("reference"), rs.getLong("call_id"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("organisation_name"),
				rs.getString("country").trim(), rs.getString("registry_code"), rs.getString("category"),
				rs.getString("organisation_size"),
				areas == null || areas.isEmpty() ? List.of() : List.of(areas.split(",")),
				(Long) rs.getObject("investment_intent_eur"), (Long) rs.getObject("compute_demand_gpu_hours"),
				rs.getString("language").trim(), rs.getTimestamp("submitted_at").toInstant(),
				decided == null ? null : decided.toInstant(),
				json.readerFor(Map.class)
					.with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
					.readValue(rs.getString("answers")));
	}

}
