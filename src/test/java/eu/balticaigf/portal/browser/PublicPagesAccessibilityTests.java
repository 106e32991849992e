package eu.balticaigf.portal.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesAccessibilityTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "/?lang=lt, lt", "/?lang=en, en", "/calls/baltic-aigf-2025?lang=lt, lt",
			"/calls/baltic-aigf-2025?lang=en, en", "/calls/demo?lang=en, en", "/staff/login?lang=lt, lt",
			"/calls/missing?lang=en, en", "/privacy?lang=et, et", "/privacy?lang=lt, lt" })
	void pageHasNoAccessibilityViolations(String path, String language) {
		open(path);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertNoAccessibilityViolations();
	}

	@org.junit.jupiter.api.Test
	void languageSwitchKeepsThePageAndRemembersTheChoice() {
		open("/calls/baltic-aigf-2025?lang=en");
		clickAndWaitForPage(By.linkText("Lietuvių"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Baltijos DI gigagamyklos");
		assertThat(browser.getCurrentUrl()).contains("/calls/baltic-aigf-2025");
		open("/");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("lt");
	}

	@org.junit.jupiter.api.Test
	void skipLinkLeadsToTheMainContent() {
		open("/?lang=en");
		assertThat(browser.findElement(By.cssSelector("a.govuk-skip-link")).getAttribute("href"))
			.endsWith("#main-content");
		assertThat(browser.findElements(By.id("main-content"))).hasSize(1);
	}

}
