package eu.balticaigf.portal.directory;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataRows;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cards a person wrote (their address is kept for the news about each card). Erasure
 * deletes them: the card leaves the directory, and an introduction asked about it keeps
 * its copied type and role. Cards no longer public (withdrawn, rejected, expired) go once
 * untouched for as long as e-mails are kept.
 */
@Component
class CardPersonalData extends PersonalDataRows {

	CardPersonalData(JdbcClient jdbc) {
		super(jdbc, "directoryCards", new Statements(DataSubjects::normalise, """
				SELECT id, organisation_key AS organisation, type, role, array_to_string(tags, ', ') AS tags,
				    quantity, unit, array_to_string(countries, ', ') AS countries, text, state, note,
				    created_at AS "createdAt", expires_at AS "expiresAt"
				FROM directory_card WHERE lower(owner_email) = ? ORDER BY id""",
				"DELETE FROM directory_card WHERE lower(owner_email) = ?"));
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return jdbc.sql("""
				DELETE FROM directory_card WHERE state IN ('WITHDRAWN', 'REJECTED', 'EXPIRED') AND updated_at < ?""")
			.param(Timestamp.from(now.minus(Duration.ofDays(settings.emailRetentionDays()))))
			.update();
	}

}
