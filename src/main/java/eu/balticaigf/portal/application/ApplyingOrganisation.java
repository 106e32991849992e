package eu.balticaigf.portal.application;

import java.util.List;

/**
 * An organisation as its latest application (not withdrawn) describes it, for the partner
 * directory: what may be shown if it consented, never its contact. {@code registryCode}
 * is the normalised code which, with the country, identifies the organisation across
 * calls.
 */
public record ApplyingOrganisation(String country, String registryCode, String name, String category,
		List<String> contributionAreas, String website, boolean consentsToDirectory, String language) {
}
