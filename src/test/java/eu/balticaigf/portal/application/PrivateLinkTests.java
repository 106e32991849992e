package eu.balticaigf.portal.application;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * View, amend and withdraw an application with the private link from the receipt e-mail.
 */
@PortalTest
class PrivateLinkTests extends PortalIntegrationTest {

	@Test
	void receiptIsInTheApplicantsLanguageWithReferenceDeadlineAndLink() {
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms.apply(Visitor.at(port).speaking("lt"), email);
		Inbox.Mail receipt = Inbox.nth(email, 1);
		assertThat(receipt.subject()).isEqualTo("Paraiška gauta: " + applied.reference());
		assertThat(receipt.text()).contains("Gavome organizacijos UAB „Ąžuolynas“ paraišką", applied.reference(),
				"(Vilniaus laiku)");
		assertThat(receipt.path("/applications/[^\\s]+")).isEqualTo(applied.privateLink());
	}

	/**
	 * Issue 13 §13 and §14: amending shows the changes for checking before anything is
	 * saved (the form's post is redirected to the check page), saves on confirmation, and
	 * the contact gets an e-mail saying what changed.
	 */
	@Test
	void anAmendmentIsCheckedBeforeItIsSavedAndConfirmedByEmail() {
		String email = Forms.randomEmail();
		Visitor applicant = Visitor.at(port);
		Forms.Applied applied = Forms.apply(applicant, email);
		Page own = applicant.open(applied.privateLink());
		Page form = own.click("amend");
		assertThat(form.heading()).isEqualTo("Change application " + applied.reference());
		assertThat(form.byId("organisationName").val()).isEqualTo("UAB „Ąžuolynas“");

		Page posted = form.form("form[method=post]")
			.choose("organisationSize", "MEDIUM")
			.uncheck("contributionAreas", "RESEARCH")
			.check("contributionAreas", "AI_MODELS_SOFTWARE")
			.submit("#continue");
		assertThat(posted.status()).isIn(302, 303);
		Page check = posted.followed();
		assertThat(check.path()).startsWith(applied.privateLink() + "/amend/check?draft=");
		assertThat(check.heading()).isEqualTo("Check your changes before saving them");
		assertThat(check.byId("changes").text()).contains("You are changing 2 answers",
				"Size of the organisation Small → Medium-sized",
				"What can your organisation contribute? Data, Research → Data, AI models and software");
		assertThat(version(applied.reference())).as("nothing saved before the check").isEqualTo(1);

		// "Change" on the check page goes back to the form with the changes made so far.
		Page again = check.click("change-contribution");
		assertThat(again.document().select("input[name=organisationSize][checked]").eachAttr("value"))
			.containsExactly("MEDIUM");
		Form confirm = again.form("form[method=post]")
			.fill("description", "A changed description that is certainly longer than fifty characters.")
			.submit("#continue")
			.followed()
			.form();
		Page saved = confirm.submitAndFollow();
		assertThat(saved.path()).isEqualTo(applied.privateLink() + "?done=amended");
		assertThat(saved.byId("done-message").text()).isEqualTo("Your changes have been saved.");
		assertThat(saved.byId("history").text()).contains("Changed by the applicant",
				"Size of the organisation Small → Medium-sized",
				"What can your organisation contribute? Data, Research → Data, AI models and software");
		assertThat(saved.text()).contains("A changed description");
		assertThat(version(applied.reference())).isEqualTo(2);

		Inbox.Mail confirmation = Inbox.nth(email, 2);
		assertThat(confirmation.subject()).isEqualTo("Application changed: " + applied.reference());
		assertThat(confirmation.text().replace("\r\n", "\n"))
			.contains("3 answers changed:", "- Size of the organisation\n  Small → Medium-sized",
					"- What can your organisation contribute?\n  Data, Research → Data, AI models and software",
					"- Describe your organisation and what it would do in the consortium\n  ")
			.doesNotContain("MEDIUM", "AI_MODELS_SOFTWARE");

		// A second click on the confirmation saves nothing more: it leads back to the
		// application.
		Page secondClick = confirm.submit();
		assertThat(secondClick.location()).endsWith(applied.privateLink());
		assertThat(version(applied.reference())).isEqualTo(2);
	}

	/**
	 * Walk-through 16: the amendment form's tab says what its heading says ("Error:"
	 * first when answers come back with errors), and its check step names each change by
	 * the form's own question.
	 */
	@Test
	void theAmendmentFormIsTitledAsItsHeadingAndItsCheckStepAsksTheFormsQuestions() {
		Forms.Applied applied = Forms.apply(Visitor.at(port), Forms.randomEmail());
		Page form = Visitor.at(port).open(applied.privateLink() + "/amend");
		String heading = "Change application " + applied.reference();
		assertThat(form.heading()).isEqualTo(heading);
		assertThat(form.title()).isEqualTo(heading + " – Baltic AI Gigafactory Consortium");
		String pic = form.form("form[method=post]").value("pic");
		Page refused = form.form("form[method=post]").fill("pic", "12").submit("#continue");
		assertThat(refused.errorFor("pic")).isEqualTo("Enter a PIC of 9 digits, or leave it empty");
		assertThat(refused.title()).isEqualTo("Error: " + heading + " – Baltic AI Gigafactory Consortium");

		Page check = refused.form("form[method=post]")
			.fill("pic", pic)
			.choose("organisationSize", "MEDIUM")
			.check("contributionAreas", "AI_MODELS_SOFTWARE")
			.fill("description", "A changed description that is certainly longer than fifty characters.")
			.submit("#continue")
			.followed();
		assertThat(check.document().select("#changes .portal-change__question").eachText()).containsExactly(
				Forms.question(form, "organisationSize"), Forms.question(form, "contributionAreas"),
				Forms.question(form, "description"));
	}

	@Test
	void anInvalidAmendmentIsRefusedFieldByFieldLikeTheForm() {
		Forms.Applied applied = Forms.apply(Visitor.at(port), Forms.randomEmail());
		Page refused = Visitor.at(port)
			.open(applied.privateLink() + "/amend")
			.form("form[method=post]")
			.fill("pic", "12")
			.submit("#continue");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("pic")).isEqualTo("Enter a PIC of 9 digits, or leave it empty");
		assertThat(version(applied.reference())).isEqualTo(1);
	}

	/**
	 * A new contact gets a link of their own; the previous one is told, so that a change
	 * of hands is never silent.
	 */
	@Test
	void changingTheContactTellsBothAddressesAndGivesTheNewOneALink() {
		String before = Forms.randomEmail();
		String after = Forms.randomEmail();
		Forms.Applied applied = Forms.apply(Visitor.at(port), before);
		Forms.amend(Visitor.at(port), applied.privateLink(), form -> form.fill("contactEmail", after));
		Inbox.Mail toNew = Inbox.nth(after, 1);
		assertThat(toNew.text().replace("\r\n", "\n")).contains("You are now the contact person",
				"- E-mail address\n  " + before + " → " + after);
		assertThat(Visitor.at(port)
			.open(toNew.path("/applications/" + applied.reference() + "/[A-Za-z0-9_-]{43}"))
			.status()).isEqualTo(200);
		Inbox.Mail toPrevious = Inbox.nth(before, 2);
		assertThat(toPrevious.subject()).isEqualTo("Application changed: " + applied.reference());
		assertThat(toPrevious.text()).doesNotContain("/applications/");
	}

	/**
	 * Issue 13 §4 and §13: withdrawing is final and confirmed by e-mail in the
	 * application's language; the page says when it was withdrawn, and amending it
	 * afterwards explains why it cannot be done.
	 */
	@Test
	void withdrawIsFinalConfirmedByEmailAndExplainedAfterwards() {
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms.apply(Visitor.at(port).speaking("lt"), email);
		Visitor applicant = Visitor.at(port);
		Form openedBefore = applicant.open(applied.privateLink() + "/amend")
			.form("form[method=post]")
			.fill("organisationName", "Changed after withdrawing");

		Page withdraw = applicant.open(applied.privateLink()).click("withdraw");
		assertThat(withdraw.text()).contains("Withdrawing is final");
		Page tooLong = withdraw.form("form[method=post]").fill("reason", "x".repeat(2001)).submit();
		assertThat(tooLong.errorFor("reason")).isEqualTo("Keep the reason to 2,000 characters or fewer.");
		assertThat(statusOf(applied.reference())).isEqualTo("SUBMITTED");
		Page withdrawn = tooLong.form("form[method=post]")
			.fill("reason", "We joined another consortium.")
			.submitAndFollow();
		assertThat(withdrawn.path()).isEqualTo(applied.privateLink() + "?done=withdrawn");
		assertThat(statusOf(applied.reference())).isEqualTo("WITHDRAWN");

		assertThat(withdrawn.byId("application-status").text()).isEqualTo("Withdrawn");
		assertThat(withdrawn.byId("application-status").attr("data-status")).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.byId("withdrawn-at").text()).contains("(Vilnius)");
		assertThat(withdrawn.byId("standing-message").text())
			.isEqualTo("You withdrew this application, so it can no longer be changed.");
		assertThat(withdrawn.byId("history").text()).contains("Withdrawn by the applicant",
				"Status Submitted → Withdrawn");
		assertThat(withdrawn.has("#amend")).isFalse();
		assertThat(withdrawn.has("#withdraw")).isFalse();

		Inbox.Mail mail = Inbox.nth(email, 2);
		assertThat(mail.subject()).isEqualTo("Paraiška atsiimta: " + applied.reference());
		assertThat(mail.text()).contains("atsiimta", "(Vilniaus laiku)", "Ji nebus vertinama.");

		// The review team sees the withdrawal, and why, in the timeline.
		Visitor viewer = Visitor.at(port);
		viewer.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		Page staffPage = viewer.open("/staff/applications/" + applied.reference());
		assertThat(staffPage.text()).contains("applicant: Submitted → Withdrawn", "We joined another consortium.");
		// Staff read the same answers and history, under headings that do not address the
		// applicant (§9, §12).
		assertThat(staffPage.document().select(".govuk-summary-card__title").eachText()).containsExactly("Organisation",
				"Contact person", "Contribution", "Questions of the call", "Consent");
		assertThat(staffPage.byId("history").text()).contains("Withdrawn by the applicant",
				"Status Submitted → Withdrawn");

		String when = withdrawn.byId("withdrawn-at").text();
		Page amended = openedBefore.submit("#continue");
		assertThat(amended.status()).isEqualTo(409);
		assertThat(amended.byId("refused-message").text())
			.isEqualTo("You withdrew this application on " + when + ", so it can no longer be changed.");
		Page amendForm = applicant.open(applied.privateLink() + "/amend");
		assertThat(amendForm.status()).isEqualTo(409);
		assertThat(amendForm.byId("refused-message").text()).contains("You withdrew this application on " + when);
		assertThat(applicant.open(applied.privateLink() + "/withdraw").status()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT organisation_name FROM application WHERE reference = ?")
			.param(applied.reference())
			.query(String.class)
			.single()).isEqualTo("UAB „Ąžuolynas“");
	}

	@Test
	void wrongTokenOrReferenceIsNotFoundAndOffersANewLink() throws Exception {
		Forms.Applied applied = Forms.apply(Visitor.at(port), Forms.randomEmail());
		String link = applied.privateLink();
		String[] parts = link.split("/");
		Visitor stranger = Visitor.at(port);
		Page wrongToken = stranger.open("/applications/" + parts[2] + "/" + "A".repeat(43));
		assertThat(wrongToken.status()).isEqualTo(404);
		assertThat(wrongToken.heading()).isEqualTo("This link does not open an application");
		assertThat(wrongToken.byId("ask-new-link").attr("href"))
			.isEqualTo("/applications/lost-link?reference=" + parts[2]);
		assertThat(stranger.open("/applications/BAI-2222-2222/" + parts[3]).status()).isEqualTo(404);
		assertThat(stranger.open("/applications/not-a-reference/" + parts[3]).byId("ask-new-link").attr("href"))
			.isEqualTo("/applications/lost-link");
		mvc.perform(ServedToken.post(mvc, "/applications/" + parts[2] + "/" + "A".repeat(43) + "/withdraw"))
			.andExpect(status().isNotFound());

		// One applicant's token with another's (real) reference opens nothing of either.
		String[] other = Forms.apply(Visitor.at(port), Forms.randomEmail()).privateLink().split("/");
		String crossed = "/applications/" + other[2] + "/" + parts[3];
		assertThat(stranger.open(crossed).status()).isEqualTo(404);
		assertThat(stranger.open(crossed + "/amend").status()).isEqualTo(404);
		assertThat(stranger.open(crossed + "/withdraw").status()).isEqualTo(404);
		for (String post : new String[] { "/amend", "/amend/confirm", "/withdraw" }) {
			mvc.perform(ServedToken.post(mvc, crossed + post).param("organisationName", "Taken over"))
				.andExpect(status().isNotFound());
		}
		assertThat(jdbc
			.sql("SELECT count(*) FROM application WHERE reference IN (?, ?) AND status = 'SUBMITTED'"
					+ " AND organisation_name <> 'Taken over'")
			.params(parts[2], other[2])
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	int version(String reference) {
		return jdbc.sql("SELECT version FROM application WHERE reference = ?")
			.param(reference)
			.query(Integer.class)
			.single();
	}

	String statusOf(String reference) {
		return jdbc.sql("SELECT status FROM application WHERE reference = ?")
			.param(reference)
			.query(String.class)
			.single();
	}

}
