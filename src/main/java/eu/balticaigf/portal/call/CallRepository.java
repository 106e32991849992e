package eu.balticaigf.portal.call;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.web.Languages;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CallRepository {

	private static final String COLUMNS = """
			id, slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
			budget_eur, private_share_pct, planned_gpus, meeting_slug, demo, issuer_country, state, form_version""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	CallRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Call> findBySlug(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM call WHERE slug = ?")
			.param(slug)
			.query(CallRepository::map)
			.optional();
	}

	/** Open and coming calls first, then the most recent closed ones. */
	List<Call> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM call ORDER BY closes_at DESC").query(CallRepository::map).list();
	}

	boolean exists(String slug) {
		return jdbc.sql("SELECT count(*) FROM call WHERE slug = ?").param(slug).query(Long.class).single() > 0;
	}

	/** Inserts a call unless its slug is taken; its id, or empty when taken. */
	Optional<Long> insert(Call call) {
		return jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at,
					                  time_zone, budget_eur, private_share_pct, planned_gpus, meeting_slug, demo, issuer_country,
					                  state)
					VALUES (:slug, :lt, :en, :pl, :lv, :et, :opensAt, :closesAt, :zone, :budget, :share, :gpus, :meeting, :demo,
					        :issuer, :state)
					ON CONFLICT (slug) DO NOTHING
					RETURNING id""")
			.paramSource(params(call))
			.query(Long.class)
			.optional();
	}

	/** Writes a call's own fields (not its state, which publishing and archiving set). */
	void update(Call call) {
		jdbc.sql(
				"""
						UPDATE call SET slug = :slug, title_lt = :lt, title_en = :en, title_pl = :pl, title_lv = :lv,
						       title_et = :et, opens_at = :opensAt, closes_at = :closesAt, time_zone = :zone, budget_eur = :budget,
						       private_share_pct = :share, planned_gpus = :gpus, meeting_slug = :meeting, issuer_country = :issuer
						WHERE id = :id""")
			.paramSource(params(call).addValue("id", call.id()))
			.update();
	}

	void setState(long id, Call.State state) {
		jdbc.sql("UPDATE call SET state = ? WHERE id = ?").params(state.name(), id).update();
	}

	CallDetails details(long id) {
		List<CallDetails.Membership> countries = jdbc
			.sql("SELECT country, joined_on, left_on FROM call_country WHERE call_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> new CallDetails.Membership(rs.getString("country").strip(), date(rs, "joined_on"),
					date(rs, "left_on")))
			.list();
		return jdbc.sql("""
				SELECT description_lt, description_en, description_pl, description_lv, description_et, contact_email,
				       eligible_countries, categories, contribution_areas, faq::text AS faq, links::text AS links
				FROM call WHERE id = ?""").param(id).query((rs, row) -> {
			Map<String, String> descriptions = new LinkedHashMap<>();
			for (String code : Languages.CODES) {
				String text = rs.getString("description_" + code);
				if (text != null) {
					descriptions.put(code, text);
				}
			}
			return new CallDetails(Map.copyOf(descriptions), rs.getString("contact_email"),
					codes(rs, "eligible_countries"), codes(rs, "categories"), codes(rs, "contribution_areas"),
					countries, json.readValue(rs.getString("faq"), new TypeReference<List<CallDetails.Faq>>() {
					}), json.readValue(rs.getString("links"), new TypeReference<List<CallDetails.Link>>() {
					}));
		}).single();
	}

	void saveDetails(long id, CallDetails details) {
		jdbc.sql(
				"""
						UPDATE call SET description_lt = :lt, description_en = :en, description_pl = :pl, description_lv = :lv,
						       description_et = :et, contact_email = :contact,
						       eligible_countries = string_to_array(:eligible, ','), categories = string_to_array(:categories, ','),
						       contribution_areas = string_to_array(:areas, ','), faq = CAST(:faq AS jsonb),
						       links = CAST(:links AS jsonb)
						WHERE id = :id""")
			.param("lt", details.descriptions().get("lt"))
			.param("en", details.descriptions().get("en"))
			.param("pl", details.descriptions().get("pl"))
			.param("lv", details.descriptions().get("lv"))
			.param("et", details.descriptions().get("et"))
			.param("contact", details.contactEmail())
			.param("eligible", String.join(",", details.eligibleCountries()))
			.param("categories", String.join(",", details.categories()))
			.param("areas", String.join(",", details.contributionAreas()))
			.param("faq", json.writeValueAsString(details.faq()))
			.param("links", json.writeValueAsString(details.links()))
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM call_country WHERE call_id = ?").param(id).update();
		int position = 1;
		for (CallDetails.Membership member : details.countries()) {
			jdbc.sql("INSERT INTO call_country (call_id, position, country, joined_on, left_on) VALUES (?, ?, ?, ?, ?)")
				.params(id, position++, member.country(), sqlDate(member.joined()), sqlDate(member.left()))
				.update();
		}
	}

	/**
	 * The questions as admins are editing them (applicants get the published version).
	 */
	List<Question> questions(long callId) {
		return jdbc.sql("SELECT questions::text FROM call WHERE id = ?")
			.param(callId)
			.query(String.class)
			.optional()
			.map(this::readQuestions)
			.orElse(List.of());
	}

	void saveQuestions(long callId, List<Question> questions) {
		jdbc.sql("UPDATE call SET questions = CAST(? AS jsonb) WHERE id = ?")
			.params(json.writeValueAsString(questions), callId)
			.update();
	}

	/** A published version of a call's form; empty when it was never published. */
	Optional<FormVersion> formVersion(long callId, int version) {
		return jdbc.sql("SELECT questions::text FROM call_form_version WHERE call_id = ? AND version = ?")
			.params(callId, version)
			.query(String.class)
			.optional()
			.map(questions -> new FormVersion(callId, version, readQuestions(questions)));
	}

	/** Every published version of a call's form, oldest first. */
	List<FormVersion> formVersions(long callId) {
		return jdbc.sql(
				"SELECT version, questions::text AS questions FROM call_form_version WHERE call_id = ? ORDER BY version")
			.param(callId)
			.query((rs, row) -> new FormVersion(callId, rs.getInt("version"), readQuestions(rs.getString("questions"))))
			.list();
	}

	/**
	 * Publishes the questions as the form's next version; false when someone else
	 * published since {@code current} was read.
	 */
	boolean publishForm(long callId, int current, List<Question> questions, Instant at, String by) {
		if (jdbc.sql("UPDATE call SET form_version = form_version + 1 WHERE id = ? AND form_version = ?")
			.params(callId, current)
			.update() != 1) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO call_form_version (call_id, version, questions, published_at, published_by)
				VALUES (?, ?, CAST(? AS jsonb), ?, ?)""")
			.params(callId, current + 1, json.writeValueAsString(questions), Timestamp.from(at), by)
			.update();
		return true;
	}

	private List<Question> readQuestions(String questions) {
		return json.readValue(questions, new TypeReference<List<Question>>() {
		});
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Call call) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("slug", call.slug())
			.addValue("lt", call.titles().get("lt"))
			.addValue("en", call.titles().get("en"))
			.addValue("pl", call.titles().get("pl"))
			.addValue("lv", call.titles().get("lv"))
			.addValue("et", call.titles().get("et"))
			.addValue("opensAt", Timestamp.from(call.opensAt()))
			.addValue("closesAt", Timestamp.from(call.closesAt()))
			.addValue("zone", call.zone().getId())
			.addValue("budget", call.budgetEur())
			.addValue("share", call.privateSharePct())
			.addValue("gpus", call.plannedGpus())
			.addValue("meeting", call.meetingSlug())
			.addValue("demo", call.demo())
			.addValue("issuer", call.issuerCountry())
			.addValue("state", call.state().name());
	}

	private static Call map(ResultSet rs, int row) throws SQLException {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String code : Languages.CODES) {
			titles.put(code, rs.getString("title_" + code));
		}
		return new Call(rs.getLong("id"), rs.getString("slug"), Map.copyOf(titles), instant(rs, "opens_at"),
				instant(rs, "closes_at"), ZoneId.of(rs.getString("time_zone")), rs.getBigDecimal("budget_eur"),
				rs.getBigDecimal("private_share_pct"), rs.getInt("planned_gpus"), rs.getString("meeting_slug"),
				rs.getBoolean("demo"), rs.getString("issuer_country"), Call.State.valueOf(rs.getString("state")),
				rs.getInt("form_version"));
	}

	private static List<String> codes(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
