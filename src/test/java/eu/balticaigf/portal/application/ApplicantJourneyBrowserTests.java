package eu.balticaigf.portal.application;

import java.util.List;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's journeys in Chromium, checked with axe (issue 13): a decided
 * application can no longer be changed and says so, and no page of the journey is wider
 * than a 390 px phone.
 */
class ApplicantJourneyBrowserTests extends BrowserTest {

	@LocalServerPort
	int serverPort;

	@Test
	void amendRefusedAfterADecision() {
		browser.manage().window().setSize(new Dimension(1280, 1024));
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms.apply(Visitor.at(serverPort), email);

		StaffSignInSupport.Account reviewer = StaffSignInSupport.create(context, Role.REVIEWER);
		open("/staff/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(reviewer.email());
		browser.findElement(By.id("password")).sendKeys(reviewer.password());
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		open("/staff/applications/" + applied.reference());
		browser.findElement(By.cssSelector("label[for=action-decline]")).click();
		browser.findElement(By.id("reason")).sendKeys("Outside the scope of the call.");
		clickAndWaitForPage(By.id("save-move"));
		clickAndWaitForPage(By.id("confirm-decision"));
		assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Declined");

		open(applied.privateLink() + "?lang=en");
		assertThat(browser.findElement(By.id("application-status")).getText()).isEqualTo("Declined");
		assertThat(browser.findElement(By.id("decided-at")).getText()).endsWith("(Vilnius)");
		assertThat(browser.findElement(By.id("standing-message")).getText())
			.startsWith("The ministry has decided on this application");
		assertThat(browser.findElements(By.id("amend"))).isEmpty();
		assertThat(browser.findElements(By.id("withdraw"))).isEmpty();
		assertNoAccessibilityViolations();

		open(applied.privateLink() + "/amend");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("The application can no longer be changed");
		assertThat(browser.findElement(By.id("refused-message")).getText())
			.startsWith("The ministry decided on this application on ")
			.contains("(Declined)");
		assertNoAccessibilityViolations();
	}

	/**
	 * Issue 13 §8: at 390 px every page of the journey fits the screen: nothing to scroll
	 * sideways.
	 */
	@Test
	void noPageOfTheApplicationJourneyIsWiderThanAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open("/calls/demo/apply?lang=lt");
			assertFitsTheScreen("form");
			clickAndWaitForPage(By.id("continue"));
			assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
			assertFitsTheScreen("form with errors");

			String email = Forms.randomEmail();
			Forms.valid(email).forEach((field, values) -> {
				switch (field) {
					case "country" -> new Select(browser.findElement(By.id("country"))).selectByValue(values.get(0));
					case "category", "organisationSize" -> browser
						.findElement(By.cssSelector("input[name=" + field + "][value=" + values.get(0) + "] + label"))
						.click();
					case "contributionAreas" -> values.forEach(area -> browser
						.findElement(By.cssSelector("input[name=contributionAreas][value=" + area + "] + label"))
						.click());
					// Its label holds the link to the privacy notice: ticked where the
					// label begins, not in its middle.
					case "consentPrivacy" -> {
						WebElement label = browser.findElement(By.cssSelector("label[for=consentPrivacy]"));
						new Actions(browser).moveToElement(label, -label.getSize().getWidth() / 2 + 5, 0)
							.click()
							.perform();
					}
					default -> type(field, values.get(0));
				}
			});
			clickAndWaitForPage(By.id("continue"));
			assertThat(browser.findElement(By.tagName("h1")).getText())
				.isEqualTo("Prieš pateikdami patikrinkite atsakymus");
			assertFitsTheScreen("check answers");

			clickAndWaitForPage(By.id("submit"));
			String reference = browser.findElement(By.id("application-reference")).getText();
			assertFitsTheScreen("confirmation");

			open(Inbox.nth(email, 1).path("/applications/" + reference + "/[A-Za-z0-9_-]{43}"));
			assertFitsTheScreen("the applicant's page");
			assertNoAccessibilityViolations();

			clickAndWaitForPage(By.id("amend"));
			assertFitsTheScreen("amendment form");
			type("description", "Kuriame lietuvių kalbos modelius ir prisidėsime duomenimis, tyrimais bei mokymais.");
			clickAndWaitForPage(By.id("continue"));
			assertThat(browser.findElement(By.id("changes")).getText()).contains("Keičiate 1 atsakymą");
			assertFitsTheScreen("amendment check");
			assertNoAccessibilityViolations();
			clickAndWaitForPage(By.id("submit"));
			assertThat(browser.findElement(By.id("history")).getText())
				.contains("Apibūdinkite savo organizaciją ir ką ji veiktų konsorciume");
			assertFitsTheScreen("the applicant's page after an amendment");

			open("/applications/lost-link");
			assertFitsTheScreen("lost link");
			assertNoAccessibilityViolations();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	private void assertFitsTheScreen(String page) {
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(widths.get(0).longValue())
			.as(page + " at " + browser.getCurrentUrl() + ": page width within the screen's")
			.isLessThanOrEqualTo(widths.get(1).longValue());
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}
