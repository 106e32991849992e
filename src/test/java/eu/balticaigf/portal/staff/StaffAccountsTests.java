package eu.balticaigf.portal.staff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class StaffAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	private StaffAccount admin() {
		return StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("admin"), Role.ADMIN);
	}

	private String invitationPath(String email) {
		String text = jdbc.sql("SELECT text_body FROM outbox_message WHERE recipient = ? AND template = 'staff/invitation'")
			.param(email)
			.query(String.class)
			.single();
		Matcher link = Pattern.compile("(/staff/invitation/[A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	@Test
	void anInvitedPersonGetsAOneTimeLinkInTheAdminsLanguageAndSetsAPassword() throws Exception {
		StaffAccount admin = admin();
		String email = StaffTestSupport.uniqueEmail("invited");
		mvc.perform(post("/staff/accounts/invite").param("lang", "lt")
			.param("email", email)
			.param("displayName", "Rūta Vertintoja")
			.param("role", "REVIEWER")
			.with(user(admin.email()).roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/staff/accounts")).andExpect(flash().attribute("noticeArgument", email));

		List<MimeMessage> received = TestMail.awaitMessagesTo(email, 1);
		assertThat(received.get(0).getSubject()).startsWith("Kvietimas");
		String path = invitationPath(email);
		assertThat(jdbc.sql("SELECT count(*) FROM staff_invitation WHERE token_hash = ?")
			.param(path.substring(path.lastIndexOf('/') + 1))
			.query(Long.class)
			.single()).as("only the hash is stored").isZero();

		mvc.perform(formLogin("/staff/login").user(email).password(StaffTestSupport.PASSWORD))
			.andExpect(unauthenticated());
		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(view().name("staff/invitation"));
		mvc.perform(post(path).param("password", "password1234").param("confirmPassword", "password1234").with(csrf()))
			.andExpect(view().name("staff/invitation"))
			.andExpect(content().string(containsString("govuk-error-summary")));
		mvc.perform(post(path).param("password", StaffTestSupport.PASSWORD)
			.param("confirmPassword", StaffTestSupport.PASSWORD + "x")
			.with(csrf())).andExpect(view().name("staff/invitation"));
		mvc.perform(post(path).param("password", StaffTestSupport.PASSWORD)
			.param("confirmPassword", StaffTestSupport.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/staff/login?passwordSet"));

		mvc.perform(get(path)).andExpect(view().name("staff/invitation-expired"));
		mvc.perform(formLogin("/staff/login").user(email).password(StaffTestSupport.PASSWORD))
			.andExpect(authenticated().withRoles("REVIEWER"));
		assertThat(auditActions(staff.findByEmail(email).orElseThrow().id())).contains("staff.account.invited",
				"staff.account.password-set", "staff.sign-in.succeeded");
	}

	@Test
	void anAdminReplacesALostOrExpiredInvitationAndOnlyTheNewestLinkWorks() throws Exception {
		StaffAccount admin = admin();
		var asAdmin = user(admin.email()).roles("ADMIN");
		String email = StaffTestSupport.uniqueEmail("again");
		mvc.perform(post("/staff/accounts/invite").param("email", email)
			.param("displayName", "Anna Nowak")
			.param("role", "VIEWER")
			.with(asAdmin)
			.with(csrf())).andExpect(redirectedUrl("/staff/accounts"));
		StaffAccount invited = staff.findByEmail(email).orElseThrow();
		String lost = newInvitationPath(email, List.of());
		mvc.perform(get("/staff/accounts").with(asAdmin))
			.andExpect(content().string(containsString("/staff/accounts/" + invited.id() + "/reinvite")));

		mvc.perform(post("/staff/accounts/{id}/reinvite", invited.id()).with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts"))
			.andExpect(flash().attribute("noticeKey", "staff.accounts.reinvited"));
		String expiring = newInvitationPath(email, List.of(lost));
		mvc.perform(get(lost)).andExpect(view().name("staff/invitation-expired"));
		mvc.perform(get(expiring)).andExpect(view().name("staff/invitation"));

		jdbc.sql("UPDATE staff_invitation SET expires_at = now() - interval '1 minute' WHERE staff = ? AND used_at IS NULL")
			.param(invited.id())
			.update();
		mvc.perform(get(expiring)).andExpect(view().name("staff/invitation-expired"));
		mvc.perform(post("/staff/accounts/{id}/reinvite", invited.id()).with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts"));
		assertThat(TestMail.awaitMessagesTo(email, 3)).hasSize(3);
		String fresh = newInvitationPath(email, List.of(lost, expiring));
		mvc.perform(post(lost).param("password", StaffTestSupport.PASSWORD)
			.param("confirmPassword", StaffTestSupport.PASSWORD)
			.with(csrf())).andExpect(view().name("staff/invitation-expired"));
		mvc.perform(post(fresh).param("password", StaffTestSupport.PASSWORD)
			.param("confirmPassword", StaffTestSupport.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/staff/login?passwordSet"));
		mvc.perform(formLogin("/staff/login").user(email).password(StaffTestSupport.PASSWORD))
			.andExpect(authenticated().withRoles("VIEWER"));

		mvc.perform(post("/staff/accounts/{id}/reinvite", invited.id()).with(asAdmin).with(csrf()))
			.andExpect(flash().attribute("problemKey", "staff.accounts.alreadyJoined"));
		mvc.perform(get("/staff/accounts").with(asAdmin))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/staff/accounts/" + invited.id() + "/reinvite"))));
		assertThat(auditActions(invited.id())).containsSubsequence("staff.account.invited", "staff.account.reinvited",
				"staff.account.reinvited", "staff.account.password-set");
		assertThat(jdbc.sql("""
				SELECT actor FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = 'staff.account.reinvited'""")
			.param(String.valueOf(invited.id()))
			.query(String.class)
			.list()).containsExactly(admin.email(), admin.email());
	}

	@Test
	void onlyAdminsSendANewInvitation() throws Exception {
		String email = StaffTestSupport.uniqueEmail("not-again");
		long id = staff.insertInvited(email, "Jānis Bērziņš", Role.VIEWER);
		for (Role role : List.of(Role.REVIEWER, Role.VIEWER)) {
			mvc.perform(post("/staff/accounts/{id}/reinvite", id).with(user("someone@ministry.test").roles(role.name()))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?").param(email).query(Long.class).single())
			.isZero();
		assertThat(auditActions(id)).doesNotContain("staff.account.reinvited");
	}

	/** The link of the one invitation e-mail to {@code email} not among those already seen. */
	private String newInvitationPath(String email, List<String> seen) {
		List<String> paths = jdbc.sql("SELECT text_body FROM outbox_message WHERE recipient = ? AND template = 'staff/invitation'")
			.param(email)
			.query(String.class)
			.list()
			.stream()
			.map(text -> {
				Matcher link = Pattern.compile("(/staff/invitation/[A-Za-z0-9_-]+)").matcher(text);
				assertThat(link.find()).isTrue();
				return link.group(1);
			})
			.filter(path -> !seen.contains(path))
			.toList();
		assertThat(paths).hasSize(1);
		return paths.get(0);
	}

	@Test
	void invitationFormShowsErrorsForEachField() throws Exception {
		StaffAccount admin = admin();
		mvc.perform(post("/staff/accounts/invite").param("email", admin.email())
			.param("displayName", " ")
			.with(user(admin.email()).roles("ADMIN"))
			.with(csrf()))
			.andExpect(view().name("staff/invite"))
			.andExpect(content().string(containsString("href=\"#email\"")))
			.andExpect(content().string(containsString("href=\"#displayName\"")))
			.andExpect(content().string(containsString("href=\"#role-ADMIN\"")));
	}

	@Test
	void adminsChangeRolesAndDeactivateOthersButNeverThemselves() throws Exception {
		StaffAccount admin = admin();
		StaffAccount viewer = StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("viewer"),
				Role.VIEWER);
		var asAdmin = user(admin.email()).roles("ADMIN");

		mvc.perform(post("/staff/accounts/{id}/role", viewer.id()).param("role", "REVIEWER").with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts"));
		assertThat(staff.findById(viewer.id()).orElseThrow().role()).isEqualTo(Role.REVIEWER);

		mvc.perform(post("/staff/accounts/{id}/deactivate", viewer.id()).with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts"));
		assertThat(staff.findById(viewer.id()).orElseThrow().enabled()).isFalse();
		mvc.perform(formLogin("/staff/login").user(viewer.email()).password(StaffTestSupport.PASSWORD))
			.andExpect(unauthenticated());

		mvc.perform(post("/staff/accounts/{id}/reactivate", viewer.id()).with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts"));
		assertThat(staff.findById(viewer.id()).orElseThrow().enabled()).isTrue();

		mvc.perform(post("/staff/accounts/{id}/deactivate", admin.id()).with(asAdmin).with(csrf()))
			.andExpect(flash().attribute("problemKey", "staff.accounts.notYourself"));
		mvc.perform(post("/staff/accounts/{id}/role", admin.id()).param("role", "VIEWER").with(asAdmin).with(csrf()))
			.andExpect(flash().attribute("problemKey", "staff.accounts.notYourself"));
		assertThat(staff.findById(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);

		assertThat(auditActions(viewer.id())).contains("staff.account.role-changed", "staff.account.deactivated",
				"staff.account.reactivated");
		mvc.perform(get("/staff/accounts").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(viewer.email())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("delete"))));
	}

	@Test
	void deactivationEndsTheSessionsTheAccountAlreadyHas() throws Exception {
		StaffAccount admin = admin();
		StaffAccount reviewer = StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("ended"),
				Role.REVIEWER);
		StaffTestSupport.CookieJar jar = new StaffTestSupport.CookieJar();
		jar.keep(mvc.perform(formLogin("/staff/login").user(reviewer.email()).password(StaffTestSupport.PASSWORD))
			.andExpect(authenticated())
			.andReturn());
		mvc.perform(get("/staff").cookie(jar.cookies())).andExpect(status().isOk());

		mvc.perform(post("/staff/accounts/{id}/deactivate", reviewer.id()).with(user(admin.email()).roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/staff/accounts"));
		mvc.perform(get("/staff").cookie(jar.cookies())).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void adminsCreateATokenSeenOnceThatWorksUntilRevoked() throws Exception {
		StaffAccount admin = admin();
		var asAdmin = user(admin.email()).roles("ADMIN");
		String name = "dashboard " + admin.id();
		String page = mvc.perform(post("/staff/api-tokens").param("name", name).param("scope", "READ").with(asAdmin)
			.with(csrf())).andExpect(view().name("staff/api-token-created")).andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("id=\"api-token\">([A-Za-z0-9_-]+)<").matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);

		mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.name").value(name));
		mvc.perform(post("/api/v1/token").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/api-tokens").with(asAdmin))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

		mvc.perform(post("/staff/api-tokens").param("name", name).param("scope", "READ").with(asAdmin).with(csrf()))
			.andExpect(view().name("staff/api-tokens"))
			.andExpect(content().string(containsString("href=\"#name\"")));
		mvc.perform(post("/staff/api-tokens").param("name", name + " without scope").with(asAdmin).with(csrf()))
			.andExpect(view().name("staff/api-tokens"))
			.andExpect(content().string(containsString("href=\"#scope-READ\"")));

		long id = jdbc.sql("SELECT id FROM api_token WHERE name = ?").param(name).query(Long.class).single();
		mvc.perform(post("/staff/api-tokens/{id}/revoke", id).with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/api-tokens"));
		mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_type = 'api_token' AND target_id = ? ORDER BY id")
			.param(String.valueOf(id))
			.query(String.class)
			.list()).containsExactly("api-token.created", "api-token.revoked");
	}

	private List<String> auditActions(long accountId) {
		return jdbc.sql("SELECT action FROM audit_log WHERE target_type = 'staff_account' AND target_id = ? ORDER BY id")
			.param(String.valueOf(accountId))
			.query(String.class)
			.list();
	}

}
