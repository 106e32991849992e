package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * The closed lists of the form (DESIGN.md §4). Anything else posted for these fields is a
 * field error.
 */
final class Choices {

	static final List<String> CATEGORIES = List.of("TECHNOLOGY_PROVIDER", "CLOUD_COMPUTE_PROVIDER",
			"RESEARCH_INSTITUTE", "UNIVERSITY", "STARTUP", "INVESTOR", "PUBLIC_SECTOR", "OTHER");

	/**
	 * The EU's SME definition (Commission Recommendation 2003/361/EC) plus large
	 * enterprises.
	 */
	static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	static final List<String> CONTRIBUTION_AREAS = List.of("COMPUTE_HARDWARE", "DATA_CENTRE_SITE", "ENERGY_COOLING",
			"CLOUD_SERVICES", "DATA", "AI_MODELS_SOFTWARE", "RESEARCH", "SKILLS_TRAINING", "INVESTMENT", "USE_CASES");

	/**
	 * The four consortium countries first, then the rest of the EU and the EEA (ISO
	 * 3166-1 alpha-2).
	 */
	static final List<String> COUNTRIES = List.of("LT", "PL", "LV", "EE", "AT", "BE", "BG", "HR", "CY", "CZ", "DK",
			"FI", "FR", "DE", "GR", "HU", "IE", "IT", "LU", "MT", "NL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
			"NO");

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
