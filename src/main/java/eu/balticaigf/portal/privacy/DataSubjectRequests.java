package eu.balticaigf.portal.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's right of access and right to erasure, across every module that holds
 * personal data.
 */
@Service
class DataSubjectRequests {

	private final List<PersonalDataHolder> holders;

	private final PrivacySettings settings;

	private final Clock clock;

	private final AuditLog audit;

	DataSubjectRequests(List<PersonalDataHolder> holders, PrivacySettings settings, Clock clock, AuditLog audit) {
		this.holders = holders;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	/** Read and write: the export itself is audited, naming the person only by a hash. */
	@Transactional
	Map<String, Object> export(String email) {
		Map<String, Object> export = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		export.put("subject", normalise(email));
		export.put("generatedAt", clock.instant().toString());
		export.put("privacyNoticeVersion", settings.noticeVersion());
		for (PersonalDataHolder holder : holders) {
			List<Map<String, Object>> records = holder.export(normalise(email));
			export.put(holder.section(), records);
			counts.put(holder.section(), records.size());
		}
		audit.record("privacy.export", AuditLog.Target.of("data-subject", DataSubjects.hash(email)), null,
				Map.of("records", counts));
		return export;
	}

	/** All or nothing: a half-erased person would be worse than either state. */
	@Transactional
	Map<String, Integer> erase(String email, String reason) {
		Map<String, Integer> erased = new LinkedHashMap<>();
		for (PersonalDataHolder holder : holders) {
			erased.put(holder.section(), holder.erase(normalise(email)));
		}
		// After every holder (the audit log's earlier entries are pseudonymised by then),
		// never naming the address.
		String maskedReason = reason.strip()
			.replaceAll("(?i)" + java.util.regex.Pattern.quote(normalise(email)), DataSubjects.pseudonym(email));
		audit.record("privacy.erase", AuditLog.Target.of("data-subject", DataSubjects.hash(email)), null,
				Map.of("reason", maskedReason, "records", erased));
		return erased;
	}

	static String normalise(String email) {
		return DataSubjects.normalise(email);
	}

}
