package eu.balticaigf.portal.review;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A conflict of interest a member of staff declared, by organisation name or registry
 * code (or both), kept as typed. It covers an application whose organisation name or
 * registry code is the same once both are folded: case, accents, spacing and punctuation
 * do not matter ("neuronu tinklas, uab" covers "Neuronų Tinklas UAB"), but a name must
 * match as a whole, so "Paieška" does not cover "UAB Paieška": a reviewer declares the
 * name as the organisation writes it, or better its registry code. The application module
 * does the matching ({@code ApplicationQuery.ofOrganisations}), with the rule staff
 * search uses.
 */
record Conflict(long id, String reviewer, String organisationName, String registryCode, Instant declaredAt) {

	static final int MAX_LENGTH = 300;

	/** A name or code with nothing to match on: no letter, no digit. */
	private static final Pattern NOTHING_TO_MATCH = Pattern.compile("[^\\p{L}\\p{N}]*");

	/**
	 * A new declaration, each part as typed (without surrounding spaces), or null where
	 * it has no letter or digit to match.
	 */
	static Conflict declare(String reviewer, String organisationName, String registryCode, Instant at) {
		return new Conflict(0, reviewer, typed(organisationName), typed(registryCode), at);
	}

	/** Whether it names anything at all. */
	boolean namesSomething() {
		return organisationName != null || registryCode != null;
	}

	private static String typed(String value) {
		return value == null || NOTHING_TO_MATCH.matcher(value).matches() ? null : value.strip();
	}

}
