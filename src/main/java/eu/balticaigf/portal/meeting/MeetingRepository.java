package eu.balticaigf.portal.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

	private static final String COLUMNS = """
			id, slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at, time_zone, venue, online,
			capacity_in_person, registration_opens_at, registration_closes_at, demo""";

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

	void insert(Meeting meeting) {
		jdbc.sql("""
				INSERT INTO meeting (slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at,
				                     time_zone, venue, online, capacity_in_person, registration_opens_at,
				                     registration_closes_at, demo)
				VALUES (:slug, :lt, :en, :pl, :lv, :et, :startsAt, :endsAt, :zone, :venue, :online, :capacity,
				        :regOpens, :regCloses, :demo)
				ON CONFLICT (slug) DO NOTHING""")
			.param("slug", meeting.slug())
			.param("lt", meeting.titles().get("lt"))
			.param("en", meeting.titles().get("en"))
			.param("pl", meeting.titles().get("pl"))
			.param("lv", meeting.titles().get("lv"))
			.param("et", meeting.titles().get("et"))
			.param("startsAt", Timestamp.from(meeting.startsAt()))
			.param("endsAt", Timestamp.from(meeting.endsAt()))
			.param("zone", meeting.zone().getId())
			.param("venue", meeting.venue())
			.param("online", meeting.online())
			.param("capacity", meeting.capacityInPerson())
			.param("regOpens", Timestamp.from(meeting.registrationOpensAt()))
			.param("regCloses", Timestamp.from(meeting.registrationClosesAt()))
			.param("demo", meeting.demo())
			.update();
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
				rs.getTimestamp("registration_closes_at").toInstant(), rs.getBoolean("demo"));
	}

}
