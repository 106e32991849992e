package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.application.TestMailText;
import eu.balticaigf.portal.browser.BrowserTest;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * A member of staff signs in with a password and a TOTP code, filters the queue, opens an application, scores it and
 * accepts it, in Chromium; and an applicant answers a question from the e-mail. Every page is checked by axe.
 */
class ReviewJourneyBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewWorkflow workflow;

	@Test
	void signInFilterOpenScoreAndDecide() {
		TestApplications.Created application = TestApplications.insert(jdbc, "en", "Journey Ltd");
		StaffSignInSupport.Account account = StaffSignInSupport.createWithSecondFactor(context, Role.ADMIN);

		open("/staff/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(account.email());
		browser.findElement(By.id("password")).sendKeys(account.password());
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff/login/code");
		browser.findElement(By.id("code")).sendKeys(account.codeNow());
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/staff");
		assertNoAccessibilityViolations();

		open("/staff/applications");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("q")).sendKeys(application.registryCode());
		browser.findElement(By.cssSelector("#area option[value=COMPUTE_HARDWARE]")).click();
		browser.findElement(By.cssSelector("#stage option[value=SUBMITTED]")).click();
		clickAndWaitForPage(By.id("apply-filters"));
		assertThat(browser.findElement(By.tagName("table")).getText()).contains(application.reference());
		assertNoAccessibilityViolations();

		clickAndWaitForPage(By.linkText(application.reference()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Journey Ltd");
		assertNoAccessibilityViolations();

		for (String criterion : new String[] { "STRATEGIC_FIT", "CAPACITY", "INVESTMENT_READINESS", "COMPUTE_CREDIBILITY" }) {
			browser.findElement(By.cssSelector("label[for=score-" + criterion + "-4]")).click();
		}
		clickAndWaitForPage(By.id("save-scores"));
		assertThat(browser.findElement(By.id("scores")).getText()).contains(account.email()).contains("4.00");
		assertNoAccessibilityViolations();

		browser.findElement(By.cssSelector("label[for=action-accept]")).click();
		browser.findElement(By.id("reason")).sendKeys("Strong fit with the consortium’s compute plans.");
		clickAndWaitForPage(By.id("save-move"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Strong fit with the consortium’s compute plans.");
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("confirm-decision"));
		assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Accepted");
		assertNoAccessibilityViolations();

		open("/staff");
		clickAndWaitForPage(By.linkText("Your conflicts of interest"));
		clickAndWaitForPage(By.cssSelector("form button[type=submit]"));
		assertThat(browser.findElement(By.id("organisationName-error")).getText()).isNotBlank();
		assertNoAccessibilityViolations();
		open("/staff/calls/baltic-aigf-2025/rubric");
		assertNoAccessibilityViolations();
	}

	@Test
	void theApplicantAnswersTheQuestionFromTheEmail() {
		TestApplications.Created application = TestApplications.insert(jdbc, "en", "Answering Ltd");
		jdbc.sql("UPDATE application SET status = 'UNDER_REVIEW' WHERE id = ?").param(application.id()).update();
		workflow.requestInformation(application.reference(), "Which sites do you propose?");
		String text = TestMailText.of(TestMail.awaitMessagesTo(application.email(), 1).get(0));
		Matcher link = Pattern.compile("/applications/\\S+/answer\\?lang=en").matcher(text);
		assertThat(link.find()).as(text).isTrue();

		open(link.group());
		assertThat(browser.findElement(By.id("question")).getText()).isEqualTo("Which sites do you propose?");
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
