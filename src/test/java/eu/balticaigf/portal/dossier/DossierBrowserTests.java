package eu.balticaigf.portal.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19's journey on a 390 px phone with axe on every page: an admin finds the bid's
 * dossiers from the back office, generates one, follows its progress without script, then
 * downloads the PDF twice, each time with the SHA-256 the page shows.
 */
class DossierBrowserTests extends BrowserTest {

	@Autowired
	DossierJobs jobs;

	@Test
	void anAdminGeneratesADossierDownloadsItAndDownloadsItAgainUnchanged() throws Exception {
		String slug = "browser-" + System.nanoTime();
		long bid = jdbc
			.sql("INSERT INTO bid (slug, title, capital_cost_cents) VALUES (?, ?, 300000000000) RETURNING id")
			.params(slug, "Browser journey bid")
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO bid_member (bid_id, organisation_name, country, category, roles, added_by)
				VALUES (?, 'Ąžuolų Skaičiavimo Centras (test)', 'LT', 'UNIVERSITY', '{COORDINATOR}', 'test')""")
			.param(bid)
			.update();
		browser.manage().window().setSize(new Dimension(390, 844));
		StaffSignInSupport.Account account = StaffSignInSupport.create(context, Role.ADMIN);
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(account.email());
		browser.findElement(By.name("password")).sendKeys(account.password());
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/login'] button[type=submit]"));

		open("/staff?lang=en");
		clickAndWaitForPage(By.linkText("Dossiers"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.cssSelector("[data-bid='" + slug + "'] a"));
		assertFitsTheScreen();
		assertNoAccessibilityViolations();

		new Select(browser.findElement(By.id("language"))).selectByValue("en");
		clickAndWaitForPage(By.id("generate"));
		assertThat(browser.findElement(By.id("queued")).getText()).contains("Version 1 is queued");
		assertThat(browser.findElement(By.id("progress")).getText()).contains("being generated");

		// The node's poller does this in the portal; tests take the job themselves.
		while (jobs.runOnce()) {
			// until the queue is empty
		}
		clickAndWaitForPage(By.id("refresh"));
		assertThat(browser.findElements(By.id("progress"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("#versions [data-version='1']")).getText()).contains("Ready");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();

		String href = browser.findElement(By.id("pdf-1")).getAttribute("href");
		String shown = browser.findElement(By.cssSelector("#versions [data-version='1']")).getText();
		byte[] first = download(href);
		byte[] again = download(href);
		assertThat(first).startsWith("%PDF".getBytes());
		assertThat(shown).contains(UploadedFiles.sha256(first));
		assertThat(UploadedFiles.sha256(again)).isEqualTo(UploadedFiles.sha256(first));
	}

	/** The file as the signed-in browser gets it: with its session cookie. */
	private byte[] download(String href) throws Exception {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

	private void assertFitsTheScreen() {
		List<?> widths = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(((Number) widths.get(0)).longValue()).as(browser.getCurrentUrl() + " fits a 390 px screen")
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

}
