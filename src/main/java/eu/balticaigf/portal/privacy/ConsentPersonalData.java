package eu.balticaigf.portal.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent records, found by the address's hash. Erasure deletes them: nothing is
 * processed any more to justify.
 */
@Component
class ConsentPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ConsentPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "consents";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		return jdbc.sql("""
				SELECT purpose, notice_version, given_at, source_reference FROM consent_record
				WHERE subject_hash = ? ORDER BY given_at, id""").param(DataSubjects.hash(email)).query((rs, row) -> {
			Map<String, Object> consent = new LinkedHashMap<>();
			consent.put("purpose", rs.getString("purpose"));
			consent.put("noticeVersion", rs.getString("notice_version"));
			consent.put("givenAt", rs.getTimestamp("given_at").toInstant().toString());
			consent.put("source", rs.getString("source_reference"));
			return consent;
		}).list();
	}

	@Override
	public int erase(String email) {
		return jdbc.sql("DELETE FROM consent_record WHERE subject_hash = ?").param(DataSubjects.hash(email)).update();
	}

}
