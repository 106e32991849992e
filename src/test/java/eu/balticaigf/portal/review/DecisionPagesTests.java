package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.application.TestSubmissions.Submitted;
import eu.balticaigf.portal.application.TestSubmissions.Profile;
import eu.balticaigf.portal.staff.Role;

/**
 * Decisions as staff take them and applicants read them: a decision taken back
 * (reopened), a decline that says how far the review went and how to ask for
 * reconsideration, the internal reason kept apart from the applicant's message, and an
 * information request shown before it goes, with a date to answer by.
 */
@PortalTest
class DecisionPagesTests extends PortalIntegrationTest {

	private Submitted submit(String language, ApplicationStatus status) {
		return TestSubmissions.submit(context, language, "Decision " + UUID.randomUUID().toString().substring(0, 6),
				Profile.typical().withStatus(status));
	}

	private String status(Submitted application) {
		return TestSubmissions.statusOf(context, application.reference()).name();
	}

	@Test
	void staffReopenADecisionWithAReasonAfterSeeingTheEmailThatTellsTheApplicant() {
		Submitted application = submit("lt", ApplicationStatus.UNDER_REVIEW);
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		reviewer.decide(application.reference(), "ACCEPTED", "Strong fit", null);
		// The receipt of the submission is the first e-mail; the decision the second.
		assertThat(Inbox.nth(application.email(), 2).subject()).contains("priimta");
		// Viewers read decided applications but cannot reopen them.
		assertThat(ReviewDesk.signIn(context, port, Role.VIEWER)
			.application(application.reference())
			.has("form[action$='/reopen']")).isFalse();

		// Without a reason: refused next to the field, the message kept.
		Page refused = reviewer.application(application.reference())
			.form("form[action$='/reopen']")
			.fill("message", "We mixed up two applications.")
			.submit();
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("reason"))
			.isEqualTo("Give a reason: every move in the review is recorded with its reason.");
		Form reopen = refused.form("form[action$='/reopen']");
		assertThat(reopen.value("message")).isEqualTo("We mixed up two applications.");

		Page preview = reopen.fill("reason", "Scores were entered for the wrong application").submit();
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.textOf("#email-preview"))
			.contains("Jūsų paraiška " + application.reference() + " vėl vertinama", "We mixed up two applications.")
			.doesNotContain("Scores were entered");
		assertThat(status(application)).isEqualTo("ACCEPTED");

		Form confirm = preview.form("form[action$='/reopen']");
		Page reopened = confirm.submit();
		assertThat(reopened.location()).endsWith("/staff/applications/" + application.reference() + "#move");
		Page back = reopened.followed();
		assertThat(back.byId("stage").text()).isEqualTo("Under review");
		assertThat(back.textOf("#move")).contains("The decision has been taken back");
		assertThat(back.textOf("#timeline")).contains(reviewer.name(), "Accepted → Under review",
				"Scores were entered for the wrong application", "We mixed up two applications.");
		assertThat(status(application)).isEqualTo("UNDER_REVIEW");
		Inbox.Mail told = Inbox.nth(application.email(), 3);
		assertThat(told.subject()).isEqualTo("Jūsų paraiška " + application.reference() + " vėl vertinama");
		assertThat(told.text()).contains("We mixed up two applications.").doesNotContain("Scores were entered");
		assertThat(jdbc
			.sql("""
					SELECT after_state ->> 'reason' FROM audit_log WHERE action = 'review.reopen' AND target_id = ? AND actor = ?""")
			.params(application.reference(), reviewer.email())
			.query(String.class)
			.list()).containsExactly("Scores were entered for the wrong application");

		// A double click changes nothing more and says why.
		Page again = confirm.submitAndFollow();
		assertThat(again.textOf("#move")).contains("Only a decided application can be reopened");
		assertThat(ReviewMail.to(jdbc, application.email())).containsExactly("review/accepted", "review/reopened");
	}

	@Test
	void aDeclineSaysHowFarTheReviewWentAndHowToAskForReconsideration() {
		String marker = "Honest" + UUID.randomUUID().toString().substring(0, 8);
		Submitted unreviewed = TestSubmissions.submit(context, "en", marker + " New", Profile.typical());
		Submitted checked = TestSubmissions.submit(context, "en", marker + " Checked",
				Profile.typical().withStatus(ApplicationStatus.ELIGIBILITY_CHECK));
		Submitted reviewed = TestSubmissions.submit(context, "en", marker + " Reviewed",
				Profile.typical().withStatus(ApplicationStatus.UNDER_REVIEW));
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);

		Page preview = reviewer.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.check("references", unreviewed.reference())
			.check("references", checked.reference())
			.check("references", reviewed.reference())
			.choose("decision", "DECLINED")
			.fill("reason", "The call is oversubscribed")
			.submit();
		assertThat(preview.byId("unreviewed").text()).contains(
				"1 of these applications was never reviewed: its e-mail says that it was declined without a detailed review.");
		preview.form("form[action$='/bulk-decision/confirm']").submitAndFollow();

		String neverReviewed = Inbox.nth(unreviewed.email(), 2).text();
		assertThat(neverReviewed).contains("the decision was made without a detailed review")
			.doesNotContain("careful review");
		assertThat(Inbox.nth(checked.email(), 2).text()).contains("After checking its eligibility")
			.doesNotContain("careful review");
		assertThat(Inbox.nth(reviewed.email(), 2).text()).contains("After careful review");
		for (Submitted one : List.of(unreviewed, checked, reviewed)) {
			assertThat(Inbox.nth(one.email(), 2).text())
				.contains("Asking for reconsideration",
						"reply to this e-mail within 30 days, quoting reference " + one.reference())
				.doesNotContain("The call is oversubscribed");
		}
	}

	@Test
	void anInformationRequestIsShownBeforeItGoesAndHasADateToAnswerByThatALateAnswerStillMeets() {
		Submitted application = submit("lt", ApplicationStatus.UNDER_REVIEW);
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Vilnius"));

		Form move = reviewer.application(application.reference()).form("form[action$='/move']");
		assertThat(move.value("answerBy")).isEqualTo(today.plusDays(14).toString());
		Page refused = move.choose("action", "requestInformation")
			.fill("reason", "Sites not named")
			.fill("message", "Which sites do you propose?")
			.fill("answerBy", "2020-01-01")
			.submit();
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("answerBy")).isEqualTo("Enter a date after today and no more than 365 days ahead");
		Form kept = refused.form("form[action$='/move']");
		assertThat(kept.value("action")).isEqualTo("requestInformation");
		assertThat(kept.value("message")).isEqualTo("Which sites do you propose?");

		LocalDate due = today.plusDays(3);
		Page preview = kept.fill("answerBy", due.toString()).submit();
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.textOf("#email-preview"))
			.contains("Which sites do you propose?", "Prašome atsakyti iki", String.valueOf(due.getYear()), "23:59")
			.doesNotContain("Sites not named");
		assertThat(status(application)).isEqualTo("UNDER_REVIEW");
		assertThat(ReviewMail.to(jdbc, application.email())).isEmpty();

		Page sent = preview.form("form[action$='/move']").submit();
		assertThat(sent.location()).endsWith("#move");
		Page back = sent.followed();
		assertThat(back.textOf("#move")).contains("The question has been sent to the applicant.");
		assertThat(back.byId("answer-due").text()).contains(String.valueOf(due.getYear()), "23:59");
		Inbox.Mail question = Inbox.nth(application.email(), 2);
		assertThat(question.text()).contains("Which sites do you propose?", "Prašome atsakyti iki", "23:59");

		String answerPage = question.path("/applications/" + application.reference() + "/[A-Za-z0-9_-]+/answer");
		Visitor applicant = Visitor.at(port).speaking("en");
		assertThat(applicant.open(answerPage).byId("answer-by").text()).startsWith("Please answer by");

		// The date passes: the page says the answer is late, and still takes it.
		jdbc.sql(
				"UPDATE review_event SET answer_by = now() - interval '1 day' WHERE application_id = ? AND action = 'REQUEST_INFORMATION'")
			.param(application.id())
			.update();
		Page late = applicant.open(answerPage);
		assertThat(late.byId("answer-late").text()).contains("You can still send it; we will see that it came late.");
		late.form("form[method=post]").fill("answer", "Two sites near Gdańsk.").submitAndFollow();
		assertThat(status(application)).isEqualTo("UNDER_REVIEW");
		Page timeline = reviewer.application(application.reference());
		assertThat(timeline.textOf("#timeline")).contains("Two sites near Gdańsk.", "Late");
		assertThat(timeline.has("#answer-due")).isFalse();
	}

}
