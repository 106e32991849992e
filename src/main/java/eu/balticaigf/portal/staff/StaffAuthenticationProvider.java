package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password step of staff sign-in, with the lockout: six wrong passwords lock the
 * account for fifteen minutes, during which even the right one is refused. Every outcome
 * is audited. Where a second factor is enrolled (or an admin must enrol one) the session
 * gets only a pending authority; {@link SecondFactorController} finishes the job.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	/**
	 * Compared against when the account cannot sign in, so that the answer takes as long
	 * as for one that can.
	 */
	private final String dummyHash;

	private final StaffRepository staff;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final StaffSettings settings;

	private final Clock clock;

	StaffAuthenticationProvider(StaffRepository staff, PasswordEncoder encoder, AuditLog audit, StaffSettings settings,
			Clock clock) {
		this.staff = staff;
		this.encoder = encoder;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.dummyHash = encoder.encode(eu.balticaigf.portal.shared.SecureTokens.newToken());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName() == null ? "" : authentication.getName().strip();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		Instant now = clock.instant();
		var found = staff.findByEmail(email);
		if (found.isEmpty()) {
			matches(password, dummyHash);
			audit.record(email, "staff.sign-in.failed", AuditLog.Target.NONE, null,
					Map.of("reason", "unknown-account"));
			throw new BadCredentialsException("Bad credentials");
		}
		StaffAccount account = found.get();
		try {
			refuseIfBarred(account, now);
		}
		catch (AccountStatusException barred) {
			matches(password, dummyHash);
			throw barred;
		}
		if (!account.hasPassword() || !matches(password, account.passwordHash())) {
			registerFailure(account, now, "wrong-password");
			throw new BadCredentialsException("Bad credentials");
		}
		return passwordAccepted(account, now);
	}

	/**
	 * Refuses, audited, an account that is deactivated or locked: checked at every step
	 * of signing in, so that a session already past the password cannot finish signing in
	 * during a lock.
	 */
	void refuseIfBarred(StaffAccount account, Instant now) throws AccountStatusException {
		AuditLog.Target target = AuditLog.Target.of("staff_account", account.id());
		if (!account.enabled()) {
			audit.record(account.email(), "staff.sign-in.failed", target, null, Map.of("reason", "deactivated"));
			throw new DisabledException("Account deactivated");
		}
		if (account.isLockedAt(now)) {
			audit.record(account.email(), "staff.sign-in.failed", target, null,
					Map.of("reason", "locked", "lockedUntil", account.lockedUntil().toString()));
			throw new LockedException("Account locked");
		}
	}

	/**
	 * A wrong password or a wrong code: counted together, so the second factor cannot be
	 * guessed either.
	 */
	void registerFailure(StaffAccount account, Instant now, String reason) {
		AuditLog.Target target = AuditLog.Target.of("staff_account", account.id());
		audit.record(account.email(), "staff.sign-in.failed", target, null, Map.of("reason", reason));
		staff.registerFailure(account.id(), now)
			.ifPresent(until -> audit.record(account.email(), "staff.account.locked", target, null,
					Map.of("lockedUntil", until.toString())));
	}

	private Authentication passwordAccepted(StaffAccount account, Instant now) {
		AuditLog.Target target = AuditLog.Target.of("staff_account", account.id());
		if (account.hasSecondFactor() || mustEnrol(account)) {
			String step = account.hasSecondFactor() ? StaffAuthorities.FACTOR_PENDING
					: StaffAuthorities.ENROLMENT_REQUIRED;
			audit.record(account.email(), "staff.sign-in.password-accepted", target, null, Map.of("next", step));
			return UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
					StaffAuthorities.pending(step));
		}
		if (!staff.signedIn(account.id(), now)) {
			// Locked meanwhile by a concurrent attempt: refused like any sign-in during a
			// lock.
			refuseIfBarred(staff.findById(account.id()).orElseThrow(), now);
		}
		audit.record(account.email(), "staff.sign-in.succeeded", target, null, Map.of("factors", "password"));
		return UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
				StaffAuthorities.of(account.role()));
	}

	boolean mustEnrol(StaffAccount account) {
		return account.role() == Role.ADMIN && settings.requireSecondFactorForAdmin() && !account.hasSecondFactor();
	}

	private boolean matches(String password, String hash) {
		try {
			return encoder.matches(password, hash);
		}
		catch (IllegalArgumentException ex) {
			// bcrypt refuses passwords over 72 bytes; such a password is simply wrong.
			return false;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
