package eu.balticaigf.portal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An e-mail as the outbox holds it: the record of what will be sent. A module queues its
 * e-mails in the transaction that decides to send them, so once a page has answered,
 * everything it queued is there and nothing more will come of it. A test that asserts
 * "nothing else was sent" asks the outbox; an inbox can only ever say "nothing yet".
 *
 * @param template the e-mail's template, such as {@code application/receipt}
 */
public record QueuedMail(String template, String subject) {

	/** The e-mails queued for this address (any capitals), oldest first. */
	public static List<QueuedMail> to(JdbcClient jdbc, String recipient) {
		return jdbc.sql("""
				SELECT template, subject FROM outbox_message WHERE lower(recipient) = lower(?)
				ORDER BY created_at""")
			.param(recipient)
			.query((rs, row) -> new QueuedMail(rs.getString("template"), rs.getString("subject")))
			.list();
	}

	/** The templates of the e-mails queued for this address, oldest first. */
	public static List<String> templatesTo(JdbcClient jdbc, String recipient) {
		return to(jdbc, recipient).stream().map(QueuedMail::template).toList();
	}

}
