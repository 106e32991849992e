package eu.balticaigf.portal.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey in a real browser: two organisations sign in by the links e-mailed
 * to them; one writes a card, which staff approve on the moderation page; the other finds
 * it and asks for an introduction; the first accepts, and each receives the other's
 * contact by e-mail. axe finds no WCAG 2.2 AA violation on the way, at desktop width and
 * at 390 px, where no page is wider than the screen.
 */
class DirectoryJourneyBrowserTests extends BrowserTest {

	@Test
	void twoOrganisationsGoFromACardToAnAcceptedIntroduction() {
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
		String words = "Liquid-cooled racks " + DirectorySupport.unique();
		TestSubmissions.Submitted owner = DirectorySupport.applied(context, "Kauno Skaičiavimai UAB", true,
				TestSubmissions.Profile.typical().withCountry("LT"));
		TestSubmissions.Submitted asker = DirectorySupport.applied(context, "Tartu Päike OÜ", true,
				TestSubmissions.Profile.typical().withCountry("EE"));
		browser.manage().window().setSize(new Dimension(1280, 1000));

		// The owner signs in and writes a card.
		signIn(owner.email(), 2);
		open("/directory/cards/new?lang=en");
		assertNoAccessibilityViolations();
		choose("type", "NEED");
		new Select(browser.findElement(By.id("role"))).selectByValue("POWER");
		browser.findElement(By.id("tags")).sendKeys("renewable");
		browser.findElement(By.id("quantity")).sendKeys("20");
		new Select(browser.findElement(By.id("unit"))).selectByValue("MW");
		choose("countries", "LT");
		browser.findElement(By.id("text")).sendKeys(words + " need 20 MW of renewable power from 2027.");
		clickAndWaitForPage(By.id("save-card"));
		String card = browser.getCurrentUrl().replaceAll("^.*/directory/cards/(\\d+).*$", "$1");
		assertNoAccessibilityViolations();
		signOut();

		// Staff approve it on the moderation page.
		StaffSignInSupport.Account reviewer = StaffSignInSupport.create(context, Role.REVIEWER);
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(reviewer.email());
		browser.findElement(By.name("password")).sendKeys(reviewer.password());
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/login'] button[type=submit]"));
		open("/staff/directory/moderation/" + card + "?lang=en");
		assertNoAccessibilityViolations();
		choose("decision", "APPROVE");
		clickAndWaitForPage(By.id("decide"));
		Inbox.nth(owner.email(), 3);

		// The other organisation finds the card on a phone and asks for an introduction.
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn(asker.email(), 2);
		open("/directory/cards?lang=en&q=" + words.replace(' ', '+'));
		assertFitsTheScreen();
		clickAndWaitForPage(By.cssSelector("a[href='/directory/cards/" + card + "']"));
		clickAndWaitForPage(By.id("ask-introduction"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		browser.findElement(By.id("message"))
			.sendKeys("We run two wind and solar parks in Estonia and can supply 20 MW from 2027.");
		clickAndWaitForPage(By.id("ask"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("Your request has been sent");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		signOut();

		// The owner reads who asks (and no contact), on a phone, and accepts.
		String introductions = Inbox.nth(owner.email(), 4).path("/directory/introductions");
		signIn(owner.email(), 5);
		open(introductions + "?lang=en");
		WebElement request = browser.findElement(By.cssSelector("#incoming .portal-introduction"));
		assertThat(request.getText()).contains("Tartu Päike OÜ", "Estonia", "two wind and solar parks")
			.doesNotContain(asker.email());
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.cssSelector("#incoming form[id^=accept-] button"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("You accepted the introduction");
		assertNoAccessibilityViolations();

		// Each receives the other's contact.
		Inbox.Mail toAsker = Inbox.nth(asker.email(), 3);
		assertThat(toAsker.subject()).isEqualTo("Your introduction in the partner directory");
		assertThat(toAsker.text()).contains("Kauno Skaičiavimai UAB", owner.email());
		Inbox.Mail toOwner = Inbox.nth(owner.email(), 6);
		assertThat(toOwner.subject()).isEqualTo("Your introduction in the partner directory");
		assertThat(toOwner.text()).contains("Tartu Päike OÜ", asker.email());
	}

	/** Asks for a link, opens the one the address receives as its nth e-mail, uses it. */
	private void signIn(String email, int nth) {
		open("/directory/sign-in?lang=en");
		assertNoAccessibilityViolations();
		browser.findElement(By.name("email")).sendKeys(email);
		clickAndWaitForPage(By.id("send-link"));
		open(Inbox.nth(email, nth).path(DirectorySupport.LINK));
		clickAndWaitForPage(By.id("sign-in"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
	}

	private void signOut() {
		open("/directory/account?lang=en");
		clickAndWaitForPage(By.id("sign-out-organisation"));
	}

	/** Ticks a radio or check box by its label, as a person does. */
	private void choose(String name, String value) {
		String id = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
			.getAttribute("id");
		browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	private void assertFitsTheScreen() {
		List<?> widths = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(((Number) widths.get(0)).longValue()).as(browser.getCurrentUrl() + " wider than the screen")
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

}
