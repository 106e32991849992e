package eu.balticaigf.portal.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the outbox holds, for the admins' page and the metrics: how many messages wait to
 * be sent, and those parked after every retry failed.
 */
@Repository
class OutboxMessages {

	/** A message that could not be delivered, as the admins' page lists it. */
	record Parked(UUID id, String recipient, String subject, int attempts, String lastError, Instant createdAt) {
	}

	/** The page lists the oldest first and no more than this. */
	static final int PARKED_SHOWN = 500;

	private final JdbcClient jdbc;

	OutboxMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long waiting() {
		return count("PENDING");
	}

	long parkedCount() {
		return count("PARKED");
	}

	List<Parked> parked() {
		return jdbc.sql("""
				SELECT id, recipient, subject, attempts, last_error, created_at FROM outbox_message
				WHERE status = 'PARKED' ORDER BY created_at LIMIT ?""")
			.param(PARKED_SHOWN)
			.query((rs, row) -> new Parked(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getInt("attempts"), rs.getString("last_error"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private long count(String status) {
		return jdbc.sql("SELECT count(*) FROM outbox_message WHERE status = ?")
			.param(status)
			.query(Long.class)
			.single();
	}

}
