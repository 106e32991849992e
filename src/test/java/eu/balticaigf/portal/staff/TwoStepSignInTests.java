package eu.balticaigf.portal.staff;

import java.time.Instant;
import java.util.List;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import static eu.balticaigf.portal.staff.StaffTestSupport.afterCode;
import static eu.balticaigf.portal.staff.StaffTestSupport.passwordStep;
import static eu.balticaigf.portal.staff.StaffTestSupport.submitCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in with a second factor, over real HTTP and the real session store, through
 * the served forms.
 */
@PortalTest
class TwoStepSignInTests extends SecondFactorTest {

	private byte[] enrol(StaffAccount account) {
		byte[] secret = Totp.newSecret();
		staff.setTotp(account.id(), secrets.encrypt(secret), 0);
		return secret;
	}

	/** A visitor whose session has passed the password step and waits for the code. */
	private Visitor waitingForCode(String email) {
		Visitor visitor = Visitor.at(port);
		assertThat(passwordStep(visitor, email).path()).isEqualTo(SecondFactorController.CODE_PAGE);
		return visitor;
	}

	@Test
	void theBackOfficeStaysClosedUntilTheCodeIsGiven() {
		String email = StaffTestSupport.uniqueEmail("totp");
		byte[] secret = enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER));
		Visitor visitor = waitingForCode(email);

		assertThat(visitor.open("/staff").path()).isEqualTo(SecondFactorController.CODE_PAGE);
		assertThat(visitor.open("/staff/audit").path()).isEqualTo(SecondFactorController.CODE_PAGE);
		Page codePage = visitor.open(SecondFactorController.CODE_PAGE);
		assertThat(codePage.status()).isEqualTo(200);
		assertThat(codePage.byId("code").attr("autocomplete")).isEqualTo("one-time-code");

		Page wrong = submitCode(visitor, "000000");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.errorFor("code"))
			.isEqualTo("The code is not right or has already been used: try the next one");
		assertThat(visitor.open("/staff").path()).isEqualTo(SecondFactorController.CODE_PAGE);

		assertThat(afterCode(visitor, Totp.code(secret, Instant.now()))).isEqualTo("/staff");
		Page home = visitor.open("/staff");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.byId("signed-in-as").text()).contains(email);
	}

	@Test
	void aCodeCannotBeUsedTwice() {
		String email = StaffTestSupport.uniqueEmail("replay");
		byte[] secret = enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER));
		String code = Totp.code(secret, Instant.now());
		assertThat(afterCode(waitingForCode(email), code)).isEqualTo("/staff");
		Page replayed = submitCode(waitingForCode(email), code);
		assertThat(replayed.isRedirect()).isFalse();
		assertThat(replayed.errorFor("code")).isNotBlank();
	}

	@Test
	void eachRecoveryCodeWorksOnceInAnyCase() {
		String email = StaffTestSupport.uniqueEmail("recovery");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		enrol(account);
		List<String> codes = recoveryCodes.renew(account.id());
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(jdbc.sql("SELECT count(*) FROM staff_recovery_code WHERE staff = ? AND code_hash = ANY (?)")
			.params(account.id(), codes.toArray(String[]::new))
			.query(Long.class)
			.single()).as("codes are stored only hashed").isZero();

		assertThat(afterCode(waitingForCode(email), codes.get(0))).isEqualTo("/staff");
		assertThat(afterCode(waitingForCode(email), codes.get(0))).as("used once already")
			.isEqualTo(SecondFactorController.CODE_PAGE);
		String typedLoosely = codes.get(1).replace("-", " ").toLowerCase();
		assertThat(afterCode(waitingForCode(email), typedLoosely)).isEqualTo("/staff");
		assertThat(recoveryCodes.remaining(account.id())).isEqualTo(8);
	}

	@Test
	void sixWrongCodesLockTheAccountAndEndTheHalfSignedInSession() {
		String email = StaffTestSupport.uniqueEmail("codes");
		enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER));
		Visitor visitor = waitingForCode(email);
		for (int i = 0; i < 5; i++) {
			assertThat(submitCode(visitor, "12345" + i).status()).isEqualTo(200);
		}
		Page locked = submitCode(visitor, "999999").followed();
		assertThat(locked.path()).isEqualTo("/staff/login?error");
		assertThat(locked.errorSummary())
			.containsExactly("The e-mail address or password is not right, or the account is locked.");
		StaffAccount account = staff.findByEmail(email).orElseThrow();
		assertThat(account.isLockedAt(Instant.now())).isTrue();
		assertThat(failureReasons(account.id())).containsOnly("wrong-code").hasSize(StaffAccount.MAX_FAILED_ATTEMPTS);
		assertThat(countAudit(account.id(), "staff.account.locked")).isEqualTo(1);
		assertThat(visitor.open("/staff").path()).isEqualTo("/staff/login");
	}

	@Test
	void wrongPasswordsAndWrongCodesCountTogetherTowardsTheLock() {
		String email = StaffTestSupport.uniqueEmail("mixed");
		enrol(StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER));
		for (int i = 0; i < 3; i++) {
			assertThat(passwordStep(Visitor.at(port), email, "wrong " + i).path()).isEqualTo("/staff/login?error");
		}
		Visitor visitor = waitingForCode(email);
		assertThat(submitCode(visitor, "111111").status()).isEqualTo(200);
		assertThat(submitCode(visitor, "222222").status()).isEqualTo(200);
		assertThat(staff.findByEmail(email).orElseThrow().isLockedAt(Instant.now())).isFalse();
		assertThat(afterCode(visitor, "333333")).isEqualTo("/staff/login?error");
		assertThat(staff.findByEmail(email).orElseThrow().isLockedAt(Instant.now())).isTrue();
	}

	@Test
	void aSessionWaitingForItsCodeCannotSignInWhileTheAccountIsLocked() {
		String email = StaffTestSupport.uniqueEmail("pending");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		byte[] secret = enrol(account);
		List<String> recovery = recoveryCodes.renew(account.id());
		Visitor waiting = waitingForCode(email);
		Visitor alsoWaiting = waitingForCode(email);
		for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
			assertThat(passwordStep(Visitor.at(port), email, "wrong " + i).path()).isEqualTo("/staff/login?error");
		}
		Instant lockedUntil = staff.findById(account.id()).orElseThrow().lockedUntil();
		assertThat(lockedUntil).isAfter(Instant.now());

		Page refused = submitCode(waiting, Totp.code(secret, Instant.now())).followed();
		assertThat(refused.path()).isEqualTo("/staff/login?error");
		assertThat(refused.text()).contains("or the account is locked");
		assertThat(afterCode(alsoWaiting, recovery.get(0))).isEqualTo("/staff/login?error");
		assertThat(waiting.open("/staff").path()).isEqualTo("/staff/login");
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Long.class)
			.single()).as("the half-signed-in sessions are gone, not just left").isZero();

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
		Visitor visitor = Visitor.at(port);
		try (AutoCloseable rule = StaffTestSupport.requireSecondFactorForAdmins(provider)) {
			Page enrolment = passwordStep(visitor, email);
			assertThat(enrolment.path()).isEqualTo(SecondFactorController.ENROL_PAGE);
			byte[] secret = Totp.fromBase32(enrolment.byId("totp-secret").text());
			for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
				staff.registerFailure(account.id(), Instant.now());
			}

			Page refused = enrolment.form("form[method=post]")
				.fill("code", Totp.code(secret, Instant.now()))
				.submitAndFollow();
			assertThat(refused.path()).isEqualTo("/staff/login?error");
		}
		assertThat(staff.findById(account.id()).orElseThrow().hasSecondFactor()).isFalse();
		assertThat(staff.findById(account.id()).orElseThrow().isLockedAt(Instant.now())).isTrue();
	}

	private List<String> failureReasons(long accountId) {
		return jdbc
			.sql("""
					SELECT after_state ->> 'reason' FROM audit_log
					WHERE target_type = 'staff_account' AND target_id = ? AND action = 'staff.sign-in.failed' ORDER BY id""")
			.param(String.valueOf(accountId))
			.query(String.class)
			.list();
	}

	private long countAudit(long accountId, String action) {
		return jdbc
			.sql("SELECT count(*) FROM audit_log WHERE target_type = 'staff_account' AND target_id = ? AND action = ?")
			.params(String.valueOf(accountId), action)
			.query(Long.class)
			.single();
	}

}
