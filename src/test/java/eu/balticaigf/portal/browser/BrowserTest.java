package eu.balticaigf.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys in a real headless Chromium (Debian's chromium and chromium-driver; nothing is
 * downloaded), checked with axe-core against WCAG 2.2 AA. One browser per test class:
 * starting Chromium is the expensive part.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends PortalIntegrationTest {

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	protected WebDriver browser;

	@BeforeAll
	void startBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024",
				"--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/**
	 * Clicks something that loads a new page and waits until the new page has loaded. The
	 * old page is marked with a property on its window, which the new page's window does
	 * not have; waiting for an old element to go stale instead raced the navigation
	 * ("Node with given id does not belong to the document").
	 */
	protected void clickAndWaitForPage(By locator) {
		waitForLoad();
		String marker = UUID.randomUUID().toString();
		((JavascriptExecutor) browser).executeScript("window.portalTestPage = arguments[0];", marker);
		browser.findElement(locator).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(driver -> !marker
				.equals(((JavascriptExecutor) driver).executeScript("return window.portalTestPage;")));
		waitForLoad();
	}

	private void waitForLoad() {
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(driver -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
	}

	/**
	 * Fails with the rule ids, their help text and the offending elements, so the fix is
	 * obvious.
	 */
	protected void assertNoAccessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
		List<Rule> violations = results.getViolations();
		assertThat(violations)
			.as(() -> browser.getCurrentUrl() + "\n"
					+ violations.stream()
						.map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
								+ rule.getNodes()
									.stream()
									.map(node -> String.valueOf(node.getTarget()))
									.collect(Collectors.joining(", ")))
						.collect(Collectors.joining("\n")))
			.isEmpty();
	}

}
