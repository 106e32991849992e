package eu.balticaigf.portal.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import eu.balticaigf.portal.privacy.PersonalDataRows;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * E-mails in the outbox: the export lists what was sent to the address (subject,
 * template, status, dates; bodies are renderings of data exported elsewhere). Erasure
 * deletes them, pending ones included. Sent and parked e-mails hold names and private
 * links, so they are deleted {@code emailRetentionDays} after they were queued.
 */
@Component
class OutboxPersonalData extends PersonalDataRows {

	OutboxPersonalData(JdbcClient jdbc) {
		super(jdbc, "emails", new Statements(email -> email, """
				SELECT template, subject, status, created_at AS "queuedAt", sent_at AS "sentAt" FROM outbox_message
				WHERE lower(btrim(recipient)) = ? ORDER BY created_at""",
				"DELETE FROM outbox_message WHERE lower(btrim(recipient)) = ?"));
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return jdbc.sql("DELETE FROM outbox_message WHERE status IN ('SENT', 'PARKED') AND created_at < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(settings.emailRetentionDays()))))
			.update();
	}

}
