package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import eu.balticaigf.portal.MovableClock;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

import static eu.balticaigf.portal.staff.StaffTestSupport.PASSWORD;
import static eu.balticaigf.portal.staff.StaffTestSupport.passwordStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lockout rule against the real database, through the same provider the sign-in form
 * uses, built here with a clock the test can move (the shared context keeps the system
 * clock; no second context is started).
 */
@PortalTest
class LockoutTests extends PortalIntegrationTest {

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog audit;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private StaffAuthenticationProvider provider(boolean requireSecondFactorForAdmin) {
		return new StaffAuthenticationProvider(staff, encoder, audit,
				new StaffSettings(requireSecondFactorForAdmin, null), clock);
	}

	private static Authentication attempt(String email, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
	}

	@Test
	void sixWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
		String email = StaffTestSupport.uniqueEmail("lock");
		StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		StaffAuthenticationProvider provider = provider(true);
		for (int i = 0; i < 6; i++) {
			String wrong = "wrong password " + i;
			assertThatThrownBy(() -> provider.authenticate(attempt(email, wrong)))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatThrownBy(() -> provider.authenticate(attempt(email, PASSWORD))).isInstanceOf(LockedException.class);
		clock.move(Duration.ofMinutes(15).minusSeconds(1));
		assertThatThrownBy(() -> provider.authenticate(attempt(email, PASSWORD))).isInstanceOf(LockedException.class);
		clock.move(Duration.ofSeconds(1));
		Authentication signedIn = provider.authenticate(attempt(email, PASSWORD));
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_REVIEWER");
	}

	@Test
	void fiveWrongPasswordsDoNotLockAndASuccessStartsTheCountAgain() {
		String email = StaffTestSupport.uniqueEmail("count");
		StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		StaffAuthenticationProvider provider = provider(true);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 5; i++) {
				assertThatThrownBy(() -> provider.authenticate(attempt(email, "nope nope nope")))
					.isInstanceOf(BadCredentialsException.class);
			}
			assertThat(provider.authenticate(attempt(email, PASSWORD)).isAuthenticated()).isTrue();
		}
	}

	@Test
	void lockRuleStartsOnTheSixthFailure() {
		Instant now = Instant.parse("2026-03-02T09:00:00Z");
		assertThat(StaffAccount.lockAfterFailure(4, now)).isNull();
		assertThat(StaffAccount.lockAfterFailure(5, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
	}

	/**
	 * The rule is on unless configured off (the shared test context turns it off; that an
	 * admin must then enrol is SecondFactorJourneyTests' journey), and off it lets an
	 * admin in with the password alone.
	 */
	@Test
	void anAdminMustEnrolUnlessTheRuleIsConfiguredOff() {
		StaffSettings unconfigured = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("portal.staff", StaffSettings.class);
		assertThat(unconfigured.requireSecondFactorForAdmin()).isTrue();
		String email = StaffTestSupport.uniqueEmail("admin");
		StaffTestSupport.createAccount(staff, encoder, email, Role.ADMIN);
		assertThat(provider(false).authenticate(attempt(email, PASSWORD)).getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_ADMIN");
	}

	@Test
	void theSignInFormRefusesTheRightPasswordAfterSixFailuresAndAuditsTheLock() {
		String email = StaffTestSupport.uniqueEmail("form");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		for (int i = 0; i < 6; i++) {
			assertThat(passwordStep(Visitor.at(port), email, "wrong " + i).path()).isEqualTo("/staff/login?error");
		}
		Visitor rightPassword = Visitor.at(port);
		assertThat(passwordStep(rightPassword, email).errorSummary())
			.containsExactly("The e-mail address or password is not right, or the account is locked.");
		assertThat(rightPassword.open("/staff").path()).as("not signed in").isEqualTo("/staff/login");
		assertThat(countAudit(account.id(), "staff.sign-in.failed")).isEqualTo(7);
		assertThat(countAudit(account.id(), "staff.account.locked")).isEqualTo(1);
	}

	@Test
	void aSuccessfulSignInIsAuditedWithTheClientAddress() {
		String email = StaffTestSupport.uniqueEmail("ok");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		assertThat(passwordStep(Visitor.at(port), email).path()).isEqualTo("/staff");
		assertThat(jdbc.sql("""
				SELECT client_address FROM audit_log
				WHERE target_id = ? AND action = 'staff.sign-in.succeeded' AND actor = ?""")
			.params(String.valueOf(account.id()), email)
			.query(String.class)
			.single()).isEqualTo("127.0.0.1");
	}

	@Test
	void staffSessionsExpireAfterThirtyIdleMinutes() {
		String email = StaffTestSupport.uniqueEmail("session");
		StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		Visitor visitor = Visitor.at(port);
		assertThat(passwordStep(visitor, email).path()).isEqualTo("/staff");
		assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Integer.class)
			.list()).containsOnly(1800).isNotEmpty();

		// 29 idle minutes: still signed in. 31: signed out, sent to the sign-in page.
		idle(email, 29);
		assertThat(visitor.open("/staff").path()).isEqualTo("/staff");
		idle(email, 31);
		assertThat(visitor.open("/staff").path()).isEqualTo("/staff/login");
	}

	/** Makes the stored session look last used this many minutes ago. */
	private void idle(String email, int minutes) {
		long lastAccess = System.currentTimeMillis() - minutes * 60_000L;
		jdbc.sql("""
				UPDATE spring_session SET last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000
				WHERE principal_name = ?""").params(lastAccess, lastAccess, email).update();
	}

	private long countAudit(long accountId, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE target_id = ? AND action = ?")
			.params(String.valueOf(accountId), action)
			.query(Long.class)
			.single();
	}

}
