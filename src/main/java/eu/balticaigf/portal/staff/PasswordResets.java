package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.PostRateLimiter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff who forgot their password set a new one through a one-time link e-mailed to their
 * address. Whoever asks sees the same answer whatever happened (the page never says
 * whether an address has an account); what did happen is recorded in the audit log as the
 * request's {@code outcome}, never with the link's token.
 *
 * <p>
 * A link works once, for {@link #LINK_VALIDITY}, and only the newest one: a new link, or
 * a password set by any means, ends the others. An address gets at most
 * {@link #LINKS_PER_ADDRESS_PER_HOUR} links an hour, so that nobody can flood a
 * colleague's inbox; a client is held to the limit of every public form
 * ({@code portal.rate-limit.*}). The second factor is not touched: a new password still
 * needs the authenticator's code to sign in.
 */
@Service
class PasswordResets {

	static final Duration LINK_VALIDITY = Duration.ofMinutes(60);

	static final int LINKS_PER_ADDRESS_PER_HOUR = 3;

	/**
	 * A request this soon after a link went out (a double click) sends none: the first is
	 * still on its way.
	 */
	static final Duration PAUSE_BETWEEN_LINKS = Duration.ofMinutes(1);

	/** An account's valid link. */
	record Link(long id, long staffId, String email) {
	}

	private final StaffRepository staff;

	private final StaffAccounts accounts;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final AuditLog audit;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final PostRateLimiter limiter;

	PasswordResets(StaffRepository staff, StaffAccounts accounts, JdbcClient jdbc, Outbox outbox, AuditLog audit,
			PasswordEncoder encoder, Clock clock, PostRateLimiter limiter) {
		this.staff = staff;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.audit = audit;
		this.encoder = encoder;
		this.clock = clock;
		this.limiter = limiter;
	}

	/**
	 * E-mails a link to the account with this address, in the requester's language, where
	 * the rules allow; the caller answers the same in every case.
	 * @param email the address as typed, well formed
	 * @param client the requesting client's address
	 */
	@Transactional
	void request(String email, String client, Locale locale) {
		Optional<StaffAccount> found = staff.findByEmail(email);
		String outcome = !limiter.tryAcquire(client).allowed() ? "client-limit"
				: found.map(account -> send(account, locale)).orElse("no-account");
		AuditLog.Target target = found.map(account -> AuditLog.Target.of("staff_account", account.id()))
			.orElse(AuditLog.Target.NONE);
		audit.record(email, "staff.password-reset.requested", target, null, Map.of("outcome", outcome));
	}

	/**
	 * @return what happened, for the audit log
	 */
	private String send(StaffAccount account, Locale locale) {
		if (!account.enabled()) {
			return "deactivated";
		}
		Instant now = clock.instant();
		// One request at a time per account, so that two at once cannot both pass the
		// limits below.
		jdbc.sql("SELECT id FROM staff_account WHERE id = ? FOR UPDATE").param(account.id()).query(Long.class).single();
		Instant latest = jdbc.sql("SELECT max(created_at) FROM staff_password_reset WHERE staff = ?")
			.param(account.id())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (latest != null && latest.isAfter(now.minus(PAUSE_BETWEEN_LINKS))) {
			return "just-sent";
		}
		long lastHour = jdbc.sql("SELECT count(*) FROM staff_password_reset WHERE staff = ? AND created_at > ?")
			.params(account.id(), Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (lastHour >= LINKS_PER_ADDRESS_PER_HOUR) {
			return "address-limit";
		}
		endOpenLinks(account.id(), now);
		String token = SecureTokens.newToken();
		jdbc.sql("""
				INSERT INTO staff_password_reset (staff, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?)""")
			.params(account.id(), SecureTokens.hash(token), Timestamp.from(now),
					Timestamp.from(now.plus(LINK_VALIDITY)))
			.update();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", account.displayName());
		variables.put("email", account.email());
		variables.put("path", "/staff/password-reset/" + token);
		outbox.enqueue(new Email(account.email(), locale, "staff/password-reset", variables));
		return "emailed";
	}

	/** The link of this token, while it may still be used. */
	Optional<Link> valid(String token) {
		return jdbc.sql("""
				SELECT r.id, s.id AS staff, s.email
				FROM staff_password_reset r JOIN staff_account s ON s.id = r.staff
				WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND s.enabled""")
			.params(SecureTokens.hash(token), Timestamp.from(clock.instant()))
			.query((rs, row) -> new Link(rs.getLong("id"), rs.getLong("staff"), rs.getString("email")))
			.optional();
	}

	/**
	 * Spends the link and sets the password (the caller has checked it against the
	 * policy). It also ends a lock: the lock held off guesses at the old password, and
	 * whoever has the link controls the account's mailbox and has just chosen a password
	 * the guesser does not know; keeping it would only lock out the person who most
	 * likely caused it by forgetting. Every session of the account ends, as do its other
	 * links and open invitations.
	 * @return false when the link no longer works
	 */
	@Transactional
	boolean complete(String token, String password) {
		Optional<Link> link = valid(token);
		Instant now = clock.instant();
		if (link.isEmpty() || jdbc.sql("UPDATE staff_password_reset SET used_at = ? WHERE id = ? AND used_at IS NULL")
			.params(Timestamp.from(now), link.get().id())
			.update() != 1) {
			return false;
		}
		long id = link.get().staffId();
		boolean wasLocked = staff.findById(id).orElseThrow().isLockedAt(now);
		staff.setPassword(id, encoder.encode(password));
		endOpenLinks(id, now);
		accounts.endOpenInvitations(id, now);
		int sessionsEnded = accounts.endSessions(link.get().email());
		audit.record(link.get().email(), "staff.password-reset.completed", AuditLog.Target.of("staff_account", id),
				null, Map.of("lockEnded", wasLocked, "sessionsEnded", sessionsEnded));
		return true;
	}

	/**
	 * Ended by setting the expiry to now: such a link gets the same "no longer works"
	 * page as an expired one.
	 */
	private void endOpenLinks(long staffId, Instant now) {
		jdbc.sql(
				"UPDATE staff_password_reset SET expires_at = ? WHERE staff = ? AND used_at IS NULL AND expires_at > ?")
			.params(Timestamp.from(now), staffId, Timestamp.from(now))
			.update();
	}

}
