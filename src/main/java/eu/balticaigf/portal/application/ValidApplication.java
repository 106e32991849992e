package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An application that passed every rule, in normalised form: what is stored (and what
 * pages show).
 *
 * @param callId the call whose form it answered (the API names the call otherwise)
 * @param formVersion the version of the call's form it answered; its answers are shown
 * with that version's labels
 * @param answers its answers to the call's own questions by key: text and dates as
 * strings, numbers as decimals, yes/no as booleans, several choices as lists of codes
 */
public record ValidApplication(String organisationName, String country, String registryCode,
		String registryCodeNormalised, String vatNumber, String pic, String website, String category,
		String organisationSize, String contactName, String contactEmail, String contactPhone,
		List<String> contributionAreas, Long investmentIntentEur, Long computeDemandGpuHours, String description,
		boolean consentPrivacy, boolean consentDirectory, @JsonIgnore long callId, int formVersion,
		Map<String, Object> answers) {

	public ValidApplication {
		answers = answers == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
	}

	/** An application of a form without questions of its own. */
	public ValidApplication(String organisationName, String country, String registryCode, String registryCodeNormalised,
			String vatNumber, String pic, String website, String category, String organisationSize, String contactName,
			String contactEmail, String contactPhone, List<String> contributionAreas, Long investmentIntentEur,
			Long computeDemandGpuHours, String description, boolean consentPrivacy, boolean consentDirectory) {
		this(organisationName, country, registryCode, registryCodeNormalised, vatNumber, pic, website, category,
				organisationSize, contactName, contactEmail, contactPhone, contributionAreas, investmentIntentEur,
				computeDemandGpuHours, description, consentPrivacy, consentDirectory, 0, 0, Map.of());
	}

	/** The same application as an answer to a version of a call's form. */
	ValidApplication answering(long call, int version, Map<String, Object> given) {
		return new ValidApplication(organisationName, country, registryCode, registryCodeNormalised, vatNumber, pic,
				website, category, organisationSize, contactName, contactEmail, contactPhone, contributionAreas,
				investmentIntentEur, computeDemandGpuHours, description, consentPrivacy, consentDirectory, call,
				version, given);
	}

}
