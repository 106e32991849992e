package eu.balticaigf.portal.messages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of sent messages: what was sent, to which audience, how many received it. */
@Repository
class SentMessages {

	/** A message as sent. */
	record SentMessage(long id, Audience.Kind kind, String slug, Map<String, String> filter, MessageTexts texts,
			int recipients, String sentBy, Instant sentAt) {
	}

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			SELECT id, audience, audience_slug, filter::text AS filter, subjects::text AS subjects,
			       bodies::text AS bodies, recipients, sent_by, sent_at FROM sent_message""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SentMessages(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records a message under its idempotency key; empty when that key was used already
	 * (a double click: the first one sends, this one must not). A second insert with the
	 * same key waits for the first transaction and then finds the key taken.
	 */
	Optional<Long> insert(String key, Audience audience, MessageTexts texts, String sentBy, Instant at) {
		return jdbc.sql("""
				INSERT INTO sent_message (idempotency_key, audience, audience_slug, filter, subjects, bodies,
				                          recipients, sent_by, sent_at)
				VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), 0, ?, ?)
				ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""")
			.params(key, audience.kind().name(), audience.slug(), json.writeValueAsString(audience.filter()),
					json.writeValueAsString(texts.subjects()), json.writeValueAsString(texts.bodies()), sentBy,
					Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	void countRecipients(long id, int recipients) {
		jdbc.sql("UPDATE sent_message SET recipients = ? WHERE id = ?").params(recipients, id).update();
	}

	Optional<Long> idOf(String key) {
		return jdbc.sql("SELECT id FROM sent_message WHERE idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.optional();
	}

	Optional<SentMessage> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(this::map).optional();
	}

	/** The latest first. */
	List<SentMessage> latest(int limit) {
		return jdbc.sql(COLUMNS + " ORDER BY sent_at DESC, id DESC LIMIT ?").param(limit).query(this::map).list();
	}

	private SentMessage map(ResultSet rs, int row) throws SQLException {
		return new SentMessage(rs.getLong("id"), Audience.Kind.valueOf(rs.getString("audience")),
				rs.getString("audience_slug"), json.readValue(rs.getString("filter"), TEXTS),
				new MessageTexts(json.readValue(rs.getString("subjects"), TEXTS),
						json.readValue(rs.getString("bodies"), TEXTS)),
				rs.getInt("recipients"), rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant());
	}

}
