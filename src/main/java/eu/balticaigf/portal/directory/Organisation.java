package eu.balticaigf.portal.directory;

import java.util.List;

/**
 * An organisation as the directory knows it: what its application or bid membership says
 * (name, country, category, contribution areas), what it says about itself here (profile,
 * website), and whether it is listed (and what its application answered, false for a
 * member without one). {@code key} names where it comes from ({@link OrganisationKeys});
 * it is never shown.
 */
record Organisation(String key, String name, String country, String category, List<String> contributionAreas,
		String profile, String website, boolean listed, boolean applicationConsent) {
}
