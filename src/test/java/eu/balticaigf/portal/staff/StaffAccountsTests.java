package eu.balticaigf.portal.staff;

import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.SecureTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static eu.balticaigf.portal.staff.StaffTestSupport.passwordStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins' work on staff accounts and API tokens, and the invited person's password,
 * through the served pages.
 */
@PortalTest
class StaffAccountsTests extends PortalIntegrationTest {

	private static final String INVITATION = "/staff/invitation/[A-Za-z0-9_-]+";

	@Autowired
	StaffRepository staff;

	@Autowired
	StaffAccounts staffAccounts;

	@Autowired
	PasswordEncoder encoder;

	/**
	 * A visitor signed in as a new admin (the shared context lets admins sign in with a
	 * password alone).
	 */
	private Visitor admin(StaffAccount account) {
		Visitor visitor = Visitor.at(port);
		assertThat(passwordStep(visitor, account.email()).path()).isEqualTo("/staff");
		return visitor;
	}

	private StaffAccount newAdmin() {
		return StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("admin"), Role.ADMIN);
	}

	private static Page invite(Visitor admin, String email, String name, String role) {
		return admin.open("/staff/accounts")
			.click("invite")
			.form("form[method=post]")
			.fill("email", email)
			.fill("displayName", name)
			.choose("role", role)
			.submitAndFollow();
	}

	/**
	 * The form of this account's row on the accounts page that posts to {@code action}.
	 */
	private static Page press(Visitor admin, long id, String action) {
		return admin.open("/staff/accounts")
			.form("form[action$='/staff/accounts/" + id + "/" + action + "']")
			.submitAndFollow();
	}

	/** Deactivating: the row's link, then the question's "yes". */
	private static Page deactivate(Visitor admin, long id) {
		Page question = admin.open("/staff/accounts").click("deactivate-" + id);
		assertThat(question.heading()).isEqualTo("Deactivate this account?");
		return question.form().submitAndFollow();
	}

	@Test
	void anInvitedPersonGetsAOneTimeLinkInTheAdminsLanguageAndSetsAPassword() {
		Visitor admin = admin(newAdmin()).speaking("lt");
		String email = StaffTestSupport.uniqueEmail("invited");
		Page accounts = invite(admin, email, "Rūta Vertintoja", "REVIEWER");
		assertThat(accounts.path()).isEqualTo("/staff/accounts");
		assertThat(accounts.byId("notice").text()).contains(email);

		Inbox.Mail mail = Inbox.nth(email, 1);
		assertThat(mail.subject()).startsWith("Kvietimas");
		String path = mail.path(INVITATION);
		assertThat(jdbc.sql("SELECT count(*) FROM staff_invitation WHERE token_hash = ?")
			.param(path.substring(path.lastIndexOf('/') + 1))
			.query(Long.class)
			.single()).as("only the hash is stored").isZero();

		assertThat(passwordStep(Visitor.at(port), email).path()).as("no password yet").isEqualTo("/staff/login?error");
		Visitor invited = Visitor.at(port);
		Page form = invited.open(path);
		assertThat(form.heading()).isEqualTo("Set your password");
		assertThat(form.text()).contains("Reviewer", email);
		Page common = form.form("form[method=post]")
			.fill("password", "password1234")
			.fill("confirmPassword", "password1234")
			.submit();
		assertThat(common.errorFor("password"))
			.isEqualTo("This password is too common: choose one that others are unlikely to use");
		assertThat(common.errorSummary()).hasSize(1);
		Page mismatch = common.form("form[method=post]")
			.fill("password", StaffTestSupport.PASSWORD)
			.fill("confirmPassword", StaffTestSupport.PASSWORD + "x")
			.submit();
		assertThat(mismatch.errorFor("confirmPassword")).isEqualTo("The two passwords do not match");
		Page done = mismatch.form("form[method=post]")
			.fill("password", StaffTestSupport.PASSWORD)
			.fill("confirmPassword", StaffTestSupport.PASSWORD)
			.submitAndFollow();
		assertThat(done.path()).isEqualTo("/staff/login?passwordSet");

		assertThat(invited.open(path).heading()).isEqualTo("This link no longer works");
		Page home = passwordStep(invited, email);
		assertThat(home.path()).isEqualTo("/staff");
		assertThat(home.has("a[href='/staff/conflicts']")).as("a reviewer's page").isTrue();
		assertThat(invited.open("/staff/accounts").status()).as("not an admin's").isEqualTo(403);
		assertThat(auditActions(staff.findByEmail(email).orElseThrow().id())).contains("staff.account.invited",
				"staff.account.password-set", "staff.sign-in.succeeded");
	}

	@Test
	void anAdminReplacesALostOrExpiredInvitationAndOnlyTheNewestLinkWorks() {
		StaffAccount adminAccount = newAdmin();
		Visitor admin = admin(adminAccount);
		String email = StaffTestSupport.uniqueEmail("again");
		invite(admin, email, "Anna Nowak", "VIEWER");
		StaffAccount invited = staff.findByEmail(email).orElseThrow();
		String lost = Inbox.nth(email, 1).path(INVITATION);

		Page replaced = press(admin, invited.id(), "reinvite");
		assertThat(replaced.byId("notice").text())
			.isEqualTo("A new invitation has been sent to " + email + ". Earlier links no longer work.");
		String expiring = Inbox.nth(email, 2).path(INVITATION);
		Visitor person = Visitor.at(port);
		assertThat(person.open(lost).heading()).isEqualTo("This link no longer works");
		assertThat(person.open(expiring).heading()).isEqualTo("Set your password");

		jdbc.sql(
				"UPDATE staff_invitation SET expires_at = now() - interval '1 minute' WHERE staff = ? AND used_at IS NULL")
			.param(invited.id())
			.update();
		Page expired = person.open(expiring);
		assertThat(expired.heading()).isEqualTo("This link no longer works");
		assertThat(expired.text()).contains("Ask an administrator to send a new one.");
		press(admin, invited.id(), "reinvite");
		String fresh = Inbox.nth(email, 3).path(INVITATION);
		assertThat(fresh).isNotIn(lost, expiring);
		Page freshForm = person.open(fresh);
		assertThat(person.open(lost).has("form[method=post]")).isFalse();
		Page done = freshForm.form("form[method=post]")
			.fill("password", StaffTestSupport.PASSWORD)
			.fill("confirmPassword", StaffTestSupport.PASSWORD)
			.submitAndFollow();
		assertThat(done.path()).isEqualTo("/staff/login?passwordSet");
		assertThat(passwordStep(person, email).path()).isEqualTo("/staff");

		Page accounts = admin.open("/staff/accounts");
		assertThat(accounts.has("form[action$='/staff/accounts/" + invited.id() + "/reinvite']"))
			.as("no invitation to replace once joined")
			.isFalse();
		assertThat(auditActions(invited.id())).containsSubsequence("staff.account.invited", "staff.account.reinvited",
				"staff.account.reinvited", "staff.account.password-set");
		assertThat(jdbc.sql("""
				SELECT actor FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = 'staff.account.reinvited'""")
			.param(String.valueOf(invited.id()))
			.query(String.class)
			.list()).containsExactly(adminAccount.email(), adminAccount.email());
	}

	@Test
	void onlyAdminsSendANewInvitation() throws Exception {
		String email = StaffTestSupport.uniqueEmail("not-again");
		long id = staff.insertInvited(email, "Jānis Bērziņš", Role.VIEWER);
		for (Role role : List.of(Role.REVIEWER, Role.VIEWER)) {
			Visitor visitor = Visitor.at(port);
			passwordStep(visitor,
					StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("not-admin"), role)
						.email());
			assertThat(visitor.open("/staff/accounts").status()).as(role + " sees no accounts page").isEqualTo(403);
			// No page offers them the form; a forged post is refused all the same.
			mvc.perform(post("/staff/accounts/{id}/reinvite", id).with(user("someone@ministry.test").roles(role.name()))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();
		assertThat(auditActions(id)).doesNotContain("staff.account.reinvited");
	}

	@Test
	void invitationFormShowsErrorsForEachField() {
		StaffAccount account = newAdmin();
		Page refused = admin(account).open("/staff/accounts/invite")
			.form("form[method=post]")
			.fill("email", account.email())
			.fill("displayName", " ")
			.submit();
		assertThat(refused.errorSummary()).containsExactly("There is already a staff account with this e-mail address",
				"Enter the person’s full name", "Choose a role");
		assertThat(refused.document().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#email",
				"#displayName", "#role-ADMIN");
		assertThat(refused.errorFor("email")).isEqualTo("There is already a staff account with this e-mail address");
		assertThat(refused.errorFor("displayName")).isEqualTo("Enter the person’s full name");
		assertThat(refused.errorFor("role")).isEqualTo("Choose a role");
		assertThat(refused.form("form[method=post]").value("email")).as("what was typed stays")
			.isEqualTo(account.email());
	}

	@Test
	void adminsChangeRolesAndDeactivateOthersButNeverThemselves() {
		StaffAccount adminAccount = newAdmin();
		Visitor admin = admin(adminAccount);
		StaffAccount viewer = StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("viewer"),
				Role.VIEWER);

		Page changed = admin.open("/staff/accounts")
			.form("form[action$='/staff/accounts/" + viewer.id() + "/role']")
			.choose("role", "REVIEWER")
			.submitAndFollow();
		assertThat(changed.byId("notice").text()).isEqualTo("The role of " + viewer.email() + " is now Reviewer.");
		assertThat(staff.findById(viewer.id()).orElseThrow().role()).isEqualTo(Role.REVIEWER);

		Page deactivated = deactivate(admin, viewer.id());
		assertThat(deactivated.byId("notice").text()).isEqualTo(viewer.email() + " can no longer sign in.");
		assertThat(staff.findById(viewer.id()).orElseThrow().enabled()).isFalse();
		assertThat(passwordStep(Visitor.at(port), viewer.email()).path()).isEqualTo("/staff/login?error");

		press(admin, viewer.id(), "reactivate");
		assertThat(staff.findById(viewer.id()).orElseThrow().enabled()).isTrue();
		assertThat(passwordStep(Visitor.at(port), viewer.email()).path()).isEqualTo("/staff");

		// Your own row offers nothing to change, and says why; a request made by hand is
		// refused all the same.
		Page accountsPage = admin.open("/staff/accounts");
		assertThat(accountsPage.has("form[action$='/staff/accounts/" + adminAccount.id() + "/role']")).isFalse();
		assertThat(accountsPage.has("#deactivate-" + adminAccount.id())).isFalse();
		assertThat(accountsPage.byId("your-account").text()).startsWith("This is your account.");
		assertThat(admin.open("/staff/accounts/" + adminAccount.id() + "/deactivate").path())
			.isEqualTo("/staff/accounts");
		assertThatThrownBy(() -> staffAccounts.changeRole(adminAccount.id(), Role.VIEWER, adminAccount.email()))
			.isInstanceOfSatisfying(StaffAccounts.Refused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("staff.accounts.notYourself"));
		assertThatThrownBy(() -> staffAccounts.setEnabled(adminAccount.id(), false, adminAccount.email()))
			.isInstanceOf(StaffAccounts.Refused.class);
		assertThat(staff.findById(adminAccount.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
		assertThat(staff.findById(adminAccount.id()).orElseThrow().enabled()).isTrue();

		assertThat(auditActions(viewer.id())).contains("staff.account.role-changed", "staff.account.deactivated",
				"staff.account.reactivated");
		Page accounts = admin.open("/staff/accounts");
		assertThat(accounts.text()).contains(viewer.email());
		assertThat(accounts.has("form[action*='delete']")).as("accounts are never deleted").isFalse();
	}

	@Test
	void deactivationEndsTheSessionsTheAccountAlreadyHas() {
		Visitor admin = admin(newAdmin());
		StaffAccount reviewer = StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("ended"),
				Role.REVIEWER);
		Visitor signedIn = Visitor.at(port);
		assertThat(passwordStep(signedIn, reviewer.email()).path()).isEqualTo("/staff");

		deactivate(admin, reviewer.id());
		assertThat(signedIn.open("/staff").path()).isEqualTo("/staff/login");
	}

	@Test
	void adminsCreateATokenSeenOnceThatWorksUntilRevoked() throws Exception {
		StaffAccount account = newAdmin();
		Visitor admin = admin(account);
		String name = "dashboard " + account.id();
		Page created = admin.open("/staff/api-tokens")
			.form("form[action$='/staff/api-tokens']")
			.fill("name", name)
			.choose("scope", "READ")
			.submit();
		String token = created.byId("api-token").text();
		assertThat(token).matches("[A-Za-z0-9_-]{40,}");

		mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name));
		mvc.perform(post("/api/v1/token").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		Page tokens = admin.open("/staff/api-tokens");
		assertThat(tokens.text()).contains(name);
		assertThat(tokens.body()).as("shown once only").doesNotContain(token);
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?")
			.param(SecureTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);

		Page taken = tokens.form("form[action$='/staff/api-tokens']")
			.fill("name", name)
			.choose("scope", "READ")
			.submit();
		assertThat(taken.document().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name");
		assertThat(taken.errorFor("name")).isEqualTo("A token with this name already exists");
		Page noScope = admin.open("/staff/api-tokens")
			.form("form[action$='/staff/api-tokens']")
			.fill("name", name + " without scope")
			.submit();
		assertThat(noScope.document().select(".govuk-error-summary__list a").eachAttr("href"))
			.containsExactly("#scope-READ");

		long id = jdbc.sql("SELECT id FROM api_token WHERE name = ?").param(name).query(Long.class).single();
		Page revoked = admin.open("/staff/api-tokens")
			.form("form[action$='/staff/api-tokens/" + id + "/revoke']")
			.submitAndFollow();
		assertThat(revoked.path()).isEqualTo("/staff/api-tokens");
		assertThat(revoked.text()).contains("Token " + name + " is revoked");
		mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		assertThat(
				jdbc.sql("SELECT action FROM audit_log WHERE target_type = 'api_token' AND target_id = ? ORDER BY id")
					.param(String.valueOf(id))
					.query(String.class)
					.list())
			.containsExactly("api-token.created", "api-token.revoked");
	}

	private List<String> auditActions(long accountId) {
		return jdbc
			.sql("SELECT action FROM audit_log WHERE target_type = 'staff_account' AND target_id = ? ORDER BY id")
			.param(String.valueOf(accountId))
			.query(String.class)
			.list();
	}

}
