package eu.balticaigf.portal.staff;

import java.util.UUID;

import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Accounts with unique addresses (the suite shares one database), and the steps of a
 * staff sign-in through the served forms, as a browser goes through them.
 */
final class StaffTestSupport {

	static final String PASSWORD = "amber kettle orbit lantern";

	private StaffTestSupport() {
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ministry.test";
	}

	static StaffAccount createAccount(StaffRepository staff, PasswordEncoder encoder, String email, Role role) {
		staff.insert(email, "Test " + role.name().charAt(0) + role.name().substring(1).toLowerCase(),
				encoder.encode(PASSWORD), role);
		return staff.findByEmail(email).orElseThrow();
	}

	/**
	 * The password step on the sign-in page: the page it leads to (the code step,
	 * enrolment, the back office).
	 */
	static Page passwordStep(Visitor visitor, String email, String password) {
		return visitor.open("/staff/login")
			.form("form[action$='/staff/login']")
			.fill("username", email)
			.fill("password", password)
			.submitAndFollow();
	}

	static Page passwordStep(Visitor visitor, String email) {
		return passwordStep(visitor, email, PASSWORD);
	}

	/**
	 * The code step, on the served code page of the visitor's half-signed-in session: the
	 * answer as it comes (a redirect when the step is over, the page again with its error
	 * when not).
	 */
	static Page submitCode(Visitor visitor, String code) {
		return visitor.open(SecondFactorController.CODE_PAGE)
			.form("form[action$='/staff/login/code']")
			.fill("code", code)
			.submit();
	}

	/**
	 * Where the code step leads: the path after its redirect, or the code page's own when
	 * it asks again.
	 */
	static String afterCode(Visitor visitor, String code) {
		return submitCode(visitor, code).followed().path();
	}

	/**
	 * Gives the sign-in form's provider the default rule back (admins must enrol a second
	 * factor) until closed. The shared context turns the rule off so that other modules
	 * sign in with a password alone; a second Spring context with the property on would
	 * cost another embedded PostgreSQL and some twenty seconds of start-up.
	 */
	static AutoCloseable requireSecondFactorForAdmins(StaffAuthenticationProvider provider) {
		StaffSettings shared = (StaffSettings) ReflectionTestUtils.getField(provider, "settings");
		ReflectionTestUtils.setField(provider, "settings", new StaffSettings(true, shared.secretKey()));
		return () -> ReflectionTestUtils.setField(provider, "settings", shared);
	}

}
