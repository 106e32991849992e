package eu.balticaigf.portal.privacy;

import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.notification.OutboxRows;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px phone the public privacy notice and the admins' privacy and outbox pages
 * are no wider than the screen (issue 13 §8): the notice's data reflows, the outbox's
 * table scrolls inside its own region.
 */
class PrivacyPagesOnAPhoneBrowserTests extends BrowserTest {

	@Test
	void thePrivacyNoticeAndTheAdminsPrivacyAndOutboxPagesFitA390PixelScreen() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String recipient = "a-rather-long-address-" + UUID.randomUUID() + "@subdivision.ministry.example.lt";
		OutboxRows.parked(jdbc, recipient, "Your application to the Baltic AI Gigafactory Consortium was received", 8,
				"Mail server connection failed. Failed messages: jakarta.mail.MessagingException: Could not connect to SMTP host: smtp.ministry.example.lt, port: 587");

		for (String language : new String[] { "en", "lt", "pl" }) {
			open("/privacy?lang=" + language);
			assertFitsTheScreen();
			assertNoAccessibilityViolations();
		}

		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(admin.email());
		browser.findElement(By.name("password")).sendKeys(admin.password());
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/login'] button[type=submit]"));

		open("/staff/privacy?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Data-subject requests");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();

		open("/staff/outbox?lang=en");
		assertFitsTheScreen();
		WebElement region = browser.findElement(By.cssSelector(".portal-table-scroll[role=region][tabindex='0']"));
		assertThat(region.getAttribute("aria-label")).isNotBlank();
		assertThat(region.getText()).contains(recipient);
		assertNoAccessibilityViolations();
	}

	/**
	 * Fails naming the elements that reach past the screen's right edge, so the culprit
	 * is obvious.
	 */
	private void assertFitsTheScreen() {
		JavascriptExecutor script = (JavascriptExecutor) browser;
		List<?> widths = (List<?>) script
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		long page = ((Number) widths.get(0)).longValue();
		long screen = ((Number) widths.get(1)).longValue();
		Object overflowing = script.executeScript(
				"""
						return Array.from(document.querySelectorAll('body *'))
						  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 10)
						  .map(e => e.tagName + '.' + e.className + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px')
						  .join(', ');""");
		assertThat(page)
			.as(browser.getCurrentUrl() + " is " + page + " px wide on a " + screen + " px screen: " + overflowing)
			.isLessThanOrEqualTo(screen);
	}

}
