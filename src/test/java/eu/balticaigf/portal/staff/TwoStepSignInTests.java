package eu.balticaigf.portal.staff;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The sign-in with a second factor, over the real session store, as a browser would go through it. */
@PortalTest
class TwoStepSignInTests {

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

	private byte[] enrol(StaffAccount account) {
		byte[] secret = Totp.newSecret();
		staff.setTotp(account.id(), secrets.encrypt(secret), 0);
		return secret;
	}



	@Test
	void theBackOfficeStaysClosedUntilTheCodeIsGiven() throws Exception {
		String email = StaffTestSupport.uniqueEmail("totp");
		byte[] secret = enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER));
		StaffTestSupport.CookieJar jar = StaffTestSupport.signInWithPassword(mvc, email);

		mvc.perform(get("/staff").cookie(jar.cookies())).andExpect(redirectedUrl(SecondFactorController.CODE_PAGE));
		mvc.perform(get("/staff/audit").cookie(jar.cookies())).andExpect(redirectedUrl(SecondFactorController.CODE_PAGE));
		mvc.perform(get(SecondFactorController.CODE_PAGE).cookie(jar.cookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("autocomplete=\"one-time-code\"")));

		assertThat(StaffTestSupport.submitCode(mvc, jar, "000000").getModelAndView().getViewName()).isEqualTo("staff/login-code");
		mvc.perform(get("/staff").cookie(jar.cookies())).andExpect(redirectedUrl(SecondFactorController.CODE_PAGE));

		MvcResult done = StaffTestSupport.submitCode(mvc, jar, Totp.code(secret, Instant.now()));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/staff");
		mvc.perform(get("/staff").cookie(jar.cookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
	}

	@Test
	void aCodeCannotBeUsedTwice() throws Exception {
		String email = StaffTestSupport.uniqueEmail("replay");
		byte[] secret = enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER));
		String code = Totp.code(secret, Instant.now());
		assertThat(StaffTestSupport.submitCode(mvc, StaffTestSupport.signInWithPassword(mvc, email), code).getResponse().getRedirectedUrl()).isEqualTo("/staff");
		assertThat(StaffTestSupport.submitCode(mvc, StaffTestSupport.signInWithPassword(mvc, email), code).getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void eachRecoveryCodeWorksOnceInAnyCase() throws Exception {
		String email = StaffTestSupport.uniqueEmail("recovery");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		enrol(account);
		List<String> codes = recoveryCodes.renew(account.id());
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(jdbc.sql("SELECT count(*) FROM staff_recovery_code WHERE staff = ? AND code_hash = ANY (?)")
			.params(account.id(), codes.toArray(String[]::new))
			.query(Long.class)
			.single()).as("codes are stored only hashed").isZero();

		assertThat(StaffTestSupport.submitCode(mvc, StaffTestSupport.signInWithPassword(mvc, email), codes.get(0)).getResponse().getRedirectedUrl())
			.isEqualTo("/staff");
		assertThat(StaffTestSupport.submitCode(mvc, StaffTestSupport.signInWithPassword(mvc, email), codes.get(0)).getResponse().getRedirectedUrl()).isNull();
		String typedLoosely = codes.get(1).replace("-", " ").toLowerCase();
		assertThat(StaffTestSupport.submitCode(mvc, StaffTestSupport.signInWithPassword(mvc, email), typedLoosely).getResponse().getRedirectedUrl())
			.isEqualTo("/staff");
		assertThat(recoveryCodes.remaining(account.id())).isEqualTo(8);
	}

	@Test
	void sixWrongCodesLockTheAccountAndEndTheHalfSignedInSession() throws Exception {
		String email = StaffTestSupport.uniqueEmail("codes");
		enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER));
		StaffTestSupport.CookieJar jar = StaffTestSupport.signInWithPassword(mvc, email);
		for (int i = 0; i < 5; i++) {
			assertThat(StaffTestSupport.submitCode(mvc, jar, "12345" + i).getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(StaffTestSupport.submitCode(mvc, jar, "999999").getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error");
		StaffAccount locked = staff.findByEmail(email).orElseThrow();
		assertThat(locked.isLockedAt(Instant.now())).isTrue();
		assertThat(failureReasons(locked.id())).containsOnly("wrong-code").hasSize(StaffAccount.MAX_FAILED_ATTEMPTS);
		assertThat(countAudit(locked.id(), "staff.account.locked")).isEqualTo(1);
	}

	@Test
	void wrongPasswordsAndWrongCodesCountTogetherTowardsTheLock() throws Exception {
		String email = StaffTestSupport.uniqueEmail("mixed");
		enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER));
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin("/staff/login").user(email).password("wrong " + i))
				.andExpect(redirectedUrl("/staff/login?error"));
		}
		StaffTestSupport.CookieJar jar = StaffTestSupport.signInWithPassword(mvc, email);
		assertThat(StaffTestSupport.submitCode(mvc, jar, "111111").getResponse().getStatus()).isEqualTo(200);
		assertThat(StaffTestSupport.submitCode(mvc, jar, "222222").getResponse().getStatus()).isEqualTo(200);
		assertThat(staff.findByEmail(email).orElseThrow().isLockedAt(Instant.now())).isFalse();
		assertThat(StaffTestSupport.submitCode(mvc, jar, "333333").getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error");
		assertThat(staff.findByEmail(email).orElseThrow().isLockedAt(Instant.now())).isTrue();
	}

	@Test
	void aSessionWaitingForItsCodeCannotSignInWhileTheAccountIsLocked() throws Exception {
		String email = StaffTestSupport.uniqueEmail("pending");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		byte[] secret = enrol(account);
		List<String> recovery = recoveryCodes.renew(account.id());
		StaffTestSupport.CookieJar waiting = StaffTestSupport.signInWithPassword(mvc, email);
		StaffTestSupport.CookieJar alsoWaiting = StaffTestSupport.signInWithPassword(mvc, email);
		for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
			mvc.perform(formLogin("/staff/login").user(email).password("wrong " + i))
				.andExpect(redirectedUrl("/staff/login?error"));
		}
		Instant lockedUntil = staff.findById(account.id()).orElseThrow().lockedUntil();
		assertThat(lockedUntil).isAfter(Instant.now());

		Cookie[] keptByTheAttacker = waiting.cookies();
		assertThat(StaffTestSupport.submitCode(mvc, waiting, Totp.code(secret, Instant.now())).getResponse().getRedirectedUrl())
			.isEqualTo("/staff/login?error");
		assertThat(StaffTestSupport.submitCode(mvc, alsoWaiting, recovery.get(0)).getResponse().getRedirectedUrl())
			.isEqualTo("/staff/login?error");
		mvc.perform(get("/staff/login").param("error", "").locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("or the account is locked")));
		mvc.perform(get("/staff").cookie(keptByTheAttacker))
			.andExpect(redirectedUrl("/staff/login"))
			.andExpect(unauthenticated());

		StaffAccount after = staff.findById(account.id()).orElseThrow();
		assertThat(after.lockedUntil()).as("the lock stands").isEqualTo(lockedUntil);
		assertThat(recoveryCodes.remaining(account.id())).as("a refused attempt uses up no code").isEqualTo(10);
		assertThat(countAudit(account.id(), "staff.sign-in.succeeded")).isZero();
		assertThat(failureReasons(account.id())).filteredOn("locked"::equals).hasSize(2);
	}

	@Test
	void anAdminEnrollingAsPartOfSigningInIsRefusedWhileTheAccountIsLocked() throws Exception {
		String email = StaffTestSupport.uniqueEmail("enrol-locked");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.ADMIN);
		var pending = authentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
				StaffAuthorities.pending(StaffAuthorities.ENROLMENT_REQUIRED)));
		MvcResult page = mvc.perform(get(SecondFactorController.ENROL_PAGE).with(pending)).andReturn();
		StaffTestSupport.CookieJar jar = new StaffTestSupport.CookieJar().keep(page);
		Matcher shown = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page.getResponse().getContentAsString());
		assertThat(shown.find()).isTrue();
		for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
			staff.registerFailure(account.id(), Instant.now());
		}

		mvc.perform(post(SecondFactorController.ENROL_PAGE)
			.param("code", Totp.code(Totp.fromBase32(shown.group(1)), Instant.now()))
			.cookie(jar.cookies())
			.with(pending)
			.with(csrf())).andExpect(redirectedUrl("/staff/login?error"));
		assertThat(staff.findById(account.id()).orElseThrow().hasSecondFactor()).isFalse();
		assertThat(staff.findById(account.id()).orElseThrow().isLockedAt(Instant.now())).isTrue();
	}

	private List<String> failureReasons(long accountId) {
		return jdbc.sql("""
				SELECT after_state ->> 'reason' FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = 'staff.sign-in.failed' ORDER BY id""")
			.param(String.valueOf(accountId))
			.query(String.class)
			.list();
	}

	private long countAudit(long accountId, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'staff_account' AND target_id = ? AND action = ?")
			.params(String.valueOf(accountId), action)
			.query(Long.class)
			.single();
	}

	@Test
	void anAdminWhoMustEnrolCanOnlyReachEnrolmentThenGetsTenRecoveryCodes() throws Exception {
		String email = StaffTestSupport.uniqueEmail("enrol");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.ADMIN);
		var pending = authentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
				StaffAuthorities.pending(StaffAuthorities.ENROLMENT_REQUIRED)));
		StaffTestSupport.CookieJar jar = new StaffTestSupport.CookieJar();

		mvc.perform(get("/staff").with(pending)).andExpect(redirectedUrl(SecondFactorController.ENROL_PAGE));
		mvc.perform(get("/staff/accounts").with(pending)).andExpect(redirectedUrl(SecondFactorController.ENROL_PAGE));
		MvcResult page = mvc.perform(get(SecondFactorController.ENROL_PAGE).with(pending))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andReturn();
		jar.keep(page);
		Matcher shown = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page.getResponse().getContentAsString());
		assertThat(shown.find()).isTrue();
		byte[] secret = Totp.fromBase32(shown.group(1));

		mvc.perform(post(SecondFactorController.ENROL_PAGE).param("code", "000000").cookie(jar.cookies()).with(pending)
			.with(csrf())).andExpect(view().name("staff/second-factor"));
		mvc.perform(post(SecondFactorController.ENROL_PAGE).param("code", Totp.code(secret, Instant.now()))
			.cookie(jar.cookies())
			.with(pending)
			.with(csrf())).andExpect(view().name("staff/recovery-codes"));

		StaffAccount enrolled = staff.findById(account.id()).orElseThrow();
		assertThat(enrolled.hasSecondFactor()).isTrue();
		assertThat(enrolled.totpSecret()).doesNotContain(shown.group(1).replace(" ", ""));
		assertThat(secrets.decrypt(enrolled.totpSecret())).isEqualTo(secret);
		assertThat(recoveryCodes.remaining(account.id())).isEqualTo(10);
	}

}
