package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.staff.Role;

/**
 * The application's page as reviewers work on it: in parts with a contents list, each
 * save returning to its part with its message there, saved scores chosen again, a refused
 * move keeping what was chosen and typed, counts in the language's plural forms, and
 * staff by name.
 */
@PortalTest
class DetailPageTests extends PortalIntegrationTest {

	@Test
	void thePageIsInPartsEachReachedFromTheContentsList() {
		String reference = TestSubmissions.submit(context, "en", "Parts Ltd").reference();
		Page page = ReviewDesk.signIn(context, port, Role.REVIEWER).application(reference);

		List<String> contents = page.document().select(".review-contents a").eachAttr("href");
		assertThat(contents).containsExactly("#move", "#answers", "#scores", "#reviewers", "#notes", "#timeline",
				"#history-section");
		contents.forEach(anchor -> assertThat(page.has(anchor)).as(anchor).isTrue());
		// The status and the actions come first; the answers are folded away.
		assertThat(page.byId("summary").text()).contains("Submitted");
		assertThat(page.document().selectFirst("#answers details").hasAttr("open")).isFalse();
	}

	@Test
	void eachSaveReturnsToThePartSavedWithItsMessageThere() {
		String reference = TestSubmissions.submit(context, "en", "Return Ltd").reference();
		ReviewDesk admin = ReviewDesk.signIn(context, port, Role.ADMIN);

		Page scored = admin.scoreForm(reference, 4, 4, 4, 4).submit();
		assertThat(scored.location()).endsWith("/staff/applications/" + reference + "#scores");
		assertThat(scored.followed().textOf("#scores .govuk-notification-banner"))
			.contains("Your scores have been saved.");

		Page noted = admin.application(reference)
			.form("form[action$='/notes']")
			.fill("note", "Checked the registry.")
			.submit();
		assertThat(noted.location()).endsWith("#notes");
		assertThat(noted.followed().textOf("#notes .govuk-notification-banner")).contains("The note has been added.");

		Page assigned = admin.application(reference).form("form[action$='/assignments']").submit();
		assertThat(assigned.location()).endsWith("#reviewers");
		assertThat(assigned.followed().textOf("#reviewers .govuk-notification-banner")).contains("has been assigned.");

		Page moved = admin.application(reference)
			.form("form[action$='/move']")
			.choose("action", "startEligibilityCheck")
			.fill("reason", "Complete")
			.submit();
		assertThat(moved.location()).endsWith("#move");
		Page back = moved.followed();
		assertThat(back.textOf("#move .govuk-notification-banner")).contains("The application has been moved");
		// One message, in its part only.
		assertThat(back.document().select(".govuk-notification-banner")).hasSize(1);
	}

	@Test
	void savedScoresAreChosenWhenTheReviewerComesBack() {
		String reference = TestSubmissions.submit(context, "en", "Rescore Ltd").reference();
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		reviewer.score(reference, 4, 3, 5, 2);

		Form again = reviewer.application(reference).form("form[action$='/scores']");
		assertThat(List.of(ReviewDesk.CRITERIA).stream().map(criterion -> again.value(Scoring.field(criterion))))
			.containsExactly("4", "3", "5", "2");
	}

	@Test
	void aMoveRefusedForAMissingReasonKeepsTheChosenMoveAndWhatWasTyped() {
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "lt", "Kept UAB");
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);

		Page refused = reviewer.application(application.reference())
			.form("form[action$='/move']")
			.choose("action", "DECLINED")
			.fill("message", "We are sorry to say no.")
			.submit();

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("reason"))
			.isEqualTo("Give a reason: every move in the review is recorded with its reason.");
		assertThat(refused.errorSummary())
			.containsExactly("Give a reason: every move in the review is recorded with its reason.");
		Form kept = refused.form("form[action$='/move']");
		assertThat(kept.value("action")).isEqualTo("DECLINED");
		assertThat(kept.value("message")).isEqualTo("We are sorry to say no.");
		assertThat(TestSubmissions.statusOf(context, application.reference()).name()).isEqualTo("SUBMITTED");
	}

	@Test
	void countsAreWrittenInEachLanguagesPluralForms() {
		String marker = "Plural" + UUID.randomUUID().toString().substring(0, 8);
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", marker + " Ltd");
		ReviewDesk admin = ReviewDesk.signIn(context, port, Role.ADMIN);
		admin.score(application.reference(), 3, 3, 3, 3);

		Page page = admin.application(application.reference());
		assertThat(page.byId("mean-score").text()).isEqualTo("Mean of the weighted averages: 3.00 (1 reviewer)");
		assertThat(page.byId("summary-score").text()).isEqualTo("3.00 (1 reviewer)");
		Page queue = admin.open("/staff/applications?q=" + marker);
		assertThat(queue.textOf("#queue caption")).startsWith("1 application found");
		assertThat(queue.form("#balance").submitAndFollow().text()).contains("1 application has been assigned.");
		Page preview = admin.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.check("references", application.reference())
			.choose("decision", "ACCEPTED")
			.fill("reason", "Fit")
			.submit();
		assertThat(preview.byId("confirm-decision").text()).isEqualTo("Decide and send 1 e-mail");
		assertThat(preview.form("form[action$='/confirm']").submitAndFollow().text())
			.contains("1 application decided; its e-mail is on its way.");

		ReviewDesk lithuanian = ReviewDesk.signIn(context, port, Role.VIEWER).speaking("lt");
		assertThat(lithuanian.application(application.reference()).byId("mean-score").text())
			.isEqualTo("Svertinių vidurkių vidurkis: 3,00 (1 vertintojas)");
		ReviewDesk polish = ReviewDesk.signIn(context, port, Role.VIEWER).speaking("pl");
		assertThat(polish.open("/staff/applications/" + application.reference()).byId("summary-score").text())
			.isEqualTo("3,00 (1 oceniający)");
	}

	@Test
	void staffAppearByNameInTheTimelineNotesScoresAssignmentsAndTheQueue() {
		String marker = "Named" + UUID.randomUUID().toString().substring(0, 8);
		String reference = TestSubmissions.submit(context, "en", marker + " Ltd").reference();
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		ReviewDesk admin = ReviewDesk.signIn(context, port, Role.ADMIN);
		reviewer.move(reference, "startEligibilityCheck", "Complete");
		reviewer.note(reference, "Looks fine.");
		reviewer.score(reference, 3, 3, 3, 3);
		admin.assign(reference, reviewer.email());

		Page page = admin.application(reference);
		for (String part : List.of("#timeline-list", "#note-list", "#score-table", "#assigned")) {
			assertThat(page.textOf(part)).as(part).contains(reviewer.name());
		}
		assertThat(page.textOf("#timeline-list")).doesNotContain(reviewer.email());
		// Where an address helps tell people apart: next to the name in the assignments
		// and in the choice of reviewer.
		assertThat(page.textOf("#assigned")).contains(reviewer.email());
		Element option = page.document().selectFirst("#reviewer option");
		assertThat(option.text()).matches(".+ \\(.+@.+\\)");
		assertThat(admin.open("/staff/applications?q=" + marker).textOf("#queue tbody")).contains(reviewer.name())
			.doesNotContain(reviewer.email());
	}

}
