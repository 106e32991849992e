package eu.balticaigf.portal.call;

import java.util.List;

/**
 * The codes a call chooses from: the countries whose organisations may apply, the
 * categories of organisation and the contribution areas. The codes are the application
 * form's (DESIGN.md §4); a call offers a selection of them.
 */
public final class CallChoices {

	/**
	 * The four countries named by the 2025 call first, then the rest of the EU and the
	 * EEA (ISO 3166-1 alpha-2).
	 */
	public static final List<String> COUNTRIES = List.of("LT", "PL", "LV", "EE", "AT", "BE", "BG", "HR", "CY", "CZ",
			"DK", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LU", "MT", "NL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
			"LI", "NO");

	public static final List<String> CATEGORIES = List.of("TECHNOLOGY_PROVIDER", "CLOUD_COMPUTE_PROVIDER",
			"RESEARCH_INSTITUTE", "UNIVERSITY", "STARTUP", "INVESTOR", "PUBLIC_SECTOR", "OTHER");

	public static final List<String> CONTRIBUTION_AREAS = List.of("COMPUTE_HARDWARE", "DATA_CENTRE_SITE",
			"ENERGY_COOLING", "CLOUD_SERVICES", "DATA", "AI_MODELS_SOFTWARE", "RESEARCH", "SKILLS_TRAINING",
			"INVESTMENT", "USE_CASES");

	private CallChoices() {
	}

}
