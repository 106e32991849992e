package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;

/**
 * The coded values the figures are broken down by, in the order the pages and the JSON
 * list them: the application module's lists, and what only the composition checks need.
 */
final class Vocabulary {

	static final List<String> STATUSES = Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();

	/**
	 * The categories the call invites by name; "other" is welcome but not a gap when
	 * missing.
	 */
	static final List<String> INVITED_CATEGORIES = Applications.CATEGORIES.stream()
		.filter(category -> !"OTHER".equals(category))
		.toList();

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
