package eu.balticaigf.portal.directory;

import java.time.Instant;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataRows;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's sign-in links sent to an address; erasure deletes them, which also ends
 * any link not used yet. Retention: a day after the link expired ({@link SignIns#KEPT}),
 * by the directory's hourly purge and again by the privacy module's daily one.
 */
@Component
class SignInLinkPersonalData extends PersonalDataRows {

	private final SignIns signIns;

	SignInLinkPersonalData(JdbcClient jdbc, SignIns signIns) {
		super(jdbc, "directorySignIns", new Statements(DataSubjects::normalise, """
				SELECT created_at AS "sentAt", expires_at AS "expiresAt", used_at AS "usedAt"
				FROM directory_sign_in_link WHERE email = ? ORDER BY created_at""",
				"DELETE FROM directory_sign_in_link WHERE email = ?"));
		this.signIns = signIns;
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return signIns.purgeOld(now);
	}

}
