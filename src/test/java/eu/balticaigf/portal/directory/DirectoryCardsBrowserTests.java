package eu.balticaigf.portal.directory;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

import static eu.balticaigf.portal.directory.DirectoryOnAPhoneBrowserTests.assertFitsTheScreen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards in a real browser on a 390 px phone: an organisation writes one, a reviewer
 * approves it, and the list, the card, its matches, the moderation pages and the staff
 * view fit the screen with no WCAG 2.2 AA violation axe can find.
 */
class DirectoryCardsBrowserTests extends BrowserTest {

	@Test
	void aCardIsWrittenModeratedAndMatchedOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Kortelė Telefone UAB", true,
				TestSubmissions.Profile.typical());
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
		open("/directory/sign-in?lang=en");
		browser.findElement(By.name("email")).sendKeys(applied.email());
		clickAndWaitForPage(By.id("send-link"));
		open(Inbox.nth(applied.email(), 2).path(DirectorySupport.LINK));
		clickAndWaitForPage(By.id("sign-in"));

		open("/directory/cards/new");
		clickAndWaitForPage(By.id("save-card"));
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Choose whether this is an offer or a need");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("type-2")).click();
		new Select(browser.findElement(By.id("role"))).selectByValue("POWER");
		browser.findElement(By.id("quantity")).sendKeys("30");
		new Select(browser.findElement(By.id("unit"))).selectByValue("MW");
		browser.findElement(By.id("text")).sendKeys("Renewable power for a liquid-cooled hall.");
		clickAndWaitForPage(By.id("save-card"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("sent for moderation");
		String card = browser.getCurrentUrl().replaceAll("^.*/directory/cards/(\\d+).*$", "$1");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();

		StaffSignInSupport.Account reviewer = StaffSignInSupport.create(context, Role.REVIEWER);
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(reviewer.email());
		browser.findElement(By.name("password")).sendKeys(reviewer.password());
		clickAndWaitForPage(By.cssSelector("main button[type=submit]"));
		open("/staff/directory/moderation");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("moderate-" + card));
		browser.findElement(By.id("decision")).click();
		clickAndWaitForPage(By.id("decide"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("published");
		open("/staff/directory");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();

		open("/directory/cards/" + card);
		assertThat(browser.findElement(By.id("card-state")).getText()).contains("Published");
		assertThat(browser.findElements(By.cssSelector("#match-list .portal-match"))).isNotEmpty();
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("all-matches"));
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
		open("/directory/cards?lang=lt");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
	}

}
