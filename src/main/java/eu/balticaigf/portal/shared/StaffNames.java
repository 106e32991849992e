package eu.balticaigf.portal.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Who a staff address or account is, for pages that show who did something (the audit
 * log, the back-office home). Implemented by the staff module; declared here so that
 * modules below it, such as the audit log, can name people without depending on it.
 */
public interface StaffNames {

	/** Display names by e-mail address; an address without an account is missing. */
	Map<String, String> byEmail(Collection<String> emails);

	/** The addresses of staff whose name contains this text, accents and case aside. */
	Collection<String> addressesNamed(String text);

	/** "Name (e-mail)" by staff account id; an unknown id is missing. */
	Map<Long, String> byAccount(Collection<Long> accountIds);

}
