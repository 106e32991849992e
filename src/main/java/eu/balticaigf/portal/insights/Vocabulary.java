package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values of the application table's coded columns, in the order the pages and the
 * JSON list them.
 */
final class Vocabulary {

	static final String WITHDRAWN = "WITHDRAWN";

	static final String DECLINED = "DECLINED";

	static final String ACCEPTED = "ACCEPTED";

	static final List<String> STATUSES = List.of("SUBMITTED", "ELIGIBILITY_CHECK", "UNDER_REVIEW", "INFO_REQUESTED",
			ACCEPTED, DECLINED, WITHDRAWN);

	static final List<String> CATEGORIES = List.of("TECHNOLOGY_PROVIDER", "CLOUD_COMPUTE_PROVIDER",
			"RESEARCH_INSTITUTE", "UNIVERSITY", "STARTUP", "INVESTOR", "PUBLIC_SECTOR", "OTHER");

	/**
	 * The categories the call invites by name; "other" is welcome but not a gap when
	 * missing.
	 */
	static final List<String> INVITED_CATEGORIES = CATEGORIES.subList(0, CATEGORIES.size() - 1);

	static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	/**
	 * The four consortium countries, always listed first and always listed, even at zero.
	 */
	static final List<String> CONSORTIUM_COUNTRIES = List.of("LT", "PL", "LV", "EE");

	private Vocabulary() {
	}

	/**
	 * The consortium countries first, then any other country that occurs, alphabetically.
	 */
	static List<String> countries(Collection<String> occurring) {
		List<String> countries = new ArrayList<>(CONSORTIUM_COUNTRIES);
		occurring.stream().filter(country -> !countries.contains(country)).sorted().forEach(countries::add);
		return countries;
	}

}
