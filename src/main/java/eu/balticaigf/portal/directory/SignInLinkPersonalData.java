package eu.balticaigf.portal.directory;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's sign-in links sent to an address (kept a day,
 * {@link SignIns#purgeOld}); erasure deletes them, which also ends any link not used yet.
 */
@Component
class SignInLinkPersonalData extends PersonalDataRows {

	SignInLinkPersonalData(JdbcClient jdbc) {
		super(jdbc, "directorySignIns", new Statements(DataSubjects::normalise, """
				SELECT created_at AS "sentAt", expires_at AS "expiresAt", used_at AS "usedAt"
				FROM directory_sign_in_link WHERE email = ? ORDER BY created_at""",
				"DELETE FROM directory_sign_in_link WHERE email = ?"));
	}

}
