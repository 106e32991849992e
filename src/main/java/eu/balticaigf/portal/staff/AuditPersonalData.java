package eu.balticaigf.portal.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataErased;
import eu.balticaigf.portal.privacy.PersonalDataExported;
import eu.balticaigf.portal.privacy.PersonalDataHolder;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log's part in a data-subject request: entries naming the person (as actor,
 * target or in the recorded states) are exported, and on erasure pseudonymised through
 * {@code audit_log_pseudonymise} (V13), the one narrow exception to the log being
 * append-only. The exports and erasures themselves are recorded here, naming the person
 * only by the SHA-256 of the address.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AuditPersonalData(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public String section() {
		return "auditEntries";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		return jdbc.sql("""
				SELECT at, actor, action, target_type, target_id, before_state::text AS before_state,
				    after_state::text AS after_state
				FROM audit_log
				WHERE actor ~ audit_log_email_pattern(:email) OR target_id ~ audit_log_email_pattern(:email)
				    OR before_state::text ~ audit_log_email_pattern(:email)
				    OR after_state::text ~ audit_log_email_pattern(:email)
				ORDER BY at, id""").param("email", email).query((rs, row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("at", rs.getTimestamp("at").toInstant().toString());
			entry.put("actor", rs.getString("actor"));
			entry.put("action", rs.getString("action"));
			entry.put("targetType", rs.getString("target_type"));
			entry.put("targetId", rs.getString("target_id"));
			entry.put("before", rs.getString("before_state"));
			entry.put("after", rs.getString("after_state"));
			return entry;
		}).list();
	}

	@Override
	public int erase(String email) {
		return jdbc.sql("SELECT audit_log_pseudonymise(?, ?)")
			.params(email, DataSubjects.pseudonym(email))
			.query(Integer.class)
			.single();
	}

	/** Synchronous, in the export's transaction: no export without its audit entry. */
	@EventListener
	void on(PersonalDataExported exported) {
		audit.record("privacy.export", AuditLog.Target.of("data-subject", exported.subjectHash()), null,
				Map.of("records", exported.counts()));
	}

	@EventListener
	void on(PersonalDataErased erased) {
		audit.record("privacy.erase", AuditLog.Target.of("data-subject", erased.subjectHash()), null,
				Map.of("reason", erased.reason(), "records", erased.counts()));
	}

}
