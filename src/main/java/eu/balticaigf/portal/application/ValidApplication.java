package eu.balticaigf.portal.application;

import java.util.List;

/**
 * An application that passed every rule, in normalised form: what is stored (and what
 * pages show).
 */
public record ValidApplication(String organisationName, String country, String registryCode,
		String registryCodeNormalised, String vatNumber, String pic, String website, String category,
		String organisationSize, String contactName, String contactEmail, String contactPhone,
		List<String> contributionAreas, Long investmentIntentEur, Long computeDemandGpuHours, String description,
		boolean consentPrivacy, boolean consentDirectory) {
}
