package eu.balticaigf.portal.directory;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A colleague's address added to an organisation in the directory. Erasure deletes it:
 * the address then signs in for nobody.
 */
@Component
class ColleaguePersonalData extends PersonalDataRows {

	ColleaguePersonalData(JdbcClient jdbc) {
		super(jdbc, "directoryColleagues", new Statements(DataSubjects::normalise, """
				SELECT organisation_key AS organisation, added_at AS "addedAt", confirmed_at AS "confirmedAt"
				FROM directory_colleague WHERE email = ? ORDER BY added_at""",
				"DELETE FROM directory_colleague WHERE email = ?"));
	}

}
