package eu.balticaigf.portal.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The e-mails the review queued for an address, from the outbox's rows rather than the
 * inbox: every e-mail is a row from the moment its change commits, so "sent once, and no
 * more" is known at once instead of by waiting to see that nothing else arrives.
 */
final class ReviewMail {

	private ReviewMail() {
	}

	/** The templates of the review's e-mails to this address, oldest first. */
	static List<String> to(JdbcClient jdbc, String email) {
		return jdbc.sql("""
				SELECT template FROM outbox_message WHERE recipient = ? AND template LIKE 'review/%'
				ORDER BY created_at, message_id""").param(email).query(String.class).list();
	}

}
