package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A reviewer enters weights, compares sites and freezes a version (issue 18's journey),
 * on a 390 px phone, with axe checking every page on the way.
 */
class SiteAssessmentBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	SiteRepository repository;

	@Test
	void aReviewerEntersWeightsComparesSitesAndFreezesAVersion() {
		String id = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		repository.insertAssessment(id, "Browser journey", "test", Instant.now());
		repository.putWeights(id, DemoSites.WEIGHTS, "test", Instant.now());
		browser.manage().window().setSize(new Dimension(390, 844));
		StaffSignInSupport.Account reviewer = StaffSignInSupport.create(context, Role.REVIEWER);
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(reviewer.email());
		browser.findElement(By.name("password")).sendKeys(reviewer.password());
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/login'] button[type=submit]"));

		open("/staff?lang=en");
		clickAndWaitForPage(By.linkText("Candidate sites"));
		clickAndWaitForPage(By.cssSelector("[data-assessment='" + id + "'] a"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();

		// Weights by pairwise comparison, first with a contradiction.
		clickAndWaitForPage(By.id("weights-link"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		new Select(browser.findElement(By.id("pair-0-1"))).selectByValue("9");
		new Select(browser.findElement(By.id("pair-0-2"))).selectByValue("1/9");
		clickAndWaitForPage(By.id("derive-weights"));
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("contradict each other too much");
		assertNoAccessibilityViolations();

		// Then directly: price counts most.
		WebElement price = browser.findElement(By.id("weight-electricity-price"));
		price.clear();
		price.sendKeys("60");
		clickAndWaitForPage(By.id("save-weights"));
		assertThat(browser.findElement(By.id("saved")).getText()).contains("The weights are saved.");
		assertThat(browser.findElement(By.cssSelector("#weights [data-criterion=electricity-price]")).getText())
			.contains("Electricity price");

		clickAndWaitForPage(By.id("compare-link"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		for (WebElement box : browser.findElements(By.cssSelector("input[name=site]:checked"))) {
			browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
		}
		browser.findElement(By.cssSelector("label[for='" + boxFor("skawina") + "']")).click();
		browser.findElement(By.cssSelector("label[for='" + boxFor("praha-zbraslav") + "']")).click();
		clickAndWaitForPage(By.id("compare"));
		// In the order the boxes are offered, by name.
		assertThat(browser.findElements(By.cssSelector("#comparison thead th"))).extracting(WebElement::getText)
			.containsExactly("Criterion", "Weight", "Praha-Zbraslav", "Skawina");

		open("/staff/sites/assessments/" + id + "?lang=en");
		clickAndWaitForPage(By.id("freeze"));
		assertThat(browser.findElement(By.id("saved")).getText()).contains("Frozen as version 1.");
		assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).hasSize(1);
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
	}

	private String boxFor(String slug) {
		return browser.findElement(By.cssSelector("input[name=site][value='" + slug + "']")).getAttribute("id");
	}

	private void assertFitsTheScreen() {
		JavascriptExecutor script = (JavascriptExecutor) browser;
		List<?> widths = (List<?>) script
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(((Number) widths.get(0)).longValue()).as(browser.getCurrentUrl() + " fits a 390 px screen")
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

}
