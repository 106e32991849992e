package eu.balticaigf.portal.sites;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sites module's tables: criteria, sites, their values, assessments. */
@Repository
class SiteRepository {

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SiteCriterion> criteria() {
		return jdbc.sql("SELECT * FROM site_criterion ORDER BY position").query(SiteRepository::criterion).list();
	}

	List<Site> sites() {
		return jdbc.sql("SELECT * FROM site ORDER BY name").query(SiteRepository::site).list();
	}

	Optional<Site> site(String slug) {
		return jdbc.sql("SELECT * FROM site WHERE slug = ?").param(slug).query(SiteRepository::site).optional();
	}

	boolean siteExists(String slug) {
		return jdbc.sql("SELECT count(*) FROM site WHERE slug = ?").param(slug).query(Long.class).single() > 0;
	}

	/** Every value, by site id and criterion code. */
	Map<Long, Map<String, SiteValue>> values() {
		Map<Long, Map<String, SiteValue>> values = new HashMap<>();
		jdbc.sql("SELECT * FROM site_value").query((rs, row) -> {
			values.computeIfAbsent(rs.getLong("site_id"), id -> new LinkedHashMap<>())
				.put(rs.getString("criterion"), value(rs));
			return null;
		}).list();
		return values;
	}

	long insertSite(String slug, String name, String operator, String country, Double latitude, Double longitude,
			SiteStatus status, boolean illustrative) {
		return insertSiteIfNew(slug,
				new SiteRegister.Details(name, operator, null, country, latitude, longitude, status), illustrative,
				null)
			.orElseThrow();
	}

	/**
	 * Adds the site unless one has its slug, or comes from the same offer (then empty): a
	 * second click or a second import waits for the first and finds the site there.
	 */
	Optional<Long> insertSiteIfNew(String slug, SiteRegister.Details details, boolean illustrative, String offeredIn) {
		return jdbc.sql("""
				INSERT INTO site (slug, name, operator, operator_member, country, latitude, longitude, status,
				                  illustrative, offered_in)
				VALUES (:slug, :name, :operator, :member, :country, :latitude, :longitude, :status, :illustrative,
				        :offeredIn)
				ON CONFLICT DO NOTHING
				RETURNING id""")
			.param("slug", slug)
			.params(detailsParams(details))
			.param("illustrative", illustrative)
			.param("offeredIn", offeredIn)
			.query(Long.class)
			.optional();
	}

	void updateSite(long id, SiteRegister.Details details) {
		jdbc.sql("""
				UPDATE site SET name = :name, operator = :operator, operator_member = :member, country = :country,
				    latitude = :latitude, longitude = :longitude, status = :status
				WHERE id = :id""").param("id", id).params(detailsParams(details)).update();
	}

	private static Map<String, Object> detailsParams(SiteRegister.Details details) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", details.name());
		params.put("operator", details.operator());
		params.put("member", details.operatorMember());
		params.put("country", details.country());
		params.put("latitude", details.latitude());
		params.put("longitude", details.longitude());
		params.put("status", details.status().name());
		return params;
	}

	/** The site an offer became, if it did. */
	Optional<Site> siteOfferedIn(String reference) {
		return jdbc.sql("SELECT * FROM site WHERE offered_in = ?")
			.param(reference)
			.query(SiteRepository::site)
			.optional();
	}

	/** Which offers became which sites: application reference to site slug. */
	Map<String, String> offeredSites() {
		Map<String, String> slugs = new HashMap<>();
		jdbc.sql("SELECT offered_in, slug FROM site WHERE offered_in IS NOT NULL")
			.query((rs, row) -> slugs.put(rs.getString("offered_in"), rs.getString("slug")))
			.list();
		return slugs;
	}

	/** One site's values by criterion code. */
	Map<String, SiteValue> values(long siteId) {
		Map<String, SiteValue> values = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM site_value WHERE site_id = ?")
			.param(siteId)
			.query((rs, row) -> values.put(rs.getString("criterion"), value(rs)))
			.list();
		return values;
	}

	boolean removeValue(long siteId, String criterion) {
		return jdbc.sql("DELETE FROM site_value WHERE site_id = ? AND criterion = ?")
			.params(siteId, criterion)
			.update() > 0;
	}

	Optional<SiteCriterion> criterion(String code) {
		return jdbc.sql("SELECT * FROM site_criterion WHERE code = ?")
			.param(code)
			.query(SiteRepository::criterion)
			.optional();
	}

	/**
	 * Adds the criterion at the end of the catalogue, or changes the one with its code.
	 */
	void putCriterion(SiteCriterion criterion) {
		jdbc.sql("""
				INSERT INTO site_criterion (code, position, label_lt, label_en, label_pl, label_lv, label_et, unit,
				    direction, hard_limit, hub_latitude, hub_longitude)
				VALUES (:code, (SELECT coalesce(max(position), 0) + 1 FROM site_criterion), :lt, :en, :pl, :lv, :et,
				    :unit, :direction, :limit, :hubLatitude, :hubLongitude)
				ON CONFLICT (code) DO UPDATE SET label_lt = excluded.label_lt, label_en = excluded.label_en,
				    label_pl = excluded.label_pl, label_lv = excluded.label_lv, label_et = excluded.label_et,
				    unit = excluded.unit, direction = excluded.direction, hard_limit = excluded.hard_limit,
				    hub_latitude = excluded.hub_latitude, hub_longitude = excluded.hub_longitude""")
			.param("code", criterion.code())
			.param("lt", criterion.labels().get("lt"))
			.param("en", criterion.labels().get("en"))
			.param("pl", criterion.labels().get("pl"))
			.param("lv", criterion.labels().get("lv"))
			.param("et", criterion.labels().get("et"))
			.param("unit", criterion.unit())
			.param("direction", criterion.direction().name())
			.param("limit", criterion.limit())
			.param("hubLatitude", criterion.hubLatitude())
			.param("hubLongitude", criterion.hubLongitude())
			.update();
	}

	void putValue(long siteId, SiteValue value) {
		jdbc.sql(
				"""
						INSERT INTO site_value (site_id, criterion, value, source, measured_on, entered_by, entered_at)
						VALUES (:site, :criterion, :value, :source, :measuredOn, :by, :at)
						ON CONFLICT (site_id, criterion) DO UPDATE SET value = excluded.value, source = excluded.source,
						    measured_on = excluded.measured_on, entered_by = excluded.entered_by, entered_at = excluded.entered_at""")
			.param("site", siteId)
			.param("criterion", value.criterion())
			.param("value", value.value())
			.param("source", value.source())
			.param("measuredOn", value.measuredOn())
			.param("by", value.enteredBy())
			.param("at", Timestamp.from(value.enteredAt()))
			.update();
	}

	record AssessmentRow(String id, String title, Map<String, Double> weights, String updatedBy, Instant updatedAt) {
	}

	Optional<AssessmentRow> assessment(String id) {
		Map<String, Double> weights = new LinkedHashMap<>();
		jdbc.sql("SELECT criterion, weight FROM site_assessment_weight WHERE assessment_id = ?")
			.param(id)
			.query((rs, row) -> weights.put(rs.getString("criterion"), rs.getDouble("weight")))
			.list();
		return jdbc.sql("SELECT * FROM site_assessment WHERE id = ?")
			.param(id)
			.query((rs, row) -> new AssessmentRow(rs.getString("id"), rs.getString("title"), Map.copyOf(weights),
					rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	/** Every assessment, without its weights, most recently changed first. */
	List<AssessmentRow> assessments() {
		return jdbc.sql("SELECT * FROM site_assessment ORDER BY updated_at DESC, id")
			.query((rs, row) -> new AssessmentRow(rs.getString("id"), rs.getString("title"), Map.of(),
					rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	boolean assessmentExists(String id) {
		return jdbc.sql("SELECT count(*) FROM site_assessment WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	void insertAssessment(String id, String title, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO site_assessment (id, title, updated_by, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (id) DO NOTHING""").params(id, title, by, Timestamp.from(at)).update();
	}

	/** Replaces the assessment's weights; criteria left out weigh nothing. */
	void putWeights(String id, Map<String, Double> weights, String by, Instant at) {
		lock(id);
		jdbc.sql("DELETE FROM site_assessment_weight WHERE assessment_id = ?").param(id).update();
		weights.forEach((criterion, weight) -> {
			if (weight > 0) {
				jdbc.sql("INSERT INTO site_assessment_weight (assessment_id, criterion, weight) VALUES (?, ?, ?)")
					.params(id, criterion, weight)
					.update();
			}
		});
		jdbc.sql("UPDATE site_assessment SET updated_by = ?, updated_at = ? WHERE id = ?")
			.params(by, Timestamp.from(at), id)
			.update();
	}

	record VersionRow(int version, String frozenBy, Instant frozenAt) {
	}

	/** Holds the assessment until the transaction ends: one freeze at a time. */
	void lock(String id) {
		jdbc.sql("SELECT id FROM site_assessment WHERE id = ? FOR UPDATE").param(id).query(String.class).single();
	}

	List<VersionRow> versions(String id) {
		return jdbc
			.sql("SELECT version, frozen_by, frozen_at FROM site_assessment_version WHERE assessment_id = ? "
					+ "ORDER BY version DESC")
			.param(id)
			.query((rs, row) -> new VersionRow(rs.getInt("version"), rs.getString("frozen_by"),
					rs.getTimestamp("frozen_at").toInstant()))
			.list();
	}

	/** The latest version's snapshot as JSON text, or empty before the first freeze. */
	Optional<String> latestSnapshot(String id) {
		return jdbc
			.sql("SELECT snapshot::text FROM site_assessment_version WHERE assessment_id = ? "
					+ "ORDER BY version DESC LIMIT 1")
			.param(id)
			.query(String.class)
			.optional();
	}

	Optional<String> snapshot(String id, int version) {
		return jdbc.sql("SELECT snapshot::text FROM site_assessment_version WHERE assessment_id = ? AND version = ?")
			.params(id, version)
			.query(String.class)
			.optional();
	}

	int insertVersion(String id, String by, Instant at, String snapshot) {
		return jdbc.sql("""
				INSERT INTO site_assessment_version (assessment_id, version, frozen_by, frozen_at, snapshot)
				SELECT :id, coalesce(max(version), 0) + 1, :by, :at, CAST(:snapshot AS jsonb)
				FROM site_assessment_version WHERE assessment_id = :id
				RETURNING version""")
			.param("id", id)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("snapshot", snapshot)
			.query(Integer.class)
			.single();
	}

	private static SiteCriterion criterion(ResultSet rs, int row) throws SQLException {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String language : Languages.CODES) {
			labels.put(language, rs.getString("label_" + language));
		}
		return new SiteCriterion(rs.getString("code"), rs.getInt("position"), Map.copyOf(labels), rs.getString("unit"),
				Criterion.Direction.valueOf(rs.getString("direction")), nullable(rs, "hard_limit"),
				nullable(rs, "hub_latitude"), nullable(rs, "hub_longitude"));
	}

	private static Site site(ResultSet rs, int row) throws SQLException {
		return new Site(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("operator"),
				rs.getString("country"), nullable(rs, "latitude"), nullable(rs, "longitude"),
				SiteStatus.valueOf(rs.getString("status")), rs.getBoolean("illustrative"),
				rs.getObject("operator_member", Long.class), rs.getString("offered_in"));
	}

	private static SiteValue value(ResultSet rs) throws SQLException {
		return new SiteValue(rs.getString("criterion"), rs.getDouble("value"), rs.getString("source"),
				rs.getObject("measured_on", LocalDate.class), rs.getString("entered_by"),
				rs.getTimestamp("entered_at").toInstant());
	}

	private static Double nullable(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
