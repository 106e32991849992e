package eu.balticaigf.portal.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

	private static final String COLUMNS = """
			id, slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at, time_zone, venue, online,
			capacity_in_person, registration_opens_at, registration_closes_at, demo, online_url, description_lt,
			description_en, description_pl, description_lv, description_et, agenda_lt, agenda_en, agenda_pl, agenda_lv,
			agenda_et, materials""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> findBySlug(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE slug = ?")
			.param(slug)
			.query(MeetingRepository::map)
			.optional();
	}

	/**
	 * Reads the meeting and locks its row until the transaction ends. Every decision
	 * about its seats (register, cancel, promote, change capacity) takes this lock first,
	 * so those decisions happen one after another.
	 */
	Optional<Meeting> lockBySlug(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE slug = ? FOR UPDATE")
			.param(slug)
			.query(MeetingRepository::map)
			.optional();
	}

	Meeting lockById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE id = ? FOR UPDATE")
			.param(id)
			.query(MeetingRepository::map)
			.single();
	}

	Optional<Meeting> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE id = ?")
			.param(id)
			.query(MeetingRepository::map)
			.optional();
	}

	List<Meeting> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting ORDER BY starts_at DESC")
			.query(MeetingRepository::map)
			.list();
	}

	/** Inserts unless the slug exists; true when a row was added. */
	boolean insert(Meeting meeting) {
		return jdbc.sql("""
				INSERT INTO meeting (slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at,
				                     time_zone, venue, online, capacity_in_person, registration_opens_at,
				                     registration_closes_at, demo, online_url, description_lt, description_en,
				                     description_pl, description_lv, description_et, agenda_lt, agenda_en, agenda_pl,
				                     agenda_lv, agenda_et, materials)
				VALUES (:slug, :lt, :en, :pl, :lv, :et, :startsAt, :endsAt, :zone, :venue, :online, :capacity,
				        :regOpens, :regCloses, :demo, :onlineUrl, :description_lt, :description_en, :description_pl,
				        :description_lv, :description_et, :agenda_lt, :agenda_en, :agenda_pl, :agenda_lv, :agenda_et,
				        :materials)
				ON CONFLICT (slug) DO NOTHING""").params(params(meeting)).update() == 1;
	}

	void update(Meeting meeting) {
		jdbc.sql("""
				UPDATE meeting SET title_lt = :lt, title_en = :en, title_pl = :pl, title_lv = :lv, title_et = :et,
				       starts_at = :startsAt, ends_at = :endsAt, time_zone = :zone, venue = :venue, online = :online,
				       capacity_in_person = :capacity, registration_opens_at = :regOpens,
				       registration_closes_at = :regCloses, online_url = :onlineUrl, description_lt = :description_lt,
				       description_en = :description_en, description_pl = :description_pl,
				       description_lv = :description_lv, description_et = :description_et, agenda_lt = :agenda_lt,
				       agenda_en = :agenda_en, agenda_pl = :agenda_pl, agenda_lv = :agenda_lv, agenda_et = :agenda_et,
				       materials = :materials, updated_at = now()
				WHERE slug = :slug""").params(params(meeting)).update();
	}

	private static Map<String, Object> params(Meeting meeting) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("slug", meeting.slug());
		for (String code : Languages.CODES) {
			params.put(code, meeting.titles().get(code));
			params.put("description_" + code, meeting.descriptions().get(code));
			params.put("agenda_" + code, meeting.agendas().get(code));
		}
		params.put("startsAt", Timestamp.from(meeting.startsAt()));
		params.put("endsAt", Timestamp.from(meeting.endsAt()));
		params.put("zone", meeting.zone().getId());
		params.put("venue", meeting.venue());
		params.put("online", meeting.online());
		params.put("capacity", meeting.capacityInPerson());
		params.put("regOpens", Timestamp.from(meeting.registrationOpensAt()));
		params.put("regCloses", Timestamp.from(meeting.registrationClosesAt()));
		params.put("demo", meeting.demo());
		params.put("onlineUrl", meeting.onlineUrl());
		params.put("materials", meeting.materials());
		return params;
	}

	private static Meeting map(ResultSet rs, int row) throws SQLException {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String code : Languages.CODES) {
			titles.put(code, rs.getString("title_" + code));
		}
		return new Meeting(rs.getLong("id"), rs.getString("slug"), Map.copyOf(titles),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				ZoneId.of(rs.getString("time_zone")), rs.getString("venue"), rs.getBoolean("online"),
				rs.getInt("capacity_in_person"), rs.getTimestamp("registration_opens_at").toInstant(),
				rs.getTimestamp("registration_closes_at").toInstant(), rs.getBoolean("demo"),
				rs.getString("online_url"), texts(rs, "description_"), texts(rs, "agenda_"), rs.getString("materials"));
	}

	/** The languages in which a text is given; an empty map when it is given in none. */
	private static Map<String, String> texts(ResultSet rs, String prefix) throws SQLException {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String code : Languages.CODES) {
			String text = rs.getString(prefix + code);
			if (text != null && !text.isBlank()) {
				texts.put(code, text);
			}
		}
		return Map.copyOf(texts);
	}

}
