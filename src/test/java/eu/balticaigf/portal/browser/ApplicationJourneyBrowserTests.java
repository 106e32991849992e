package eu.balticaigf.portal.browser;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application journey in Chromium, in Lithuanian and English, with axe on every step.
 */
class ApplicationJourneyBrowserTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({
			"lt, Paraiška prisijungti prie konsorciumo, Prieš pateikdami patikrinkite atsakymus, Paraiška pateikta",
			"en, Apply to join the consortium, Check your answers before applying, Application submitted" })
	void applyWithAnErrorFirstThenSucceed(String lang, String formTitle, String checkTitle, String doneTitle) {
		open("/calls/demo?lang=" + lang);
		clickAndWaitForPage(By.id("apply"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(formTitle);
		assertNoAccessibilityViolations();

		type("organisationName", "UAB „Šviesolaidis“");
		new Select(browser.findElement(By.id("country"))).selectByValue("LT");
		type("registryCode", "3" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		browser.findElement(By.cssSelector("label[for='category-5']")).click();
		browser.findElement(By.cssSelector("label[for='organisationSize-2']")).click();
		type("contactName", "Žydrūnė Petrauskaitė");
		type("contactEmail", "browser-" + System.nanoTime() + "@example.lt");
		type("contactPhone", "+370 612 34567");
		browser.findElement(By.cssSelector("label[for='contributionAreas']")).click();
		type("investmentIntentEur", "1 000 000");
		type("description", "Trumpas.");
		clickAndWaitForPage(By.id("continue"));

		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector(".govuk-error-summary__list a[href='#description']")))
			.hasSize(1);
		assertNoAccessibilityViolations();

		WebElement description = browser.findElement(By.id("description"));
		description.clear();
		description.sendKeys("Kuriame duomenų centrų aušinimo sprendimus ir norime prisidėti prie gigagamyklos.");
		// The label holds the link to the privacy notice: tick the box where the label
		// begins, not in its middle.
		WebElement consent = browser.findElement(By.cssSelector("label[for='consentPrivacy']"));
		new Actions(browser).moveToElement(consent, -consent.getSize().getWidth() / 2 + 5, 0).click().perform();
		clickAndWaitForPage(By.id("continue"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(checkTitle);
		// The answers come back letter for letter (a form read before its encoding was
		// set once mangled them).
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("UAB „Šviesolaidis“",
				"Žydrūnė Petrauskaitė", "Kuriame duomenų centrų aušinimo sprendimus");
		assertThat(browser.findElements(By.id("change-organisation"))).hasSize(1);
		assertNoAccessibilityViolations();

		clickAndWaitForPage(By.id("submit"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(doneTitle);
		assertThat(browser.findElement(By.id("application-reference")).getText())
			.matches("BAI-[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
		assertNoAccessibilityViolations();
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}
