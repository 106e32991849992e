package eu.balticaigf.portal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in, and the enrolment of a second factor, as decisions about
 * an account: which code counts, when a lock ends the attempt, what is audited. The
 * controller only carries the outcome to the session and the page.
 */
@Service
class SecondFactorSignIn {

	/** What a code step (or an enrolment) comes to. */
	enum Outcome {

		/** The code was right: the session may now hold the account's role. */
		SIGNED_IN,
		/** No code was typed: ask again. */
		CODE_MISSING,
		/** A wrong or used code: counted towards the lock; ask again. */
		CODE_WRONG,
		/**
		 * The account is deactivated or locked (perhaps by this very attempt): the
		 * half-signed-in session must end.
		 */
		REFUSED,
		/** Enrolled outside signing in (from the back office): nothing to sign in. */
		ENROLLED

	}

	/**
	 * An enrolment's outcome, with the recovery codes to show once when it succeeded.
	 */
	record Enrolment(Outcome outcome, List<String> recoveryCodes) {
	}

	private final StaffRepository staff;

	private final RecoveryCodes recoveryCodes;

	private final SecretBox secrets;

	private final StaffAuthenticationProvider passwords;

	private final AuditLog audit;

	private final Clock clock;

	SecondFactorSignIn(StaffRepository staff, RecoveryCodes recoveryCodes, SecretBox secrets,
			StaffAuthenticationProvider passwords, AuditLog audit, Clock clock) {
		this.staff = staff;
		this.recoveryCodes = recoveryCodes;
		this.secrets = secrets;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The code step. The lock is checked before the code is looked at, so that a lock
	 * also stops the guesses of a session already waiting for its code, and a recovery
	 * code is not used up by a refused attempt. Each step commits on its own: a wrong
	 * code counts even though the answer is a page, not an error.
	 */
	Outcome code(StaffAccount account, String code) {
		Instant now = clock.instant();
		if (barred(account, now)) {
			return Outcome.REFUSED;
		}
		String factor = verify(account, code, now);
		if (factor == null) {
			passwords.registerFailure(account, now, "wrong-code");
			if (reload(account).isLockedAt(now)) {
				return Outcome.REFUSED;
			}
			return code.isBlank() ? Outcome.CODE_MISSING : Outcome.CODE_WRONG;
		}
		if (!finishSignIn(account, now)) {
			return Outcome.REFUSED;
		}
		audit.record(account.email(), "staff.sign-in.succeeded", target(account), null,
				Map.of("factors", "password+" + factor));
		return Outcome.SIGNED_IN;
	}

	/**
	 * Enrols the authenticator app whose secret the page showed, once its first code
	 * proves the app has it; ten recovery codes come with it. When this is part of
	 * signing in (an admin who must enrol) and a lock started meanwhile, nothing is
	 * enrolled: the recovery codes would never be shown.
	 * @param signingIn whether the session is half-way through signing in
	 */
	@Transactional
	Enrolment enrol(StaffAccount account, byte[] secret, String code, boolean signingIn) {
		Instant now = clock.instant();
		if (signingIn && barred(account, now)) {
			return new Enrolment(Outcome.REFUSED, List.of());
		}
		OptionalLong step = Totp.matchingStep(secret, code, now);
		if (step.isEmpty()) {
			return new Enrolment(code.isBlank() ? Outcome.CODE_MISSING : Outcome.CODE_WRONG, List.of());
		}
		if (signingIn && !finishSignIn(account, now)) {
			return new Enrolment(Outcome.REFUSED, List.of());
		}
		staff.setTotp(account.id(), secrets.encrypt(secret), step.getAsLong());
		List<String> codes = recoveryCodes.renew(account.id());
		audit.record(account.email(), "staff.second-factor.enrolled", target(account), null,
				Map.of("method", "totp", "recoveryCodes", codes.size()));
		if (!signingIn) {
			return new Enrolment(Outcome.ENROLLED, codes);
		}
		audit.record(account.email(), "staff.sign-in.succeeded", target(account), null,
				Map.of("factors", "password+totp-enrolment"));
		return new Enrolment(Outcome.SIGNED_IN, codes);
	}

	/** Deactivated or locked: refused and audited, as at the password step. */
	private boolean barred(StaffAccount account, Instant now) {
		try {
			passwords.refuseIfBarred(account, now);
			return false;
		}
		catch (AccountStatusException barred) {
			return true;
		}
	}

	/**
	 * Marks the sign-in done, unless a lock started meanwhile (by another session's
	 * guesses): the lock then stands, refused and audited as at the password step,
	 * instead of being cleared by this sign-in.
	 * @return whether the sign-in may go ahead
	 */
	private boolean finishSignIn(StaffAccount account, Instant now) {
		if (staff.signedIn(account.id(), now)) {
			return true;
		}
		barred(reload(account), now);
		return false;
	}

	private StaffAccount reload(StaffAccount account) {
		return staff.findById(account.id()).orElseThrow();
	}

	/**
	 * @return which factor matched ({@code totp} or {@code recovery-code}), or
	 * {@code null}
	 */
	private String verify(StaffAccount account, String code, Instant now) {
		if (!account.hasSecondFactor() || code.isBlank()) {
			return null;
		}
		String typed = code.replaceAll("\\s", "");
		if (typed.matches("\\d+")) {
			OptionalLong step = Totp.matchingStep(secrets.decrypt(account.totpSecret()), typed, now);
			return step.isPresent() && staff.useTotpStep(account.id(), step.getAsLong()) ? "totp" : null;
		}
		return recoveryCodes.use(account.id(), typed) ? "recovery-code" : null;
	}

	private static AuditLog.Target target(StaffAccount account) {
		return AuditLog.Target.of("staff_account", account.id());
	}

}
