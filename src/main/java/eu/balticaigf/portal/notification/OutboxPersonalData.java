package eu.balticaigf.portal.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.privacy.PersonalDataHolder;
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
class OutboxPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	OutboxPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "emails";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		return jdbc.sql("""
				SELECT template, subject, status, created_at, sent_at FROM outbox_message
				WHERE lower(btrim(recipient)) = ? ORDER BY created_at""").param(email).query((rs, row) -> {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("template", rs.getString("template"));
			message.put("subject", rs.getString("subject"));
			message.put("status", rs.getString("status"));
			message.put("queuedAt", rs.getTimestamp("created_at").toInstant().toString());
			Timestamp sent = rs.getTimestamp("sent_at");
			message.put("sentAt", sent == null ? null : sent.toInstant().toString());
			return message;
		}).list();
	}

	@Override
	public int erase(String email) {
		return jdbc.sql("DELETE FROM outbox_message WHERE lower(btrim(recipient)) = ?").param(email).update();
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return jdbc.sql("DELETE FROM outbox_message WHERE status IN ('SENT', 'PARKED') AND created_at < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(settings.emailRetentionDays()))))
			.update();
	}

}
