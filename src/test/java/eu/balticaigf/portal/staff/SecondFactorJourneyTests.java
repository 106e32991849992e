package eu.balticaigf.portal.staff;

import static eu.balticaigf.portal.staff.StaffTestSupport.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import eu.balticaigf.portal.PortalTest;

/**
 * The second factor as a person meets it through the real sign-in form: an admin must enrol before reaching the back
 * office, the recovery codes appear once, and every sign-in that passes the code step is in the audit log.
 */
@PortalTest
class SecondFactorJourneyTests {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([A-Z0-9-]{8,})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SecretBox secrets;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	JdbcClient jdbc;

	/** The bean behind POST /staff/login. */
	@Autowired
	StaffAuthenticationProvider provider;

	private StaffSettings sharedSettings;

	/**
	 * The shared context turns the admin rule off so that other modules sign in with a password alone; here the
	 * sign-in form's own provider gets the default setting back for one test. A second Spring context with the
	 * property on would cost another embedded PostgreSQL and some twenty seconds of start-up.
	 */
	private void requireSecondFactorForAdmins() {
		sharedSettings = (StaffSettings) ReflectionTestUtils.getField(provider, "settings");
		ReflectionTestUtils.setField(provider, "settings", new StaffSettings(true, sharedSettings.secretKey()));
	}

	@AfterEach
	void restoreSharedSettings() {
		if (sharedSettings != null) {
			ReflectionTestUtils.setField(provider, "settings", sharedSettings);
		}
	}

	@Test
	void anAdminWhoSignsInWithAPasswordMustEnrolASecondFactorBeforeReachingTheBackOffice() throws Exception {
		requireSecondFactorForAdmins();
		String email = StaffTestSupport.uniqueEmail("admin-enrol");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.ADMIN);

		StaffTestSupport.CookieJar jar = new StaffTestSupport.CookieJar();
		jar.keep(mvc.perform(post("/staff/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl(SecondFactorController.ENROL_PAGE))
			.andReturn());
		for (String page : List.of("/staff", "/staff/accounts", "/staff/audit", "/staff/applications")) {
			mvc.perform(get(page).cookie(jar.cookies())).andExpect(redirectedUrl(SecondFactorController.ENROL_PAGE));
		}
		mvc.perform(get(SecondFactorController.CODE_PAGE).cookie(jar.cookies()))
			.andExpect(redirectedUrl(SecondFactorController.ENROL_PAGE));

		byte[] secret = shownSecret(jar);
		mvc.perform(post(SecondFactorController.ENROL_PAGE).param("code", "000000").cookie(jar.cookies()).with(csrf()))
			.andExpect(view().name("staff/second-factor"));
		mvc.perform(get("/staff").cookie(jar.cookies())).andExpect(redirectedUrl(SecondFactorController.ENROL_PAGE));

		jar.keep(mvc.perform(post(SecondFactorController.ENROL_PAGE).param("code", Totp.code(secret, Instant.now()))
			.cookie(jar.cookies())
			.with(csrf())).andExpect(view().name("staff/recovery-codes")).andReturn());
		mvc.perform(get("/staff").cookie(jar.cookies())).andExpect(status().isOk());
		mvc.perform(get("/staff/accounts").cookie(jar.cookies())).andExpect(status().isOk());

		assertThat(staff.findById(account.id()).orElseThrow().hasSecondFactor()).isTrue();
		assertThat(audited(account.id(), "staff.sign-in.password-accepted", "next"))
			.containsExactly(StaffAuthorities.ENROLMENT_REQUIRED);
		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).containsExactly("password+totp-enrolment");

		// From now on the password alone leads to the code step, not to enrolment again.
		mvc.perform(post("/staff/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl(SecondFactorController.CODE_PAGE));
	}

	@Test
	void recoveryCodesAppearOnlyInTheAnswerToEnrolment() throws Exception {
		String email = StaffTestSupport.uniqueEmail("codes-once");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		StaffTestSupport.CookieJar jar = new StaffTestSupport.CookieJar();
		jar.keep(mvc.perform(post("/staff/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/staff"))
			.andReturn());

		byte[] secret = shownSecret(jar);
		MvcResult enrolled = mvc
			.perform(post(SecondFactorController.ENROL_PAGE).param("code", Totp.code(secret, Instant.now()))
				.cookie(jar.cookies())
				.with(csrf()))
			.andExpect(view().name("staff/recovery-codes"))
			.andReturn();
		jar.keep(enrolled);
		List<String> codes = RECOVERY_CODE.matcher(enrolled.getResponse().getContentAsString())
			.results()
			.map(found -> found.group(1))
			.toList();
		assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();

		String later = mvc.perform(get(SecondFactorController.ENROL_PAGE).cookie(jar.cookies()).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(later).contains("Unused recovery codes: 10");
		for (String code : codes) {
			assertThat(later).doesNotContain(code);
		}
		// The codes shown were the real ones: one of them signs in.
		StaffTestSupport.CookieJar next = StaffTestSupport.signInWithPassword(mvc, email);
		assertThat(StaffTestSupport.submitCode(mvc, next, codes.get(3)).getResponse().getRedirectedUrl()).isEqualTo("/staff");
		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).endsWith("password+recovery-code");
	}

	@Test
	void everySignInThroughTheCodeStepIsAuditedWithTheFactorUsed() throws Exception {
		String email = StaffTestSupport.uniqueEmail("audited");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		byte[] secret = Totp.newSecret();
		staff.setTotp(account.id(), secrets.encrypt(secret), 0);
		List<String> recovery = recoveryCodes.renew(account.id());

		StaffTestSupport.CookieJar withApp = StaffTestSupport.signInWithPassword(mvc, email);
		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).as("the password alone is no sign-in")
			.isEmpty();
		assertThat(StaffTestSupport.submitCode(mvc, withApp, Totp.code(secret, Instant.now())).getResponse().getRedirectedUrl())
			.isEqualTo("/staff");
		assertThat(StaffTestSupport.submitCode(mvc, StaffTestSupport.signInWithPassword(mvc, email), recovery.get(0)).getResponse().getRedirectedUrl())
			.isEqualTo("/staff");

		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).containsExactly("password+totp",
				"password+recovery-code");
		assertThat(jdbc.sql("""
				SELECT DISTINCT actor || ' ' || client_address FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = 'staff.sign-in.succeeded'""")
			.param(String.valueOf(account.id()))
			.query(String.class)
			.list()).containsExactly(email + " 127.0.0.1");
	}

	private byte[] shownSecret(StaffTestSupport.CookieJar jar) throws Exception {
		MvcResult page = mvc.perform(get(SecondFactorController.ENROL_PAGE).cookie(jar.cookies()))
			.andExpect(status().isOk())
			.andReturn();
		jar.keep(page);
		Matcher shown = SECRET.matcher(page.getResponse().getContentAsString());
		assertThat(shown.find()).as("the enrolment page shows the key").isTrue();
		return Totp.fromBase32(shown.group(1));
	}



	/** One value of what each audit entry of this action recorded as the state after, oldest first. */
	private List<String> audited(long accountId, String action, String key) {
		return jdbc.sql("""
				SELECT after_state ->> ? FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = ? ORDER BY id""")
			.params(key, String.valueOf(accountId), action)
			.query(String.class)
			.list();
	}

}
