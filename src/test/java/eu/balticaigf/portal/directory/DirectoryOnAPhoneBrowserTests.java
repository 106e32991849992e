package eu.balticaigf.portal.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory, its sign-in and an organisation's own page in a real browser on a 390 px
 * phone: no wider than the screen, and no WCAG 2.2 AA violation axe can find.
 */
class DirectoryOnAPhoneBrowserTests extends BrowserTest {

	@Test
	void anOrganisationSignsInAndItsPagesFitAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		for (String language : new String[] { "en", "lt" }) {
			open("/directory?lang=" + language);
			assertFitsTheScreen(browser);
			assertNoAccessibilityViolations();
		}
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Telefonas UAB", true,
				TestSubmissions.Profile.typical());
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
		open("/directory/sign-in?lang=en");
		assertNoAccessibilityViolations();
		browser.findElement(By.name("email")).sendKeys(applied.email());
		clickAndWaitForPage(By.id("send-link"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your e-mail");
		open(Inbox.nth(applied.email(), 2).path(DirectorySupport.LINK));
		clickAndWaitForPage(By.id("sign-in"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Telefonas UAB");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("save-profile"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("Your profile is saved.");
		assertNoAccessibilityViolations();
	}

	/**
	 * The page is no wider than the browser's window (shared with the cards' browser
	 * test).
	 */
	static void assertFitsTheScreen(WebDriver browser) {
		List<?> widths = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(((Number) widths.get(0)).longValue()).as(browser.getCurrentUrl() + " wider than the screen")
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

}
