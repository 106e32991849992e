package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16's journey in a real Chromium on a 390 px phone, axe checking every page: staff
 * make an accepted application a member and request a commitment; the member opens the
 * private link from the e-mail, states the amount and uploads the signed PDF; staff
 * verify it and read where the bid stands.
 */
class CommitmentJourneyBrowserTests extends BrowserTest {

	@Test
	void aMemberGoesFromAcceptedApplicationToVerifiedCommitment() throws Exception {
		TestSubmissions.Submitted accepted = TestSubmissions.submit(context, "en", "Browser Commitment Ltd",
				TestSubmissions.Profile.typical().withStatus(ApplicationStatus.ACCEPTED));
		browser.manage().window().setSize(new Dimension(390, 844));
		StaffSignInSupport.Account account = StaffSignInSupport.create(context, Role.ADMIN);
		open("/staff/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(account.email());
		browser.findElement(By.name("password")).sendKeys(account.password());
		clickAndWaitForPage(By.cssSelector("form[action$='/staff/login'] button[type=submit]"));

		// Staff make the member and ask for a commitment.
		open("/staff/bids/demo?lang=en");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		browser.findElement(By.id("reference")).sendKeys(accepted.reference());
		clickAndWaitForPage(By.id("join"));
		assertThat(browser.findElement(By.id("member-name")).getText()).isEqualTo("Browser Commitment Ltd");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		String memberPage = browser.getCurrentUrl();
		new Select(browser.findElement(By.id("kind"))).selectByValue("EQUITY");
		clickAndWaitForPage(By.id("request"));
		assertThat(browser.findElement(By.id("saved")).getText()).contains(accepted.email());

		// The member, through the link in the e-mail: the amount, then the signed letter.
		String link = Inbox.nth(accepted.email(), 2).path("/commitments/\\d+/[A-Za-z0-9_-]+");
		long id = Long.parseLong(link.split("/")[2]);
		open(link + "?lang=en");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		browser.findElement(By.id("amount")).sendKeys("2 500 000");
		clickAndWaitForPage(By.id("submit"));
		assertThat(browser.findElement(By.id("years-error")).getText()).contains("whole number");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("years")).sendKeys("6");
		clickAndWaitForPage(By.id("submit"));
		assertThat(browser.findElement(By.id("commitment-state")).getAttribute("data-state")).isEqualTo("SUBMITTED");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		Path letter = Files.createTempFile("signed-letter", ".pdf");
		Files.write(letter, TestFiles.pdf("We commit EUR 2,500,000 for 6 years."));
		browser.findElement(By.id("signatoryName")).sendKeys("Browser Signatory");
		browser.findElement(By.id("letter")).sendKeys(letter.toString());
		clickAndWaitForPage(By.id("sign"));
		assertThat(browser.findElement(By.id("commitment-state")).getAttribute("data-state")).isEqualTo("SIGNED");
		assertNoAccessibilityViolations();

		// Staff verify it; the readiness page counts it.
		browser.get(memberPage + "?lang=en");
		clickAndWaitForPage(By.id("verify-button-" + id));
		assertThat(browser.findElement(By.id("commitment-" + id)).getAttribute("data-state")).isEqualTo("VERIFIED");
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
		open("/staff/bids/demo/readiness?lang=en");
		assertThat(browser.findElement(By.id("answer")).getText()).isNotBlank();
		assertFitsTheScreen();
		assertNoAccessibilityViolations();
	}

	private void assertFitsTheScreen() {
		List<?> widths = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(((Number) widths.get(0)).longValue()).as(browser.getCurrentUrl() + " fits a 390 px screen")
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

}
