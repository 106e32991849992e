package eu.balticaigf.portal.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CallRepository {

	private static final String COLUMNS = """
			id, slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
			budget_eur, private_share_pct, planned_gpus, meeting_slug, demo, issuer_country""";

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	void insert(Call call) {
		jdbc.sql(
				"""
						INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at,
						                  time_zone, budget_eur, private_share_pct, planned_gpus, meeting_slug, demo, issuer_country)
						VALUES (:slug, :lt, :en, :pl, :lv, :et, :opensAt, :closesAt, :zone, :budget, :share, :gpus, :meeting, :demo,
						        :issuer)
						ON CONFLICT (slug) DO NOTHING""")
			.param("slug", call.slug())
			.param("lt", call.titles().get("lt"))
			.param("en", call.titles().get("en"))
			.param("pl", call.titles().get("pl"))
			.param("lv", call.titles().get("lv"))
			.param("et", call.titles().get("et"))
			.param("opensAt", java.sql.Timestamp.from(call.opensAt()))
			.param("closesAt", java.sql.Timestamp.from(call.closesAt()))
			.param("zone", call.zone().getId())
			.param("budget", call.budgetEur())
			.param("share", call.privateSharePct())
			.param("gpus", call.plannedGpus())
			.param("meeting", call.meetingSlug())
			.param("demo", call.demo())
			.param("issuer", call.issuerCountry())
			.update();
	}

	private static Call map(ResultSet rs, int row) throws SQLException {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String code : Languages.CODES) {
			titles.put(code, rs.getString("title_" + code));
		}
		return new Call(rs.getLong("id"), rs.getString("slug"), Map.copyOf(titles), instant(rs, "opens_at"),
				instant(rs, "closes_at"), ZoneId.of(rs.getString("time_zone")), rs.getLong("budget_eur"),
				rs.getInt("private_share_pct"), rs.getInt("planned_gpus"), rs.getString("meeting_slug"),
				rs.getBoolean("demo"), rs.getString("issuer_country"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
