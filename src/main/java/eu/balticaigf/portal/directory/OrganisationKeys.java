package eu.balticaigf.portal.directory;

import java.util.Optional;

import eu.balticaigf.portal.application.ApplyingOrganisation;
import eu.balticaigf.portal.bid.BidOrganisations;

/**
 * How the directory names an organisation: {@code application:<country>/<registry code>}
 * for one that applied (the same across its applications to several calls),
 * {@code member:<id>} for a member of the bid an admin added without an application.
 */
final class OrganisationKeys {

	private static final String APPLICATION = "application:";

	private static final String MEMBER = "member:";

	private OrganisationKeys() {
	}

	static String of(ApplyingOrganisation organisation) {
		return application(organisation.country(), organisation.registryCode());
	}

	static String application(String country, String normalisedRegistryCode) {
		return APPLICATION + country + "/" + normalisedRegistryCode;
	}

	static String of(BidOrganisations.DirectMember member) {
		return MEMBER + member.id();
	}

	/** Country and registry code of an applying organisation's key. */
	static Optional<String[]> application(String key) {
		if (!key.startsWith(APPLICATION) || key.indexOf('/') < 0) {
			return Optional.empty();
		}
		String rest = key.substring(APPLICATION.length());
		int slash = rest.indexOf('/');
		return Optional.of(new String[] { rest.substring(0, slash), rest.substring(slash + 1) });
	}

	static Optional<Long> member(String key) {
		if (!key.startsWith(MEMBER)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(key.substring(MEMBER.length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
