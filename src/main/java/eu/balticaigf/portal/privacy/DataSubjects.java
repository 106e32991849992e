package eu.balticaigf.portal.privacy;

import java.util.Locale;

import eu.balticaigf.portal.shared.SecureTokens;

/**
 * How every module names a person without writing their address down: the normalised
 * address, its SHA-256, and the pseudonym that replaces it where a record must keep a
 * value (the audit log).
 */
public final class DataSubjects {

	private DataSubjects() {
	}

	/** Trimmed and lower case: the form every holder compares with. */
	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * SHA-256 hex of the normalised address: what consent records and audit entries about
	 * the person store.
	 */
	public static String hash(String email) {
		return SecureTokens.hash(normalise(email));
	}

	/**
	 * {@code erased-} and the first 12 hex digits of the hash: stable, so pseudonymised
	 * entries still group.
	 */
	public static String pseudonym(String email) {
		return "erased-" + hash(email).substring(0, 12);
	}

}
