package eu.balticaigf.portal.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A member of the ministry's staff who signs in to the back office.
 *
 * @param passwordHash an encoded password, or {@link #NO_PASSWORD} until an invited
 * person sets one
 * @param totpSecret the second factor's secret, encrypted ({@link SecretBox});
 * {@code null} when none is enrolled
 */
record StaffAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
		int failedAttempts, Instant lockedUntil, String totpSecret, Long totpLastStep, Instant lastSignInAt) {

	/** Six wrong passwords (or codes) in a row lock the account. */
	static final int MAX_FAILED_ATTEMPTS = 6;

	/** How long a lock lasts; even the right password is refused meanwhile. */
	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	/**
	 * Stored for an invited account: no password matches it, so nobody can sign in before
	 * setting one.
	 */
	static final String NO_PASSWORD = "!";

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/**
	 * Whether a typed address (already stripped) has the shape of an e-mail address and
	 * fits the column.
	 */
	static boolean isEmailAddress(String email) {
		return email.length() <= 254 && EMAIL.matcher(email).matches();
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	boolean hasPassword() {
		return !NO_PASSWORD.equals(passwordHash);
	}

	boolean hasSecondFactor() {
		return totpSecret != null;
	}

	/**
	 * The lock a further failure starts, if it is the last one allowed.
	 * @return when the lock ends, or {@code null} when this failure does not lock the
	 * account
	 */
	static Instant lockAfterFailure(int failedAttemptsSoFar, Instant now) {
		return failedAttemptsSoFar + 1 >= MAX_FAILED_ATTEMPTS ? now.plus(LOCK_DURATION) : null;
	}

}
