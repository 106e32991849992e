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

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What admins do to staff accounts: invite (again, when a link is lost or expired),
 * change a role, deactivate and reactivate. Accounts are never deleted: the audit log and
 * other modules' records point at the people who acted. Every change is audited in its
 * transaction, and an invitation's e-mail goes through the outbox in the same
 * transaction.
 */
@Service
class StaffAccounts {

	static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

	/** A refused change, with the message key that explains it. */
	static class Refused extends RuntimeException {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

	record Invitation(long id, long staffId, String email, String displayName, Role role) {
	}

	private final StaffRepository staff;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final AuditLog audit;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	StaffAccounts(StaffRepository staff, JdbcClient jdbc, Outbox outbox, AuditLog audit, PasswordEncoder encoder,
			Clock clock, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
		this.staff = staff;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.audit = audit;
		this.encoder = encoder;
		this.clock = clock;
	}

	boolean emailTaken(String email) {
		return staff.findByEmail(email.strip()).isPresent();
	}

	/**
	 * Creates the account without a password and e-mails a one-time link, in the inviting
	 * admin's language.
	 */
	@Transactional
	long invite(String email, String displayName, Role role, String invitedBy, Locale locale) {
		if (emailTaken(email)) {
			throw new Refused("staff.invite.emailTaken");
		}
		long id = staff.insertInvited(email.strip(), displayName.strip(), role);
		sendInvitation(staff.findById(id).orElseThrow(), invitedBy, locale);
		audit.record(invitedBy, "staff.account.invited", AuditLog.Target.of("staff_account", id), null,
				Map.of("email", email.strip(), "displayName", displayName.strip(), "role", role.name()));
		return id;
	}

	/**
	 * Replaces a lost or expired invitation of someone who has not set a password yet:
	 * every earlier link stops working, and a new one, valid for
	 * {@link #INVITATION_VALIDITY} from now, is e-mailed.
	 */
	@Transactional
	void reinvite(long id, String invitedBy, Locale locale) {
		StaffAccount account = staff.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (account.hasPassword()) {
			throw new Refused("staff.accounts.alreadyJoined");
		}
		if (!account.enabled()) {
			throw new Refused("staff.accounts.reinviteDeactivated");
		}
		int ended = endOpenInvitations(id, clock.instant());
		Instant expiresAt = sendInvitation(account, invitedBy, locale);
		audit.record(invitedBy, "staff.account.reinvited", AuditLog.Target.of("staff_account", id),
				Map.of("openInvitationsEnded", ended),
				Map.of("email", account.email(), "expiresAt", expiresAt.toString()));
	}

	/**
	 * Ends the account's invitations that could still be used, by setting their expiry to
	 * now: such a link then gets the same "no longer works" page as an old one.
	 * @return how many were ended
	 */
	int endOpenInvitations(long id, Instant now) {
		return jdbc.sql("""
				UPDATE staff_invitation SET expires_at = ?
				WHERE staff = ? AND used_at IS NULL AND expires_at > ?""")
			.params(Timestamp.from(now), id, Timestamp.from(now))
			.update();
	}

	/**
	 * Stores a new one-time link (only its hash) and queues its e-mail in the inviting
	 * admin's language.
	 * @return when the link expires
	 */
	private Instant sendInvitation(StaffAccount invited, String invitedBy, Locale locale) {
		StaffAccount inviter = staff.findByEmail(invitedBy).orElse(null);
		String token = SecureTokens.newToken();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(INVITATION_VALIDITY);
		jdbc.sql("""
				INSERT INTO staff_invitation (staff, token_hash, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(invited.id(), SecureTokens.hash(token), inviter == null ? null : inviter.id(), Timestamp.from(now),
					Timestamp.from(expiresAt))
			.update();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", invited.displayName());
		variables.put("inviter", inviter == null ? invitedBy : inviter.displayName());
		variables.put("role", invited.role().name());
		variables.put("path", "/staff/invitation/" + token);
		outbox.enqueue(new Email(invited.email(), locale, "staff/invitation", variables));
		return expiresAt;
	}

	@Transactional
	void changeRole(long id, Role role, String actor) {
		StaffAccount account = others(id, actor);
		if (account.role() == role) {
			return;
		}
		if (account.role() == Role.ADMIN && account.enabled() && staff.countAdmins() <= 1) {
			throw new Refused("staff.accounts.lastAdmin");
		}
		staff.setRole(id, role);
		endSessions(account.email());
		audit.record(actor, "staff.account.role-changed", AuditLog.Target.of("staff_account", id),
				Map.of("role", account.role().name()), Map.of("role", role.name()));
	}

	@Transactional
	void setEnabled(long id, boolean enabled, String actor) {
		StaffAccount account = others(id, actor);
		if (account.enabled() == enabled) {
			return;
		}
		if (!enabled && account.role() == Role.ADMIN && staff.countAdmins() <= 1) {
			throw new Refused("staff.accounts.lastAdmin");
		}
		staff.setEnabled(id, enabled);
		endSessions(account.email());
		audit.record(actor, enabled ? "staff.account.reactivated" : "staff.account.deactivated",
				AuditLog.Target.of("staff_account", id), Map.of("enabled", account.enabled()),
				Map.of("enabled", enabled));
	}

	Optional<Invitation> validInvitation(String token) {
		return jdbc.sql("""
				SELECT i.id, s.id AS staff, s.email, s.display_name, s.role
				FROM staff_invitation i JOIN staff_account s ON s.id = i.staff
				WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ? AND s.enabled""")
			.params(SecureTokens.hash(token), Timestamp.from(clock.instant()))
			.query((rs, row) -> new Invitation(rs.getLong("id"), rs.getLong("staff"), rs.getString("email"),
					rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
			.optional();
	}

	/**
	 * Spends the invitation and sets the password; the caller has checked the password
	 * against the policy.
	 */
	@Transactional
	boolean acceptInvitation(String token, String password) {
		Optional<Invitation> invitation = validInvitation(token);
		if (invitation.isEmpty()) {
			return false;
		}
		int spent = jdbc.sql("UPDATE staff_invitation SET used_at = ? WHERE id = ? AND used_at IS NULL")
			.params(Timestamp.from(clock.instant()), invitation.get().id())
			.update();
		if (spent != 1) {
			return false;
		}
		staff.setPassword(invitation.get().staffId(), encoder.encode(password));
		audit.record(invitation.get().email(), "staff.account.password-set",
				AuditLog.Target.of("staff_account", invitation.get().staffId()), null, Map.of("via", "invitation"));
		return true;
	}

	/**
	 * A session keeps the authorities it was given at sign-in; after a role change or
	 * deactivation the person must sign in again, so the old role (or access at all) ends
	 * now rather than after 30 idle minutes. So does a new password: whoever knew the old
	 * one is signed out.
	 * @return how many sessions ended
	 */
	int endSessions(String email) {
		var ids = sessions.findByPrincipalName(email).keySet();
		ids.forEach(sessions::deleteById);
		return ids.size();
	}

	private StaffAccount others(long id, String actor) {
		StaffAccount account = staff.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (account.email().equalsIgnoreCase(actor)) {
			throw new Refused("staff.accounts.notYourself");
		}
		return account;
	}

}
