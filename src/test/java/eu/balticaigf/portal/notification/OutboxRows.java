package eu.balticaigf.portal.notification;

import java.util.List;

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

}
