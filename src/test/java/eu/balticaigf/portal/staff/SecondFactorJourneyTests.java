package eu.balticaigf.portal.staff;

import java.time.Instant;
import java.util.List;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import static eu.balticaigf.portal.staff.StaffTestSupport.passwordStep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor as a person meets it through the served sign-in and enrolment forms:
 * an admin must enrol before reaching the back office, the recovery codes appear once,
 * and every sign-in that passes the code step is in the audit log.
 */
@PortalTest
class SecondFactorJourneyTests extends SecondFactorTest {

	@Test
	void anAdminWhoSignsInWithAPasswordMustEnrolASecondFactorBeforeReachingTheBackOffice() throws Exception {
		String email = StaffTestSupport.uniqueEmail("admin-enrol");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.ADMIN);
		Visitor visitor = Visitor.at(port);
		try (AutoCloseable rule = StaffTestSupport.requireSecondFactorForAdmins(provider)) {
			assertThat(passwordStep(visitor, email).path()).isEqualTo(SecondFactorController.ENROL_PAGE);
			for (String page : List.of("/staff", "/staff/accounts", "/staff/audit", "/staff/applications",
					SecondFactorController.CODE_PAGE)) {
				assertThat(visitor.open(page).path()).as(page).isEqualTo(SecondFactorController.ENROL_PAGE);
			}

			Page enrolment = visitor.open(SecondFactorController.ENROL_PAGE);
			assertThat(enrolment.has("svg")).as("the QR code").isTrue();
			String shown = enrolment.byId("totp-secret").text();
			byte[] secret = Totp.fromBase32(shown);
			Page wrong = enrolment.form("form[method=post]").fill("code", "000000").submit();
			assertThat(wrong.errorFor("code"))
				.isEqualTo("The code is not right or has already been used: try the next one");
			assertThat(visitor.open("/staff").path()).isEqualTo(SecondFactorController.ENROL_PAGE);

			Page codes = visitor.open(SecondFactorController.ENROL_PAGE)
				.form("form[method=post]")
				.fill("code", Totp.code(secret, Instant.now()))
				.submit();
			assertThat(codes.document().select("#recovery-codes li")).hasSize(RecoveryCodes.COUNT);
			assertThat(visitor.open("/staff").status()).isEqualTo(200);
			assertThat(visitor.open("/staff/accounts").status()).isEqualTo(200);

			StaffAccount enrolled = staff.findById(account.id()).orElseThrow();
			assertThat(enrolled.hasSecondFactor()).isTrue();
			assertThat(enrolled.totpSecret()).as("stored encrypted").doesNotContain(shown.replace(" ", ""));
			assertThat(secrets.decrypt(enrolled.totpSecret())).isEqualTo(secret);
			assertThat(recoveryCodes.remaining(account.id())).isEqualTo(RecoveryCodes.COUNT);
			assertThat(audited(account.id(), "staff.sign-in.password-accepted", "next"))
				.containsExactly(StaffAuthorities.ENROLMENT_REQUIRED);
			assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors"))
				.containsExactly("password+totp-enrolment");

			// From now on the password alone leads to the code step, not to enrolment
			// again.
			assertThat(passwordStep(Visitor.at(port), email).path()).isEqualTo(SecondFactorController.CODE_PAGE);
		}
	}

	@Test
	void recoveryCodesAppearOnlyInTheAnswerToEnrolment() {
		String email = StaffTestSupport.uniqueEmail("codes-once");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		Visitor visitor = Visitor.at(port);
		assertThat(passwordStep(visitor, email).path()).isEqualTo("/staff");

		Page enrolment = visitor.open("/staff").click("Two-step sign-in");
		byte[] secret = Totp.fromBase32(enrolment.byId("totp-secret").text());
		Page enrolled = enrolment.form("form[method=post]").fill("code", Totp.code(secret, Instant.now())).submit();
		List<String> codes = enrolled.document().select("#recovery-codes code").eachText();
		assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();

		Page later = visitor.open(SecondFactorController.ENROL_PAGE);
		assertThat(later.text()).contains("Unused recovery codes: 10");
		for (String code : codes) {
			assertThat(later.body()).doesNotContain(code);
		}
		// The codes shown were the real ones: one of them signs in.
		Visitor next = Visitor.at(port);
		passwordStep(next, email);
		assertThat(StaffTestSupport.afterCode(next, codes.get(3))).isEqualTo("/staff");
		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).endsWith("password+recovery-code");
	}

	@Test
	void everySignInThroughTheCodeStepIsAuditedWithTheFactorUsed() {
		String email = StaffTestSupport.uniqueEmail("audited");
		StaffAccount account = StaffTestSupport.createAccount(staff, encoder, email, Role.REVIEWER);
		byte[] secret = Totp.newSecret();
		staff.setTotp(account.id(), secrets.encrypt(secret), 0);
		List<String> recovery = recoveryCodes.renew(account.id());

		Visitor withApp = Visitor.at(port);
		passwordStep(withApp, email);
		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).as("the password alone is no sign-in")
			.isEmpty();
		assertThat(StaffTestSupport.afterCode(withApp, Totp.code(secret, Instant.now()))).isEqualTo("/staff");
		Visitor withRecoveryCode = Visitor.at(port);
		passwordStep(withRecoveryCode, email);
		assertThat(StaffTestSupport.afterCode(withRecoveryCode, recovery.get(0))).isEqualTo("/staff");

		assertThat(audited(account.id(), "staff.sign-in.succeeded", "factors")).containsExactly("password+totp",
				"password+recovery-code");
		assertThat(jdbc.sql("""
				SELECT DISTINCT actor || ' ' || client_address FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = 'staff.sign-in.succeeded'""")
			.param(String.valueOf(account.id()))
			.query(String.class)
			.list()).containsExactly(email + " 127.0.0.1");
	}

	/**
	 * One value of what each audit entry of this action recorded as the state after,
	 * oldest first.
	 */
	private List<String> audited(long accountId, String action, String key) {
		return jdbc.sql("""
				SELECT after_state ->> ? FROM audit_log
				WHERE target_type = 'staff_account' AND target_id = ? AND action = ? ORDER BY id""")
			.params(key, String.valueOf(accountId), action)
			.query(String.class)
			.list();
	}

}
