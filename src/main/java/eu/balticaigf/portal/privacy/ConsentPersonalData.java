package eu.balticaigf.portal.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent records, found by the address's hash. Erasure deletes them: nothing is
 * processed any more to justify.
 */
@Component
class ConsentPersonalData extends PersonalDataRows {

	ConsentPersonalData(JdbcClient jdbc) {
		super(jdbc, "consents", new Statements(DataSubjects::hash, """
				SELECT purpose, notice_version AS "noticeVersion", given_at AS "givenAt", source_reference AS source
				FROM consent_record WHERE subject_hash = ? ORDER BY given_at, id""",
				"DELETE FROM consent_record WHERE subject_hash = ?"));
	}

}
