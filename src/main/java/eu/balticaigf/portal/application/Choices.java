package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.balticaigf.portal.call.CallChoices;
import eu.balticaigf.portal.shared.web.Languages;

/**
 * The closed lists of the form (DESIGN.md §4). Anything else posted for these fields is a
 * field error.
 */
final class Choices {

	static final List<String> CATEGORIES = CallChoices.CATEGORIES;

	/**
	 * The EU's SME definition (Commission Recommendation 2003/361/EC) plus large
	 * enterprises.
	 */
	static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	static final List<String> CONTRIBUTION_AREAS = CallChoices.CONTRIBUTION_AREAS;

	/**
	 * The four consortium countries first, then the rest of the EU and the EEA (ISO
	 * 3166-1 alpha-2).
	 */
	static final List<String> COUNTRIES = CallChoices.COUNTRIES;

	static final int CONSORTIUM_COUNTRIES = 4;

	private Choices() {
	}

	// Built once per language: every form page lists them all.
	private static final Map<Locale, List<CountryOption>> COUNTRY_OPTIONS = new ConcurrentHashMap<>();

	/** Country names from the JDK's CLDR data, in the reader's language. */
	static List<CountryOption> countries(Locale locale) {
		return COUNTRY_OPTIONS.computeIfAbsent(Languages.supported(locale),
				language -> COUNTRIES.stream()
					.map(code -> new CountryOption(code, new Locale("", code).getDisplayCountry(language)))
					.toList());
	}

}
