package eu.balticaigf.portal.insights;

import java.time.Instant;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class InsightsBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	TestApplications data;

	@BeforeAll
	void someApplications() {
		Instant day = Instant.parse("2025-07-29T09:00:00Z");
		data = new TestApplications(jdbc).add(12, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000_000L, 1_000L, day)
			.add(6, "UNDER_REVIEW", "UNIVERSITY", "PL", "LARGE", null, 80_000L, day.plusSeconds(86_400))
			.add(1, "ACCEPTED", "INVESTOR", "EE", "LARGE", 300_000_000L, null, day.plusSeconds(3 * 86_400));
	}

	@Test
	void staffSignInAndSeeAnAccessibleDashboard() {
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(PortalTest.ADMIN_EMAIL);
		browser.findElement(By.name("password")).sendKeys(PortalTest.ADMIN_PASSWORD);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		browser.findElement(By.linkText("Dashboard")).isDisplayed();

		open("/staff/calls/" + data.slug + "/dashboard?lang=en");
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#countries tr[data-code=EE] td")).getText()).isEqualTo("1");
		assertThat(browser.findElements(By.cssSelector("#composition-checks tbody tr"))).hasSize(4);
		assertThat(browser.findElements(By.cssSelector("svg.insights-timeline rect.insights-timeline__day")))
			.hasSize(14);
		assertNoAccessibilityViolations();

		open("/staff/calls/" + data.slug + "/dashboard?lang=lt");
		assertNoAccessibilityViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lt", "en", "pl", "lv", "et" })
	void publicStatisticsAreAccessibleInEveryLanguage(String language) {
		open("/calls/" + data.slug + "/statistics?lang=" + language);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("table.govuk-table"))).hasSize(4);
		assertNoAccessibilityViolations();
	}

}
