package eu.balticaigf.portal.staff;

import java.time.Instant;

import eu.balticaigf.portal.browser.BrowserTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff turns on two-step sign-in and signs in with a code, in Chromium,
 * every page checked by axe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffSignInBrowserTests extends BrowserTest {

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	private final String email = StaffTestSupport.uniqueEmail("browser");

	private byte[] secret;

	private void signInWithPassword() {
		open("/staff/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(StaffTestSupport.PASSWORD);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
	}

	@Test
	@Order(1)
	void enrolsASecondFactorFromTheQrPage() {
		StaffTestSupport.createAccount(staff, encoder, email, Role.ADMIN);
		open("/staff/login");
		assertNoAccessibilityViolations();
		signInWithPassword();
		assertThat(browser.getCurrentUrl()).endsWith("/staff");
		clickAndWaitForPage(By.linkText("Two-step sign-in"));
		assertThat(browser.findElement(By.cssSelector("svg[role=img]")).getAttribute("aria-label")).isNotBlank();
		assertNoAccessibilityViolations();

		browser.findElement(By.id("code")).sendKeys("000000");
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
		assertNoAccessibilityViolations();

		secret = Totp.fromBase32(browser.findElement(By.id("totp-secret")).getText());
		browser.findElement(By.id("code")).sendKeys(Totp.code(secret, Instant.now()));
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.linkText("Continue to the back office"));
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/logout'] button"));
	}

	@Test
	@Order(2)
	void signsInWithPasswordThenCode() {
		signInWithPassword();
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login/code");
		assertNoAccessibilityViolations();
		open("/staff/audit");
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login/code");

		browser.findElement(By.id("code")).sendKeys("123");
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("code-error")).getText()).isNotBlank();
		assertNoAccessibilityViolations();

		// The enrolment spent the current step; the next one is within the allowed drift.
		browser.findElement(By.id("code")).sendKeys(Totp.code(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS)));
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains(email);

		open("/staff/audit?actor=" + email);
		assertThat(browser.findElement(By.cssSelector("tr[data-action='staff.sign-in.succeeded']")).getText())
			.contains("Signed in", "Password and authenticator code");
		assertNoAccessibilityViolations();
		open("/staff/accounts");
		assertNoAccessibilityViolations();
		open("/staff/accounts/invite");
		assertNoAccessibilityViolations();
		open("/staff/api-tokens");
		assertNoAccessibilityViolations();
	}

}
