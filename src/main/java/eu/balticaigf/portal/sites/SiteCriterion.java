package eu.balticaigf.portal.sites;

import java.util.Locale;
import java.util.Map;

/**
 * A criterion of the catalogue.
 *
 * @param labels by language code
 * @param unit a unit code, shown through {@code sites.unit.<code>}
 * @param limit the hard limit, or null
 * @param hubLatitude with {@code hubLongitude}: the hub a latency criterion measures to,
 * or null for other criteria
 */
record SiteCriterion(String code, int position, Map<String, String> labels, String unit, Criterion.Direction direction,
		Double limit, Double hubLatitude, Double hubLongitude) {

	/**
	 * The units a criterion may have: each is shown through {@code sites.unit.<code>}.
	 */
	static final java.util.List<String> UNITS = java.util.List.of("MW", "MONTHS", "PERCENT", "RATIO", "L_PER_KWH",
			"HOURS_PER_YEAR", "M3_PER_DAY", "HA", "MS", "EUR_PER_MWH", "CLASS", "STAGE");

	String label(Locale locale) {
		return labels.getOrDefault(locale.getLanguage(), labels.get("en"));
	}

	String unitLabel() {
		return "sites.unit." + unit;
	}

	boolean latency() {
		return hubLatitude != null && hubLongitude != null;
	}

	Criterion forScoring() {
		return new Criterion(code, direction, limit);
	}

}
