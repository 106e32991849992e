package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.application.ValidApplication;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;

/**
 * Scores, conflicts of interest, assignment, notes, the applicant's answer and the
 * amendment history, end to end, through the pages as served.
 */
@PortalTest
class ReviewWorkTests extends PortalIntegrationTest {

	private ReviewDesk signIn(Role role) {
		return ReviewDesk.signIn(context, port, role);
	}

	@Test
	void theDetailPageShowsEverythingTheApplicantWroteInTheReadersLanguage() {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "lv", "Answers SIA",
				TestSubmissions.Profile.typical(),
				typical -> new ValidApplication(typical.organisationName(), typical.country(), typical.registryCode(),
						typical.registryCodeNormalised(), "LT100001234567", "987654321", "https://answers.example",
						typical.category(), typical.organisationSize(), typical.contactName(), typical.contactEmail(),
						"+370 600 12345", typical.contributionAreas(), typical.investmentIntentEur(),
						typical.computeDemandGpuHours(), typical.description(), true, true));

		Page page = signIn(Role.VIEWER).speaking("pl").application(created.reference());

		assertThat(page.status()).isEqualTo(200);
		// The answers are folded away (the page is long), but all there.
		assertThat(page.textOf("#answers details")).contains("LT100001234567", "987654321", "https://answers.example",
				"+370 600 12345", created.email(), "Litwa", "Dostawca technologii", "Mała", "Sprzęt obliczeniowy",
				"We build models.", "Język wnioskodawcy: Latviešu");
	}

	@Test
	void severalReviewersScoreEachEditsOnlyTheirOwnAndDisagreementIsSpelledOut() {
		String reference = TestSubmissions.submit(context, "en", "Scored Ltd").reference();
		ReviewDesk ana = signIn(Role.REVIEWER);
		ReviewDesk ben = signIn(Role.REVIEWER);
		ana.score(reference, 5, 5, 5, 5);
		ben.score(reference, 1, 1, 1, 1);
		// Ana changes her mind: her set is replaced, Ben's stays.
		ana.score(reference, 4, 4, 4, 4);

		Page detail = signIn(Role.VIEWER).application(reference);
		// Scorers appear by name, not by address.
		assertThat(detail.textOf("#score-table")).contains(ana.name(), ben.name(), "4.00", "1.00")
			.doesNotContain(ana.email());
		assertThat(detail.byId("mean-score").text()).isEqualTo("Mean of the weighted averages: 2.50 (2 reviewers)");
		assertThat(detail.byId("disagreement").text()).contains("The reviewers disagree",
				"Their weighted averages differ by 3.00; a difference of 1.5 or more counts as disagreement.",
				"Their scores for “Strategic fit” differ by 2 points or more.");
		// A viewer reads the scores but is not offered the form.
		assertThat(detail.has("form[action$='/scores']")).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM review_score WHERE reviewer IN (?, ?)")
			.params(ana.email(), ben.email())
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.score' AND target_id = ?")
			.param(reference)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aMissingScoreIsReportedNextToItsCriterionAndNothingIsSaved() {
		String reference = TestSubmissions.submit(context, "lt", "Partial UAB").reference();
		ReviewDesk partial = signIn(Role.REVIEWER).speaking("lt");

		Page refused = partial.scoreForm(reference, 4, null, 3, 3).submit();

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("score-CAPACITY"))
			.isEqualTo("Pasirinkite kriterijaus „Gebėjimas prisidėti“ balą nuo 1 iki 5");
		assertThat(refused.document().select(".govuk-error-summary a[href=#score-CAPACITY]")).hasSize(1);
		// What was chosen is still chosen.
		assertThat(refused.form("form[action$='/scores']").value("score-STRATEGIC_FIT")).isEqualTo("4");
		assertThat(jdbc.sql("SELECT count(*) FROM review_score WHERE reviewer = ?")
			.param(partial.email())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aReviewerWithAConflictCanNeitherSeeNorScoreNorBeAssignedTheApplication() {
		ReviewDesk conflicted = signIn(Role.REVIEWER);
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", "Conflicted Ltd");
		// Forms opened before the declaration, as in a second tab.
		Form staleScores = conflicted.scoreForm(application.reference(), 3, 3, 3, 3);
		Form staleNote = conflicted.application(application.reference())
			.form("form[action$='/notes']")
			.fill("note", "x");
		ReviewDesk boss = signIn(Role.ADMIN);
		Form staleAssignment = boss.application(application.reference())
			.form("form[action$='/assignments']")
			.choose("reviewer", conflicted.email());

		Page declared = conflicted.declareConflict(application.registryCode().toLowerCase());
		// Shown as typed; it hides the application whatever the case.
		assertThat(declared.byId("conflicts").text()).contains(application.registryCode().toLowerCase());

		assertThat(conflicted.open("/staff/applications?q=" + application.registryCode()).text())
			.doesNotContain(application.reference());
		assertThat(conflicted.application(application.reference()).status()).isEqualTo(404);
		for (Form stale : List.of(staleScores, staleNote)) {
			Page page = stale.submitAndFollow();
			assertThat(page.status()).isEqualTo(404);
			assertThat(page.byId("hidden-why").text())
				.contains("You declared a conflict of interest with this organisation");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM review_score WHERE reviewer = ?")
			.param(conflicted.email())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM review_note WHERE author = ?")
			.param(conflicted.email())
			.query(Long.class)
			.single()).isZero();
		String csv = conflicted.open("/staff/applications/export?q=" + application.registryCode()).body();
		assertThat(csv).doesNotContain(application.reference());

		// Others still see it, and the admin cannot assign the conflicted reviewer, not
		// even with a page served before.
		Page forAdmin = boss.application(application.reference());
		assertThat(forAdmin.document().select("#reviewer option").eachAttr("value")).doesNotContain(conflicted.email());
		assertThat(forAdmin.byId("conflicted").text()).contains(conflicted.name());
		Page refused = staleAssignment.submitAndFollow();
		assertThat(refused.textOf("#reviewers")).contains("That person cannot be assigned");
		assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE reviewer = ?")
			.param(conflicted.email())
			.query(Long.class)
			.single()).isZero();

		// An empty declaration is refused with a message next to the field.
		Page empty = conflicted.open("/staff/conflicts")
			.form("form[method=post]")
			.fill("organisationName", " ; ")
			.submit();
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.errorFor("organisationName")).isEqualTo("Enter the organisation’s name or its registry code");
	}

	@Test
	void adminsAssignByHandAndBalanceByLoadSkippingConflicts() {
		String marker = "Balance" + UUID.randomUUID().toString().substring(0, 8);
		List<TestSubmissions.Submitted> created = List.of(TestSubmissions.submit(context, "en", marker + " One"),
				TestSubmissions.submit(context, "en", marker + " Two"),
				TestSubmissions.submit(context, "en", marker + " Three"));
		ReviewDesk chosen = signIn(Role.REVIEWER);
		ReviewDesk boss = signIn(Role.ADMIN);
		Page assigned = boss.assign(created.get(0).reference(), chosen.email());
		// Back where the assignment was made, saying so by name.
		assertThat(assigned.textOf("#reviewers")).contains(chosen.name() + " has been assigned.");
		assertThat(assigned.textOf("#assigned")).contains(chosen.name(), chosen.email());
		Page mine = chosen.open("/staff/applications?mine=true&q=" + marker);
		assertThat(mine.text()).contains(created.get(0).reference()).doesNotContain(created.get(1).reference());

		// A reviewer declared a conflict with the second one: balancing must not give it
		// to them.
		ReviewDesk conflicted = signIn(Role.REVIEWER);
		conflicted.declareConflict(created.get(1).registryCode());
		Page balanced = boss.open("/staff/applications?q=" + marker).form("#balance").submitAndFollow();
		assertThat(balanced.text()).contains("2 applications have been assigned.");
		for (TestSubmissions.Submitted one : created) {
			assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE application_id = ?")
				.param(one.id())
				.query(Long.class)
				.single()).as(one.reference()).isEqualTo(1);
		}
		assertThat(jdbc.sql("SELECT reviewer FROM review_assignment WHERE application_id = ?")
			.param(created.get(1).id())
			.query(String.class)
			.single()).isNotEqualTo(conflicted.email());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.assign' AND target_id IN (:refs)")
			.param("refs", created.stream().map(TestSubmissions.Submitted::reference).toList())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void notesAreForStaffOnlyAndNeverReachTheApplicant() {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "en", "Noted Ltd");
		String secret = "Internal remark " + UUID.randomUUID();
		ReviewDesk noter = signIn(Role.REVIEWER);
		Page noted = noter.note(created.reference(), secret);
		assertThat(noted.textOf("#notes")).contains("The note has been added.", noter.name(), secret);
		Page empty = noter.application(created.reference()).form("form[action$='/notes']").fill("note", "  ").submit();
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.errorFor("note")).isEqualTo("Enter the note");
		assertThat(signIn(Role.VIEWER).application(created.reference()).text()).contains(secret);

		// The applicant is asked a question, answers it and is declined: neither their
		// pages nor e-mails show the note.
		noter.move(created.reference(), "startEligibilityCheck", "Complete");
		noter.move(created.reference(), "startReview", "Eligible");
		noter.ask(created.reference(), "GPU figure unclear", "How many GPUs?");
		// The receipt of the submission came first; the question is the second e-mail.
		String answerPage = Inbox.nth(created.email(), 2)
			.path("/applications/" + created.reference() + "/[A-Za-z0-9_-]+/answer");
		Visitor applicant = Visitor.at(port);
		applicant.open(answerPage).form("form[method=post]").fill("answer", "About 200.").submitAndFollow();
		noter.decide(created.reference(), "DECLINED", "Out of scope", null);
		for (Inbox.Mail mail : List.of(Inbox.nth(created.email(), 2), Inbox.nth(created.email(), 3))) {
			assertThat(mail.text() + mail.html()).doesNotContain(secret);
		}
		String privateLink = answerPage.replaceFirst("/answer.*$", "");
		for (String path : List.of(privateLink, privateLink + "/answer")) {
			assertThat(applicant.open(path).body()).doesNotContain(secret);
		}
	}

	@Test
	void theApplicantAnswersAQuestionThroughThePrivateLinkAndTheReviewResumes() {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "lt", "UAB Klausimas");
		ReviewDesk reviewer = signIn(Role.REVIEWER);
		reviewer.move(created.reference(), "startEligibilityCheck", "Complete");
		reviewer.move(created.reference(), "startReview", "Eligible");
		reviewer.ask(created.reference(), "Compute demand unclear", "Kiek GPU valandų jums reikės 2026 m.?");

		Inbox.Mail question = Inbox.nth(created.email(), 2);
		assertThat(question.subject()).isEqualTo("Klausimas dėl jūsų paraiškos " + created.reference());
		assertThat(question.text()).contains("Kiek GPU valandų jums reikės 2026 m.?")
			.doesNotContain("Compute demand unclear");
		String answerPage = question.path("/applications/" + created.reference() + "/[A-Za-z0-9_-]+/answer");
		String token = answerPage.split("/")[3];

		Visitor applicant = Visitor.at(port).speaking("lt");
		Page page = applicant.open(answerPage);
		assertThat(page.byId("question").text()).isEqualTo("Kiek GPU valandų jums reikės 2026 m.?");
		Form answer = page.form("form[method=post]");
		// A changed token or reference finds nothing.
		assertThat(
				applicant.open("/applications/" + created.reference() + "/" + token.substring(1) + "x/answer").status())
			.isEqualTo(404);
		String other = TestSubmissions.submit(context, "lt", "UAB Kitas").reference();
		assertThat(applicant.open("/applications/" + other + "/" + token + "/answer").status()).isEqualTo(404);

		// Bad input: the message is next to the field, in the reader's language.
		Page blank = answer.fill("answer", "   ").submit();
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.errorFor("answer")).isEqualTo("Įveskite atsakymą");
		Page tooLong = Visitor.at(port)
			.open(answerPage + "?lang=en")
			.form("form[method=post]")
			.fill("answer", "x".repeat(Review.REASON_MAX + 1))
			.submit();
		assertThat(tooLong.errorFor("answer")).isEqualTo("Your answer must be 4,000 characters or fewer");

		Form sent = answer.fill("answer", "Apie 120 000 GPU valandų.");
		assertThat(sent.submitAndFollow().byId("answer-received").text()).contains("Atsakymas gautas");
		// A double click: the second one finds no open question and changes nothing.
		assertThat(sent.submitAndFollow().status()).isEqualTo(200);
		assertThat(TestSubmissions.statusOf(context, created.reference())).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(
				jdbc.sql("SELECT count(*) FROM review_event WHERE application_id = ? AND action = 'ANSWER_INFORMATION'")
					.param(created.id())
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(Visitor.at(port).open(answerPage + "?lang=en").byId("no-question").text())
			.contains("There is no question waiting");

		assertThat(signIn(Role.VIEWER).application(created.reference()).textOf("#timeline")).contains(
				"Answer from the applicant:", "Apie 120 000 GPU valandų.", "Question to the applicant:",
				"Reason (internal): Compute demand unclear", "The applicant");
	}

	@Test
	void theDetailPageShowsTheAmendmentHistory() {
		// An application to the open demo call, amended by its applicant through the
		// private link.
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "en", "History Ltd",
				TestSubmissions.Profile.typical().withCall("demo"));
		String privateLink = Inbox.nth(created.email(), 1)
			.path("/applications/" + created.reference() + "/[A-Za-z0-9_-]+");
		Visitor applicant = Visitor.at(port).speaking("en");
		Page check = applicant.open(privateLink + "/amend")
			.form("form[method=post]")
			.fill("website", "https://new.test")
			// What intake stored without the form's checks, made what the form accepts.
			.fill("registryCode", String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000)))
			.fill("description", "We build models and would share our computing hardware with the consortium.")
			.submit("#continue")
			.followed();
		assertThat(check.has("#changes")).as(check.text()).isTrue();
		check.form().submitAndFollow();

		assertThat(signIn(Role.VIEWER).application(created.reference()).text()).contains("Amendment history",
				"Changed by the applicant", "https://new.test");
	}

	@Test
	void anAdminChangesTheWeightsOfACallsRubricAndAddsACriterion() {
		String slug = jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
					    budget_eur, private_share_pct, planned_gpus)
					SELECT 'rubric-' || substr(md5(random()::text), 1, 8), title_lt, title_en, title_pl, title_lv, title_et,
					       opens_at, closes_at, time_zone, budget_eur, private_share_pct, planned_gpus
					FROM call WHERE slug = 'baltic-aigf-2025' RETURNING slug""")
			.query(String.class)
			.single();
		ReviewDesk boss = signIn(Role.ADMIN);
		Page wrong = boss.open("/staff/calls/" + slug + "/rubric")
			.form("form[method=post]")
			.fill("weight-STRATEGIC_FIT", "50")
			.fill("weight-CAPACITY", "0")
			.fill("weight-INVESTMENT_READINESS", "abc")
			.fill("weight-COMPUTE_CREDIBILITY", "10")
			.submit();
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.errorFor("weight-INVESTMENT_READINESS")).isNotBlank();
		Page saved = wrong.form("form[method=post]")
			.fill("weight-INVESTMENT_READINESS", "20")
			.fill("newName", "Green energy")
			.fill("newWeight", "20")
			.submitAndFollow();
		assertThat(saved.text()).contains("Green energy").doesNotContain("Capacity to contribute");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.rubric' AND target_id = ?")
			.param(slug)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
