package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.List;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class InsightsBrowserTests extends BrowserTest {

	TestApplications data;

	@BeforeAll
	void someApplications() {
		Instant day = Instant.parse("2025-07-29T09:00:00Z");
		data = new TestApplications(context).add(12, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000_000L, 1_000L, day)
			.add(6, "UNDER_REVIEW", "UNIVERSITY", "PL", "LARGE", null, 80_000L, day.plusSeconds(86_400))
			.add(1, "ACCEPTED", "INVESTOR", "EE", "LARGE", 300_000_000L, null, day.plusSeconds(3 * 86_400));
	}

	@Test
	void staffSignInAndSeeAnAccessibleDashboard() {
		signIn();
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

	/**
	 * Issue 13 §8: on a 390 px phone the tables scroll inside their own region; the page
	 * is never wider than the screen.
	 */
	@Test
	void statisticsAndDashboardFitAPhoneScreen() {
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String language : List.of("lt", "en")) {
				open("/calls/" + data.slug + "/statistics?lang=" + language);
				assertPageFitsTheScreen();
				assertNoAccessibilityViolations();
			}
			if (!openAsStaff("/staff/calls/" + data.slug + "/dashboard?lang=lt")) {
				signIn();
				open("/staff/calls/" + data.slug + "/dashboard?lang=lt");
			}
			assertPageFitsTheScreen();
			assertNoAccessibilityViolations();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	private boolean openAsStaff(String path) {
		open(path);
		return !browser.getCurrentUrl().contains("/staff/login");
	}

	private void signIn() {
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(PortalTest.ADMIN_EMAIL);
		browser.findElement(By.name("password")).sendKeys(PortalTest.ADMIN_PASSWORD);
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
	}

	/**
	 * The page's width against the width it is laid out in (the window without its scroll
	 * bar).
	 */
	private void assertPageFitsTheScreen() {
		Object widths = ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		assertThat((List<?>) widths).as(browser.getCurrentUrl() + ": page width, screen width")
			.satisfies(pair -> assertThat(((Number) pair.get(0)).longValue())
				.isLessThanOrEqualTo(((Number) pair.get(1)).longValue()));
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
