package eu.balticaigf.portal.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Implemented by every module that holds personal data, so that the privacy module can
 * answer a data-subject request and apply retention without knowing any other module's
 * tables. Dependencies point towards privacy.
 */
public interface PersonalDataHolder {

	/** The section's name in an export, e.g. "applications". */
	String section();

	/** Everything held about the person with this e-mail address, one map per record. */
	List<Map<String, Object>> export(String email);

	/**
	 * Erases or anonymises the person's personal fields; records keep what is not
	 * personal (an application keeps its organisation data) so that statistics stay
	 * right.
	 * @return how many records were changed
	 */
	int erase(String email);

	/**
	 * Erases personal data whose retention period has passed at {@code now}.
	 * @return how many records were changed
	 */
	default int purgeExpired(Instant now, PrivacySettings settings) {
		return 0;
	}

}
