package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * A member of staff signs in with a password and a TOTP code, filters the queue, opens an
 * application, scores it, accepts it after seeing the e-mail, takes the decision back,
 * and withdraws a conflict of interest declared by mistake, in Chromium; the queue and
 * the application fit a phone's screen; and an applicant answers a question from the
 * e-mail. Every page is checked by axe.
 */
class ReviewJourneyBrowserTests extends BrowserTest {

	@LocalServerPort
	int serverPort;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewWorkflow workflow;

	private StaffSignInSupport.Account account;

	private void signIn() {
		if (account != null) {
			return;
		}
		account = StaffSignInSupport.createWithSecondFactor(context, Role.ADMIN);
		open("/staff/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(account.email());
		browser.findElement(By.id("password")).sendKeys(account.password());
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login/code");
		browser.findElement(By.id("code")).sendKeys(account.codeNow());
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff");
		assertNoAccessibilityViolations();
	}

	@Test
	void signInFilterOpenScoreDecideReopenAndWithdrawAConflict() {
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", "Journey Ltd");
		signIn();

		open("/staff/applications");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("q")).sendKeys(application.registryCode());
		browser.findElement(By.cssSelector("#more-filters summary")).click();
		browser.findElement(By.cssSelector("#area option[value=COMPUTE_HARDWARE]")).click();
		browser.findElement(By.cssSelector("#stage option[value=SUBMITTED]")).click();
		clickAndWaitForPage(By.id("apply-filters"));
		assertThat(browser.findElement(By.id("queue")).getText()).contains(application.reference());
		assertNoAccessibilityViolations();

		clickAndWaitForPage(By.linkText(application.reference()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Journey Ltd");
		assertNoAccessibilityViolations();

		for (String criterion : ReviewDesk.CRITERIA) {
			browser.findElement(By.cssSelector("label[for=score-" + criterion + "-4]")).click();
		}
		clickAndWaitForPage(By.id("save-scores"));
		assertThat(browser.getCurrentUrl()).endsWith("#scores");
		assertThat(browser.findElement(By.id("score-table")).getText()).contains("4.00");
		assertNoAccessibilityViolations();

		browser.findElement(By.cssSelector("label[for=action-accept]")).click();
		browser.findElement(By.id("reason")).sendKeys("Strong fit with the consortium’s compute plans.");
		browser.findElement(By.id("message")).sendKeys("Welcome aboard.");
		clickAndWaitForPage(By.id("save-move"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Welcome aboard.");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("confirm-decision"));
		assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Accepted");
		assertNoAccessibilityViolations();

		browser.findElement(By.id("reason")).sendKeys("Accepted by mistake: the wrong application.");
		clickAndWaitForPage(By.id("reopen"));
		assertThat(browser.findElement(By.id("email-preview")).getText()).contains("is under review again");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("confirm"));
		assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Under review");
		assertNoAccessibilityViolations();

		TestSubmissions.Submitted mistaken = TestSubmissions.submit(context, "en", "Mistaken Ltd");
		open("/staff");
		clickAndWaitForPage(By.linkText("Your conflicts of interest"));
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("organisationName-error")).getText()).isNotBlank();
		assertNoAccessibilityViolations();
		browser.findElement(By.id("registryCode")).sendKeys(mistaken.registryCode());
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertNoAccessibilityViolations();
		open("/staff/applications/" + mistaken.reference());
		assertThat(browser.findElement(By.id("hidden-why")).getText()).contains("conflict of interest");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("withdraw-link"));
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("confirm-withdrawal"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your declaration has been withdrawn.");
		open("/staff/calls/baltic-aigf-2025/rubric");
		assertNoAccessibilityViolations();
	}

	@Test
	void theQueueAndTheApplicationFitAPhone() {
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en",
				"Organisation with a rather long name for a narrow screen Ltd");
		signIn();
		ReviewDesk.signIn(context, serverPort, Role.REVIEWER).score(application.reference(), 3, 4, 2, 5);
		try {
			browser.manage().window().setSize(new Dimension(390, 844));
			for (String path : new String[] { "/staff/applications", "/staff/applications?q=" + application.reference(),
					"/staff/applications/" + application.reference(), "/staff/conflicts" }) {
				open(path);
				Object fits = ((JavascriptExecutor) browser)
					.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
				assertThat(fits).as(path + " fits 390 px").isEqualTo(true);
				assertNoAccessibilityViolations();
			}
			// Walk-through 11: the scores' title was cut off at the screen's edge, and
			// nothing showed that the tables scroll.
			open("/staff/applications/" + application.reference());
			JavascriptExecutor page = (JavascriptExecutor) browser;
			Object titleFits = page.executeScript(
					"""
							const title = document.evaluate("//*[contains(., 'Scores by reviewer') and not(*[contains(., 'Scores by reviewer')])]",
							    document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
							return title.getBoundingClientRect().right <= window.innerWidth && title.scrollWidth <= title.clientWidth;""");
			assertThat(titleFits).as("the scores' title within the screen").isEqualTo(true);
			Object hint = page.executeScript(
					"""
							const region = document.querySelector('#score-table').closest('.portal-table-scroll');
							return region.scrollWidth > region.clientWidth && getComputedStyle(region).backgroundImage.includes('gradient');""");
			assertThat(hint).as("a wide table shows that it scrolls").isEqualTo(true);
			open("/staff/applications?q=" + application.reference());
			assertThat(((JavascriptExecutor) browser).executeScript(
					"return getComputedStyle(document.querySelector('#queue').closest('.portal-table-scroll')).backgroundImage;"))
				.asString()
				.contains("gradient");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	@Test
	void theApplicantAnswersTheQuestionFromTheEmail() {
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", "Answering Ltd",
				TestSubmissions.Profile.typical().withStatus(ApplicationStatus.UNDER_REVIEW));
		workflow.requestInformation(application.reference(), "Sites missing", "Which sites do you propose?",
				Instant.now().plus(Duration.ofDays(14)));
		// The receipt of the submission came first; the question is the second e-mail.
		open(Inbox.nth(application.email(), 2).path("/applications/\\S+/answer\\?lang=en"));
		assertThat(browser.findElement(By.id("question")).getText()).isEqualTo("Which sites do you propose?");
		assertThat(browser.findElement(By.id("answer-by")).getText()).startsWith("Please answer by");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("answer-error")).getText()).contains("Enter your answer");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("answer")).sendKeys("Two sites near Gdańsk.");
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("answer-received")).getText()).contains("Answer received");
		assertNoAccessibilityViolations();
	}

}
