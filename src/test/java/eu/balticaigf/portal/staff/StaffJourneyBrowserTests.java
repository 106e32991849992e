package eu.balticaigf.portal.staff;

import java.time.Instant;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways into the back office, in Chromium with every page checked by axe: an invited
 * reviewer who sets a password, turns on two-step sign-in and reaches the applications; a
 * member of staff who forgot the password. The admin's accounts and audit pages fit a 390
 * px phone.
 */
class StaffJourneyBrowserTests extends BrowserTest {

	private static final String NEW_PASSWORD = "copper window gravel autumn";

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void anInvitedReviewerSetsAPasswordTurnsOnTwoStepSignInAndReachesTheApplications() {
		String admin = StaffTestSupport.uniqueEmail("browser-admin");
		StaffTestSupport.createAccount(staff, encoder, admin, Role.ADMIN);
		signIn(admin, StaffTestSupport.PASSWORD);
		open("/staff/accounts");
		clickAndWaitForPage(By.linkText("Invite a member of staff"));
		assertNoAccessibilityViolations();
		String reviewer = StaffTestSupport.uniqueEmail("browser-reviewer");
		type("email", reviewer);
		type("displayName", "Rūta Žemaitė");
		browser.findElement(By.cssSelector("label[for='role-REVIEWER']")).click();
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains(reviewer);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rūta Žemaitė");
		assertNoAccessibilityViolations();
		fitsAPhone("/staff/accounts");
		fitsAPhone("/staff/audit");
		assertThat(browser.findElement(By.cssSelector("details.govuk-details")).getAttribute("open"))
			.as("the audit filters start folded")
			.isNull();
		assertNoAccessibilityViolations();
		signOut();

		open(Inbox.nth(reviewer, 1).path("/staff/invitation/[A-Za-z0-9_-]+"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set your password");
		assertNoAccessibilityViolations();
		type("password", NEW_PASSWORD);
		type("confirmPassword", NEW_PASSWORD);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login?passwordSet");
		assertNoAccessibilityViolations();

		signIn(reviewer, NEW_PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/staff");
		clickAndWaitForPage(By.linkText("Two-step sign-in"));
		byte[] secret = Totp.fromBase32(browser.findElement(By.id("totp-secret")).getText());
		type("code", Totp.code(secret, Instant.now()));
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(RecoveryCodes.COUNT);
		clickAndWaitForPage(By.linkText("Continue to the back office"));
		signOut();

		signIn(reviewer, NEW_PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login/code");
		// The enrolment spent the current step; the next one is within the allowed drift.
		type("code", Totp.code(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS)));
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		clickAndWaitForPage(By.linkText("Applications"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff/applications");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Applications");
		assertNoAccessibilityViolations();
		signOut();
	}

	@Test
	void aMemberOfStaffWhoForgotThePasswordSetsANewOneFromTheEmailedLink() {
		String email = StaffTestSupport.uniqueEmail("browser-forgot");
		StaffTestSupport.createAccount(staff, encoder, email, Role.VIEWER);
		open("/staff/login");
		clickAndWaitForPage(By.id("forgotten-password"));
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("email-error")).getText()).isNotBlank();
		assertNoAccessibilityViolations();
		type("email", email);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your e-mail");
		assertNoAccessibilityViolations();

		open(Inbox.nth(email, 1).path("/staff/password-reset/[A-Za-z0-9_-]+"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set a new password");
		assertNoAccessibilityViolations();
		type("password", NEW_PASSWORD);
		type("confirmPassword", NEW_PASSWORD);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login?passwordSet");

		signIn(email, NEW_PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/staff");
		signOut();
	}

	private void signIn(String email, String password) {
		open("/staff/login");
		type("username", email);
		type("password", password);
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/login'] button[type=submit]"));
	}

	private void signOut() {
		open("/staff");
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/logout'] button"));
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Opens the page 390 px wide (a phone) and checks that nothing makes it wider than
	 * the screen.
	 */
	private void fitsAPhone(String path) {
		Dimension desktop = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open(path);
			JavascriptExecutor script = (JavascriptExecutor) browser;
			Object fits = script.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
			assertThat(fits)
				.as(() -> path + " at 390 px is wider than the screen; sticking out: " + script.executeScript("""
						return [...document.querySelectorAll('body *')]
						  .filter(e => e.getBoundingClientRect().right > window.innerWidth
						    && !e.closest('.portal-table-scroll'))
						  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
						  .slice(0, 10).join(', ') + ' scrollWidth ' + document.documentElement.scrollWidth
						  + ' innerWidth ' + window.innerWidth;"""))
				.isEqualTo(true);
			assertNoAccessibilityViolations();
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

}
