package eu.balticaigf.portal.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the outbox holds for one recipient: the record of every e-mail that will be sent,
 * written in the transaction of the change that caused it. A test asserts on these rows
 * that nothing more was queued, instead of sleeping and then counting what arrived.
 */
public final class OutboxRows {

	private OutboxRows() {
	}

	/** The templates of the e-mails queued for this address, in the order queued. */
	public static List<String> templatesTo(JdbcClient jdbc, String recipient) {
		return jdbc.sql("SELECT template FROM outbox_message WHERE recipient = ? ORDER BY created_at, message_id")
			.param(recipient)
			.query(String.class)
			.list();
	}

	/**
	 * An e-mail parked after {@code attempts} failed deliveries, as the dispatcher leaves
	 * one: what an admin finds on the outbox page.
	 * @return its id
	 */
	public static UUID parked(JdbcClient jdbc, String recipient, String subject, int attempts, String lastError) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template, status,
				                            attempts, next_attempt_at, last_error, created_at)
				VALUES (?, ?, ?, ?, '<p>x</p>', 'x', 'test/ping', 'PARKED', ?, ?, ?, ?)""")
			.params(id, "<" + id + "@balticaigf.eu>", recipient, subject, attempts, now, lastError, now)
			.update();
		return id;
	}

}
