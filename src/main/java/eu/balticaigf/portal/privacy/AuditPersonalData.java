package eu.balticaigf.portal.privacy;

import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * The audit log's part in a data-subject request: entries naming the person (as actor,
 * target or in the recorded states) are exported, and on erasure the address is replaced
 * by its pseudonym, the one narrow exception to the log being append-only.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

	private final AuditLog audit;

	AuditPersonalData(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public String section() {
		return "auditEntries";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		return audit.entriesNaming(email);
	}

	@Override
	public int erase(String email) {
		return audit.pseudonymise(email, DataSubjects.pseudonym(email));
	}

}
