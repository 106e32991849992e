package eu.balticaigf.portal.meeting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Register, wait, cancel, be promoted; check in with the QR code from the registration
 * page: the journeys in Chromium, with axe on every page, and the pages a phone shows no
 * wider than its screen.
 */
class RegistrationJourneyBrowserTests extends BrowserTest {

	private static final Dimension PHONE = new Dimension(390, 844);

	private static final Dimension DESKTOP = new Dimension(1280, 1024);

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ApplicationContext context;

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
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cancel your registration?");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("confirm-cancel"));
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
		signIn(eu.balticaigf.portal.PortalTest.ADMIN_EMAIL, eu.balticaigf.portal.PortalTest.ADMIN_PASSWORD);
		for (String path : new String[] { "/staff/meetings", "/staff/meetings/" + meeting.slug(),
				"/staff/meetings/" + meeting.slug() + "/check-in?q=Ona", "/staff/meetings/new",
				"/staff/meetings/" + meeting.slug() + "/edit" }) {
			open(path);
			assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
			assertNoAccessibilityViolations();
		}
		assertThat(browser.findElement(By.id("titleEn")).getAttribute("value")).isEqualTo(meeting.titles().get("en"));
	}

	/**
	 * Issue 13: a registrant takes the QR code from the registration page (not the
	 * e-mail), and a viewer at the door opens its link and checks them in.
	 */
	@Test
	void qrCheckInWithTheCodeFromTheRegistrationPage() throws Exception {
		open("/");
		browser.manage().deleteAllCookies();
		Meeting meeting = TestMeetings.create(meetings, 5);
		open("/meetings/" + meeting.slug() + "/register?lang=en");
		register("Rūta Žemaitė", TestMeetings.email("qr"));
		waitForStatus("CONFIRMED");
		assertNoAccessibilityViolations();
		String code = browser.findElement(By.id("check-in-code")).getAttribute("src");
		assertThat(fitsOnAPhone()).as("registration page at 390 px").isTrue();

		HttpResponse<byte[]> png = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(code)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
		String checkInLink = RegistrationPagesTests.qr(png.body());
		assertThat(checkInLink).contains("/staff/meetings/" + meeting.slug() + "/check-in/");

		StaffSignInSupport.Account viewer = StaffSignInSupport.create(context, Role.VIEWER);
		signIn(viewer.email(), viewer.password());
		// The path only: the link's host is the portal's public address, the test server
		// listens elsewhere.
		open(URI.create(checkInLink).getPath());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rūta Žemaitė");
		assertThat(browser.findElement(By.id("checked-in")).getText()).isEqualTo("Not yet");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Rūta Žemaitė is checked in.");
		assertThat(browser.findElement(By.id("checked-in")).getText()).isNotEqualTo("Not yet");
		assertNoAccessibilityViolations();

		for (String path : new String[] { "/staff/meetings/" + meeting.slug(),
				"/staff/meetings/" + meeting.slug() + "/check-in?q=ruta" }) {
			open(path);
			assertThat(fitsOnAPhone()).as(path + " at 390 px").isTrue();
			assertNoAccessibilityViolations();
		}
		assertThat(browser.findElement(By.id("check-in-results")).getText()).contains("Rūta Žemaitė");
		browser.manage().deleteAllCookies();
	}

	/**
	 * At 390 px (a phone), the page is no wider than the screen: wide tables scroll in
	 * their own region.
	 */
	private boolean fitsOnAPhone() {
		browser.manage().window().setSize(PHONE);
		try {
			return (Boolean) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		}
		finally {
			browser.manage().window().setSize(DESKTOP);
		}
	}

	private void signIn(String email, String password) {
		open("/staff/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(driver -> !driver.getCurrentUrl().contains("/staff/login"));
	}

	/**
	 * Waits for the page after a click: on a loaded machine the next page may not be
	 * there yet.
	 */
	private org.openqa.selenium.WebElement waitFor(By locator) {
		return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(locator));
	}

	private void waitForStatus(String status) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.id("registration-status"),
					"data-status", status));
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
