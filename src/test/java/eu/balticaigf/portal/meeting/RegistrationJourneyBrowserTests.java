package eu.balticaigf.portal.meeting;

import eu.balticaigf.portal.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Register, wait, cancel, be promoted: the whole public journey in Chromium, with axe on every page. */
class RegistrationJourneyBrowserTests extends BrowserTest {

	@Autowired
	MeetingRepository meetings;

	@Test
	void registerWaitCancelAndPromote() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String form = "/meetings/" + meeting.slug() + "/register?lang=en";

		open(form);
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(browser.findElement(By.id("seats-left")).getText()).contains("1");
		assertNoAccessibilityViolations();

		// Nothing filled in: the error summary links to the fields.
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(waitFor(By.className("govuk-error-summary")).getText()).contains("Enter your full name");
		assertNoAccessibilityViolations();

		register("Ona Onaitė", TestMeetings.email("first"));
		waitForStatus("CONFIRMED");
		assertNoAccessibilityViolations();
		String firstLink = browser.getCurrentUrl();

		open(form);
		register("Jonas Jonaitis", TestMeetings.email("second"));
		waitForStatus("WAITLISTED");
		assertThat(browser.findElement(By.id("waiting-position")).getText()).contains("1");
		assertNoAccessibilityViolations();
		String secondLink = browser.getCurrentUrl();

		browser.get(firstLink);
		clickAndWaitForPage(By.id("cancel-registration"));
		waitForStatus("CANCELLED");
		assertNoAccessibilityViolations();

		browser.get(secondLink + "?lang=lt");
		waitForStatus("CONFIRMED");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("lt");
		assertNoAccessibilityViolations();
	}

	@Test
	void closedRegistrationExplainsItselfAccessibly() {
		open("/meetings/info-2025-08-01/register?lang=lt");
		assertThat(browser.findElement(By.id("registration-window")).getText()).contains("Registracija baigėsi");
		assertNoAccessibilityViolations();
	}

	@Test
	void staffPagesAreAccessible() {
		Meeting meeting = TestMeetings.create(meetings, 2);
		open("/meetings/" + meeting.slug() + "/register?lang=en");
		register("Ona Onaitė", TestMeetings.email("staffview"));
		open("/staff/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(eu.balticaigf.portal.PortalTest.ADMIN_EMAIL);
		browser.findElement(By.id("password")).sendKeys(eu.balticaigf.portal.PortalTest.ADMIN_PASSWORD);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(driver -> !driver.getCurrentUrl().contains("/staff/login"));
		for (String path : new String[] { "/staff/meetings", "/staff/meetings/" + meeting.slug(),
				"/staff/meetings/" + meeting.slug() + "/check-in?q=Ona", "/staff/meetings/new",
				"/staff/meetings/" + meeting.slug() + "/edit" }) {
			open(path);
			assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
			assertNoAccessibilityViolations();
		}
		assertThat(browser.findElement(By.id("titleEn")).getAttribute("value")).isEqualTo(meeting.titles().get("en"));
	}

	/** Waits for the page after a click: on a loaded machine the next page may not be there yet. */
	private org.openqa.selenium.WebElement waitFor(By locator) {
		return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(locator));
	}

	private void waitForStatus(String status) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.id("registration-status"), "data-status", status));
	}

	private void register(String name, String email) {
		browser.findElement(By.id("fullName")).sendKeys(name);
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("organisationName")).sendKeys("UAB Bandymas");
		browser.findElement(By.id("attendance")).click();
		browser.findElement(By.id("consentPrivacy")).click();
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
	}

}
