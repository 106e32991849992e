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
 * A colleague's address added to an organisation in the directory. Erasure deletes it:
 * the address then signs in for nobody. An address never confirmed is kept as long as
 * e-mails are, then deleted.
 */
@Component
class ColleaguePersonalData extends PersonalDataRows {

	ColleaguePersonalData(JdbcClient jdbc) {
		super(jdbc, "directoryColleagues", new Statements(DataSubjects::normalise, """
				SELECT organisation_key AS organisation, added_at AS "addedAt", confirmed_at AS "confirmedAt"
				FROM directory_colleague WHERE email = ? ORDER BY added_at""",
				"DELETE FROM directory_colleague WHERE email = ?"));
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return jdbc.sql("DELETE FROM directory_colleague WHERE confirmed_at IS NULL AND added_at < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(settings.emailRetentionDays()))))
			.update();
	}

}
