package eu.balticaigf.portal.review;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * A conflict of interest a member of staff declared, by organisation name or registry
 * code (or both). It covers an application whose organisation name or registry code is
 * the same once both are normalised: case, spacing and punctuation do not matter ("UAB
 * Paieška," and "uab paieška" match), but a name must match as a whole, so "Paieška" does
 * not cover "UAB Paieška": a reviewer declares the name as the organisation writes it, or
 * better its registry code.
 */
record Conflict(long id, String reviewer, String organisationName, String registryCode, Instant declaredAt) {

	static final int MAX_LENGTH = 300;

	static Conflict declare(String reviewer, String organisationName, String registryCode, Instant at) {
		return new Conflict(0, reviewer, blankToNull(name(organisationName)), blankToNull(code(registryCode)), at);
	}

	boolean covers(String organisationName, String registryCode) {
		return this.organisationName != null && this.organisationName.equals(name(organisationName))
				|| this.registryCode != null && this.registryCode.equals(code(registryCode));
	}

	/** Lower case, letters and digits only, runs of anything else as one space. */
	static String name(String value) {
		if (value == null) {
			return null;
		}
		String composed = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return composed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Upper case, letters and digits only: "LT-123 456" and "lt123456" are one code. */
	static String code(String value) {
		return value == null ? null : value.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
