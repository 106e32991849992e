package eu.balticaigf.portal.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's right of access and right to erasure, across every module that holds personal data. */
@Service
class DataSubjectRequests {

	private final List<PersonalDataHolder> holders;

	private final PrivacySettings settings;

	private final Clock clock;

	DataSubjectRequests(List<PersonalDataHolder> holders, PrivacySettings settings, Clock clock) {
		this.holders = holders;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Map<String, Object> export(String email) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("subject", normalise(email));
		export.put("generatedAt", clock.instant().toString());
		export.put("privacyNoticeVersion", settings.noticeVersion());
		for (PersonalDataHolder holder : holders) {
			export.put(holder.section(), holder.export(normalise(email)));
		}
		return export;
	}

	/** All or nothing: a half-erased person would be worse than either state. */
	@Transactional
	Map<String, Integer> erase(String email) {
		Map<String, Integer> erased = new LinkedHashMap<>();
		for (PersonalDataHolder holder : holders) {
			erased.put(holder.section(), holder.erase(normalise(email)));
		}
		return erased;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
