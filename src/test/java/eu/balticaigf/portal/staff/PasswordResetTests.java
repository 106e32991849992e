package eu.balticaigf.portal.staff;

import java.time.Instant;
import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.PostRateLimiter;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;

/**
 * Staff who forgot their password, through the served pages and the e-mail that arrives:
 * the answer never says whether an address has an account, the link works once, for an
 * hour, and only the newest one; an address gets at most three links an hour, and a
 * client over the public-post limit gets none.
 */
@PortalTest
class PasswordResetTests extends PortalIntegrationTest {

	private static final String NEW_PASSWORD = "violet harbour pencil meadow";

	private static final String LINK = "/staff/password-reset/[A-Za-z0-9_-]+";

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	/** At most this many links an hour to one address. */
	private static final int LINKS_PER_HOUR = 3;

	/**
	 * Asks for a link as a person does: from the sign-in page's link, with the served
	 * form.
	 */
	private Page ask(Visitor visitor, String email) {
		return visitor.open("/staff/login")
			.click("forgotten-password")
			.form("form[method=post]")
			.fill("email", email)
			.submitAndFollow();
	}

	@Test
	void aForgottenPasswordIsSetAgainThroughAOneTimeLinkThatAlsoEndsTheLockAndOldSessions() {
		String email = StaffTestSupport.uniqueEmail("forgot");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		Visitor oldSession = Visitor.at(port);
		oldSession.signIn(email, StaffTestSupport.PASSWORD);
		for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
			staff.registerFailure(account.id(), Instant.now());
		}
		assertThat(staff.findById(account.id()).orElseThrow().isLockedAt(Instant.now())).isTrue();

		Visitor visitor = Visitor.at(port);
		Page sent = ask(visitor, email);
		assertThat(sent.path()).isEqualTo("/staff/password-reset/sent");
		assertThat(sent.heading()).isEqualTo("Check your e-mail");
		Inbox.Mail mail = Inbox.nth(email, 1);
		assertThat(mail.subject()).isEqualTo("Set a new password for the Baltic AI Gigafactory Consortium back office");
		assertThat(mail.text()).contains("60 minutes");
		String path = mail.path(LINK);
		String token = path.substring(path.lastIndexOf('/') + 1);
		assertThat(jdbc.sql("SELECT count(*) FROM staff_password_reset WHERE token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).as("the token itself is not stored").isZero();
		assertThat(jdbc.sql("""
				SELECT extract(epoch FROM expires_at - created_at) FROM staff_password_reset WHERE token_hash = ?""")
			.param(SecureTokens.hash(token))
			.query(Double.class)
			.single()).as("valid for 60 minutes").isEqualTo(3600.0);

		Page form = visitor.open(path);
		assertThat(form.heading()).isEqualTo("Set a new password");
		assertThat(form.text()).contains(email);
		Page refused = form.form("form[method=post]")
			.fill("password", "short")
			.fill("confirmPassword", "short")
			.submit();
		assertThat(refused.errorFor("password")).isEqualTo("Enter a password of at least 12 characters");
		Page mismatch = refused.form("form[method=post]")
			.fill("password", NEW_PASSWORD)
			.fill("confirmPassword", NEW_PASSWORD + "x")
			.submit();
		assertThat(mismatch.errorFor("confirmPassword")).isEqualTo("The two passwords do not match");
		Page done = mismatch.form("form[method=post]")
			.fill("password", NEW_PASSWORD)
			.fill("confirmPassword", NEW_PASSWORD)
			.submitAndFollow();
		assertThat(done.path()).isEqualTo("/staff/login?passwordSet");
		assertThat(done.text()).contains("Your password is set. You can now sign in.");

		assertThat(visitor.open(path).heading()).as("the link works once").isEqualTo("This link no longer works");
		assertThat(oldSession.open("/staff").path()).as("a session from before the reset has ended")
			.isEqualTo("/staff/login");
		assertThat(Visitor.at(port).signIn(email, NEW_PASSWORD).path()).as("the lock ended with the reset")
			.isEqualTo("/staff");
		Page oldPassword = Visitor.at(port)
			.open("/staff/login")
			.form("form[method=post]")
			.fill("username", email)
			.fill("password", StaffTestSupport.PASSWORD)
			.submitAndFollow();
		assertThat(oldPassword.path()).isEqualTo("/staff/login?error");

		assertThat(audited(account.id())).containsSubsequence("staff.password-reset.requested emailed",
				"staff.password-reset.completed null");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_log
				WHERE concat(actor, target_id, before_state::text, after_state::text) LIKE '%' || ? || '%'""")
			.param(token)
			.query(Long.class)
			.single()).as("the token is never audited").isZero();
	}

	@Test
	void theAnswerIsTheSameWhetherTheAddressHasAnAccountOrNot() {
		String active = StaffTestSupport.uniqueEmail("known");
		StaffAccount known = StaffTestSupport.createAccount(staff, encoder, active, Role.VIEWER);
		String deactivated = StaffTestSupport.uniqueEmail("gone");
		StaffAccount gone = StaffTestSupport.createAccount(staff, encoder, deactivated, Role.VIEWER);
		staff.setEnabled(gone.id(), false);
		String unknown = StaffTestSupport.uniqueEmail("nobody");

		Page forKnown = ask(Visitor.at(port), active.toUpperCase());
		Page forDeactivated = ask(Visitor.at(port), deactivated);
		Page forUnknown = ask(Visitor.at(port), unknown);
		for (Page page : List.of(forDeactivated, forUnknown)) {
			assertThat(page.status()).isEqualTo(forKnown.status());
			assertThat(page.path()).isEqualTo(forKnown.path());
			assertThat(page.text()).isEqualTo(forKnown.text());
		}
		assertThat(forKnown.text()).contains("If there is a staff account for this address");

		assertThat(Inbox.nth(active, 1).path(LINK)).isNotBlank();
		assertThat(emailsTo(deactivated)).as("a deactivated account gets no e-mail").isZero();
		assertThat(emailsTo(unknown)).isZero();
		assertThat(audited(known.id())).containsExactly("staff.password-reset.requested emailed");
		assertThat(audited(gone.id())).containsExactly("staff.password-reset.requested deactivated");
		assertThat(jdbc.sql("""
				SELECT after_state ->> 'outcome' FROM audit_log
				WHERE action = 'staff.password-reset.requested' AND actor = ?""")
			.param(unknown)
			.query(String.class)
			.list()).containsExactly("no-account");
	}

	@Test
	void anEmptyOrMalformedAddressIsExplainedNextToTheField() {
		Page ask = Visitor.at(port).open("/staff/password-reset");
		Page empty = ask.form("form[method=post]").submit();
		assertThat(empty.errorFor("email")).isEqualTo("Enter an e-mail address");
		assertThat(empty.errorSummary()).containsExactly("Enter an e-mail address");
		assertThat(empty.title()).startsWith("Error: Forgotten your password?");
		Page malformed = empty.form("form[method=post]").fill("email", "not an address").submit();
		assertThat(malformed.errorFor("email"))
			.isEqualTo("Enter an e-mail address in the right format, like name@ministry.lt");
		assertThat(malformed.form("form[method=post]").value("email")).isEqualTo("not an address");
	}

	@Test
	void onlyTheNewestLinkWorksAndALinkExpiresAfterAnHour() {
		String email = StaffTestSupport.uniqueEmail("newest");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		Visitor visitor = Visitor.at(port);
		ask(visitor, email);
		ask(visitor, email);
		assertThat(emailsTo(email)).as("a double click sends one link").isEqualTo(1);
		String first = Inbox.nth(email, 1).path(LINK);

		sentMinutesAgo(account, 2);
		ask(visitor, email);
		String second = Inbox.nth(email, 2).path(LINK);
		assertThat(second).isNotEqualTo(first);
		assertThat(visitor.open(first).heading()).as("a newer link ends the older one")
			.isEqualTo("This link no longer works");
		assertThat(visitor.open(first).click("ask-again").path()).isEqualTo("/staff/password-reset");
		assertThat(visitor.open(second).heading()).isEqualTo("Set a new password");

		jdbc.sql(
				"UPDATE staff_password_reset SET expires_at = now() - interval '1 second' WHERE staff = ? AND used_at IS NULL")
			.param(account.id())
			.update();
		Page expired = visitor.open(second);
		assertThat(expired.heading()).isEqualTo("This link no longer works");
		Page tooLate = Visitor.at(port).open(first);
		assertThat(tooLate.has("form[method=post]")).isFalse();
		assertThat(audited(account.id())).containsExactly("staff.password-reset.requested emailed",
				"staff.password-reset.requested just-sent", "staff.password-reset.requested emailed");
	}

	@Test
	void anAddressGetsAtMostThreeLinksAnHourAndThePageNeverSaysSo() {
		String email = StaffTestSupport.uniqueEmail("limit");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		Visitor visitor = Visitor.at(port);
		String firstAnswer = null;
		for (int i = 0; i < 5; i++) {
			Page sent = ask(visitor, email);
			firstAnswer = firstAnswer == null ? sent.text() : firstAnswer;
			assertThat(sent.text()).isEqualTo(firstAnswer);
			sentMinutesAgo(account, 2);
		}
		assertThat(emailsTo(email)).isEqualTo(LINKS_PER_HOUR);
		assertThat(audited(account.id())).containsExactly("staff.password-reset.requested emailed",
				"staff.password-reset.requested emailed", "staff.password-reset.requested emailed",
				"staff.password-reset.requested address-limit", "staff.password-reset.requested address-limit");

		// An hour after the first, the address may ask again.
		sentMinutesAgo(account, 60);
		ask(visitor, email);
		assertThat(emailsTo(email)).isEqualTo(LINKS_PER_HOUR + 1);
	}

	@Test
	void aClientOverThePublicPostLimitGetsTheSameAnswerAndNoEmail() {
		String email = StaffTestSupport.uniqueEmail("flood");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		Object resets = context.getBean("passwordResets");
		PostRateLimiter shared = (PostRateLimiter) ReflectionTestUtils.getField(resets, "limiter");
		PostRateLimiter exhausted = Mockito.mock(PostRateLimiter.class);
		Mockito.when(exhausted.tryAcquire(anyString())).thenReturn(new PostRateLimiter.Decision(false, 60));
		ReflectionTestUtils.setField(resets, "limiter", exhausted);
		try {
			Page sent = ask(Visitor.at(port), email);
			assertThat(sent.path()).isEqualTo("/staff/password-reset/sent");
			assertThat(sent.status()).isEqualTo(200);
		}
		finally {
			ReflectionTestUtils.setField(resets, "limiter", shared);
		}
		Mockito.verify(exhausted).tryAcquire(anyString());
		assertThat(emailsTo(email)).isZero();
		assertThat(audited(account.id())).containsExactly("staff.password-reset.requested client-limit");
	}

	/**
	 * Moves the account's links back in time, as if they had been sent that many minutes
	 * earlier.
	 */
	private void sentMinutesAgo(StaffAccount account, int minutes) {
		jdbc.sql(
				"""
						UPDATE staff_password_reset
						SET created_at = created_at - make_interval(mins => ?), expires_at = expires_at - make_interval(mins => ?)
						WHERE staff = ?""")
			.params(minutes, minutes, account.id())
			.update();
	}

	private long emailsTo(String email) {
		return jdbc.sql("SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(?)")
			.param(email)
			.query(Long.class)
			.single();
	}

	/**
	 * The password-reset entries about this account: action and outcome, oldest first.
	 */
	private List<String> audited(long accountId) {
		return jdbc.sql("""
				SELECT action || ' ' || coalesce(after_state ->> 'outcome', 'null') FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action LIKE 'staff.password-reset.%'
				ORDER BY id""").param(String.valueOf(accountId)).query(String.class).list();
	}

}
