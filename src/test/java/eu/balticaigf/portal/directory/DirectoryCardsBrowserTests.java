package eu.balticaigf.portal.directory;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

import static eu.balticaigf.portal.directory.DirectoryOnAPhoneBrowserTests.assertFitsTheScreen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the directory journey's browser test (writing, approving and answering a card)
 * does not walk, on a 390 px phone: the list of cards, a card's matches, the moderation
 * queue and a decision left unmade, and the staff view; each fits the screen with no WCAG
 * 2.2 AA violation axe can find. The demo cards give the pages their content.
 */
class DirectoryCardsBrowserTests extends BrowserTest {

	@Test
	void cardsMatchesModerationAndTheStaffViewFitAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String need = DirectorySupport.demoCard(jdbc, "demo-3");
		open("/directory/cards?lang=lt");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
		open("/directory/cards/" + need + "/matches?lang=en");
		assertThat(browser.findElements(By.cssSelector("#match-list .portal-match"))).isNotEmpty();
		assertThat(browser.findElement(By.id("match-list")).getText()).contains("The same role: Power");
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
		clickAndWaitForPage(By.id("moderate-" + DirectorySupport.demoCard(jdbc, "demo-13")));
		clickAndWaitForPage(By.id("decide"));
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Choose a decision");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
		open("/staff/directory");
		assertFitsTheScreen(browser);
		assertNoAccessibilityViolations();
	}

	private String demoCard(String key) {
		return jdbc.sql("SELECT id::text FROM directory_card WHERE form_key = ?")
			.param(key)
			.query(String.class)
			.single();
	}

}
