package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.application.TestMailText;

/** Scores, conflicts of interest, assignment, notes, the applicant's answer and the amendment history, end to end. */
@PortalTest
class ReviewWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor reviewer(String email) {
		return user(email).roles("REVIEWER");
	}

	private static RequestPostProcessor admin(String email) {
		return user(email).roles("ADMIN");
	}

	static MockHttpServletRequestBuilder scores(String reference, int fit, int capacity, int investment,
			int compute) {
		return post("/staff/applications/" + reference + "/scores").with(csrf())
			.param("score-STRATEGIC_FIT", String.valueOf(fit))
			.param("score-CAPACITY", String.valueOf(capacity))
			.param("score-INVESTMENT_READINESS", String.valueOf(investment))
			.param("score-COMPUTE_CREDIBILITY", String.valueOf(compute));
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A move from the application's page; a decision is confirmed on the e-mail preview it leads to. */
	private void move(String reference, String action, String reason) throws Exception {
		boolean decision = action.equals("ACCEPTED") || action.equals("DECLINED");
		mvc.perform(post("/staff/applications/" + reference + "/move").with(csrf())
			.with(reviewer("mover@ministry.test"))
			.param("action", action)
			.param("reason", reason)).andExpect(decision ? status().isOk() : status().is3xxRedirection());
		if (decision) {
			mvc.perform(post("/staff/applications/bulk-decision/confirm").with(csrf())
				.with(reviewer("mover@ministry.test"))
				.param("references", reference)
				.param("decision", action)
				.param("reason", reason)).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void theDetailPageShowsEverythingTheApplicantWroteInTheReadersLanguage() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "lv", "Answers SIA");
		jdbc.sql("""
				UPDATE application SET vat_number = 'LT100001234567', pic = '987654321', website = 'https://answers.example',
				    contact_phone = '+370 600 12345', consent_directory = true WHERE id = ?""").param(created.id()).update();

		String html = mvc.perform(get("/staff/applications/" + created.reference())
			.with(user("viewer@ministry.test").roles("VIEWER"))
			.param("lang", "pl")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("LT100001234567", "987654321", "https://answers.example", "+370 600 12345",
				created.email(), "Litwa", "Dostawca technologii", "Mała", "Sprzęt obliczeniowy", "We build models.",
				"Język wnioskodawcy: Latviešu");
	}

	@Test
	void severalReviewersScoreEachEditsOnlyTheirOwnAndDisagreementIsSpelledOut() throws Exception {
		String reference = TestApplications.insert(jdbc, "en", "Scored Ltd").reference();
		mvc.perform(scores(reference, 5, 5, 5, 5).with(reviewer("ana@ministry.test")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(scores(reference, 1, 1, 1, 1).with(reviewer("ben@ministry.test")))
			.andExpect(status().is3xxRedirection());
		// Ana changes her mind: her set is replaced, Ben's stays.
		mvc.perform(scores(reference, 4, 4, 4, 4).with(reviewer("ana@ministry.test")))
			.andExpect(status().is3xxRedirection());

		String detail = page("/staff/applications/" + reference, user("v@ministry.test").roles("VIEWER"));
		assertThat(detail).contains("ana@ministry.test", "ben@ministry.test", "4.00", "1.00", "Mean of the weighted averages: 2.50")
			.contains("The reviewers disagree")
			.contains("Their weighted averages are 3.00 points apart")
			.contains("Their scores for “Strategic fit” differ by 2 points or more.")
			// A viewer reads the scores but is not offered the form.
			.doesNotContain("Save my scores");
		assertThat(jdbc.sql("SELECT count(*) FROM review_score s JOIN application a ON a.id = s.application_id WHERE a.reference = ?")
			.param(reference).query(Long.class).single()).isEqualTo(8);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.score' AND target_id = ?")
			.param(reference).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aMissingScoreIsReportedNextToItsCriterionAndNothingIsSaved() throws Exception {
		String reference = TestApplications.insert(jdbc, "lt", "Partial UAB").reference();
		mvc.perform(post("/staff/applications/" + reference + "/scores").with(csrf())
			.with(reviewer("partial@ministry.test"))
			.param("lang", "lt")
			.param("score-STRATEGIC_FIT", "4")
			.param("score-CAPACITY", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#score-CAPACITY\"")))
			.andExpect(content().string(containsString("id=\"score-CAPACITY-error\"")))
			.andExpect(content().string(containsString("Pasirinkite kriterijaus „Gebėjimas prisidėti“ balą nuo 1 iki 5")));
		assertThat(jdbc.sql("SELECT count(*) FROM review_score WHERE reviewer = 'partial@ministry.test'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aReviewerWithAConflictCanNeitherSeeNorScoreNorBeAssignedTheApplication() throws Exception {
		String conflicted = TestApplications.staff(jdbc, "REVIEWER");
		TestApplications.Created application = TestApplications.insert(jdbc, "en", "Conflicted Ltd");
		mvc.perform(post("/staff/conflicts").with(csrf())
			.with(reviewer(conflicted))
			.param("registryCode", application.registryCode().toLowerCase()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/staff/conflicts", reviewer(conflicted))).contains(application.registryCode());

		assertThat(page("/staff/applications?q=" + application.registryCode(), reviewer(conflicted)))
			.doesNotContain(application.reference());
		mvc.perform(get("/staff/applications/" + application.reference()).with(reviewer(conflicted)))
			.andExpect(status().isNotFound());
		mvc.perform(scores(application.reference(), 3, 3, 3, 3).with(reviewer(conflicted)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staff/applications/" + application.reference() + "/notes").with(csrf())
			.with(reviewer(conflicted))
			.param("note", "x")).andExpect(status().isNotFound());
		String csv = mvc.perform(get("/staff/applications/export").param("q", application.registryCode()).with(reviewer(conflicted)))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).doesNotContain(application.reference());

		// Others still see it, and the admin cannot assign the conflicted reviewer, not even by posting the address.
		assertThat(page("/staff/applications/" + application.reference(), admin("boss@ministry.test")))
			.doesNotContain("<option value=\"" + conflicted + "\"");
		mvc.perform(post("/staff/applications/" + application.reference() + "/assignments").with(csrf())
			.with(admin("boss@ministry.test"))
			.param("reviewer", conflicted)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE reviewer = ?").param(conflicted)
			.query(Long.class).single()).isZero();

		// An empty declaration is refused with a message next to the field.
		mvc.perform(post("/staff/conflicts").with(csrf()).with(reviewer(conflicted)).param("organisationName", " ; "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"organisationName-error\"")));
	}

	@Test
	void adminsAssignByHandAndBalanceByLoadSkippingConflicts() throws Exception {
		String marker = "Balance" + UUID.randomUUID().toString().substring(0, 8);
		List<TestApplications.Created> created = List.of(TestApplications.insert(jdbc, "en", marker + " One"),
				TestApplications.insert(jdbc, "en", marker + " Two"), TestApplications.insert(jdbc, "en", marker + " Three"));
		String chosen = TestApplications.staff(jdbc, "REVIEWER");
		mvc.perform(post("/staff/applications/" + created.get(0).reference() + "/assignments").with(csrf())
			.with(admin("boss@ministry.test"))
			.param("reviewer", chosen)).andExpect(status().is3xxRedirection());
		String mine = page("/staff/applications?mine=true&q=" + marker, reviewer(chosen));
		assertThat(mine).contains(created.get(0).reference()).doesNotContain(created.get(1).reference());

		// A reviewer declared a conflict with the second one: balancing must not give it to them.
		String conflicted = TestApplications.staff(jdbc, "REVIEWER");
		mvc.perform(post("/staff/conflicts").with(csrf()).with(reviewer(conflicted))
			.param("registryCode", created.get(1).registryCode())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/applications/balance").with(csrf()).with(admin("boss@ministry.test")).param("q", marker))
			.andExpect(status().is3xxRedirection());
		for (TestApplications.Created one : created) {
			assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE application_id = ?").param(one.id())
				.query(Long.class).single()).as(one.reference()).isEqualTo(1);
		}
		assertThat(jdbc.sql("SELECT reviewer FROM review_assignment WHERE application_id = ?").param(created.get(1).id())
			.query(String.class).single()).isNotEqualTo(conflicted);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.assign' AND target_id IN (:refs)")
			.param("refs", created.stream().map(TestApplications.Created::reference).toList())
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void notesAreForStaffOnlyAndNeverReachTheApplicant() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Noted Ltd");
		String secret = "Internal remark " + UUID.randomUUID();
		mvc.perform(post("/staff/applications/" + created.reference() + "/notes").with(csrf())
			.with(reviewer("noter@ministry.test"))
			.param("note", secret)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/applications/" + created.reference() + "/notes").with(csrf())
			.with(reviewer("noter@ministry.test"))
			.param("note", "  ")).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"note-error\"")));
		assertThat(page("/staff/applications/" + created.reference(), user("v@ministry.test").roles("VIEWER")))
			.contains(secret);

		// The applicant is asked a question and answers it: neither their pages nor their e-mails show the note.
		move(created.reference(), "startEligibilityCheck", "Complete");
		move(created.reference(), "startReview", "Eligible");
		move(created.reference(), "requestInformation", "How many GPUs?");
		move(created.reference(), "DECLINED", "Out of scope");
		List<MimeMessage> mails = TestMail.awaitMessagesTo(created.email(), 2);
		String link = privateLink(created.reference(), mails);
		for (MimeMessage mail : mails) {
			assertThat(TestMailText.of(mail)).doesNotContain(secret);
		}
		for (String path : List.of(link, link + "/answer")) {
			mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(not(containsString(secret))));
		}
	}

	private static String privateLink(String reference, List<MimeMessage> mails) {
		for (MimeMessage mail : mails) {
			Matcher link = Pattern.compile("(/applications/" + reference + "/[A-Za-z0-9_-]{43})/answer").matcher(TestMailText.of(mail));
			if (link.find()) {
				return link.group(1);
			}
		}
		throw new AssertionError("no private link in " + mails.size() + " e-mails");
	}

	@Test
	void theApplicantAnswersAQuestionThroughThePrivateLinkAndTheReviewResumes() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "lt", "UAB Klausimas");
		move(created.reference(), "startEligibilityCheck", "Complete");
		move(created.reference(), "startReview", "Eligible");
		move(created.reference(), "requestInformation", "Kiek GPU valandų jums reikės 2026 m.?");

		List<MimeMessage> mails = TestMail.awaitMessagesTo(created.email(), 1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Klausimas dėl jūsų paraiškos " + created.reference());
		assertThat(TestMailText.of(mails.get(0))).contains("Kiek GPU valandų jums reikės 2026 m.?");
		String answerPage = privateLink(created.reference(), mails) + "/answer";
		String token = answerPage.split("/")[3];

		mvc.perform(get(answerPage).param("lang", "lt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiek GPU valandų jums reikės 2026 m.?")));
		// A changed token or reference finds nothing.
		mvc.perform(get("/applications/" + created.reference() + "/" + token.substring(1) + "x/answer"))
			.andExpect(status().isNotFound());
		String other = TestApplications.insert(jdbc, "lt", "UAB Kitas").reference();
		mvc.perform(get("/applications/" + other + "/" + token + "/answer")).andExpect(status().isNotFound());
		mvc.perform(post("/applications/" + other + "/" + token + "/answer").with(csrf()).param("answer", "x"))
			.andExpect(status().isNotFound());

		// Bad input: the message is next to the field, in the reader's language.
		mvc.perform(post(answerPage).with(csrf()).param("lang", "lt").param("answer", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answer-error\"")))
			.andExpect(content().string(containsString("Įveskite atsakymą")));
		mvc.perform(post(answerPage).with(csrf()).param("lang", "en").param("answer", "x".repeat(Review.REASON_MAX + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your answer must be 4,000 characters or fewer")));

		var answer = post(answerPage).with(csrf()).param("answer", "Apie 120 000 GPU valandų.");
		mvc.perform(answer).andExpect(status().is3xxRedirection());
		// A double click: the second one finds no open question and changes nothing.
		mvc.perform(answer).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(created.id()).query(String.class).single())
			.isEqualTo("UNDER_REVIEW");
		assertThat(jdbc.sql("SELECT count(*) FROM review_event WHERE application_id = ? AND action = 'ANSWER_INFORMATION'")
			.param(created.id()).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get(answerPage).param("lang", "en")).andExpect(content().string(containsString("There is no question waiting")));

		assertThat(page("/staff/applications/" + created.reference(), user("v@ministry.test").roles("VIEWER")))
			.contains("Answer from the applicant:", "Apie 120 000 GPU valandų.", "Question to the applicant:");
	}

	@Test
	void theDetailPageShowsTheAmendmentHistory() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "History Ltd");
		jdbc.sql("""
				INSERT INTO application_version (application_id, version, action, changed_by, changed_at, changes)
				VALUES (?, 2, 'AMENDED', 'applicant', now(),
				        '[{"field": "website", "before": "https://old.test", "after": "https://new.test"}]')""")
			.param(created.id())
			.update();
		assertThat(page("/staff/applications/" + created.reference(), user("v@ministry.test").roles("VIEWER")))
			.contains("Amendment history", "Changed by the applicant", "Website: https://old.test → https://new.test");
	}

	@Test
	void anAdminChangesTheWeightsOfACallsRubricAndAddsACriterion() throws Exception {
		long callId = jdbc.sql("""
				INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
				    budget_eur, private_share_pct, planned_gpus)
				SELECT 'rubric-' || substr(md5(random()::text), 1, 8), title_lt, title_en, title_pl, title_lv, title_et,
				       opens_at, closes_at, time_zone, budget_eur, private_share_pct, planned_gpus
				FROM call WHERE slug = 'baltic-aigf-2025' RETURNING id""")
			.query(Long.class)
			.single();
		String slug = jdbc.sql("SELECT slug FROM call WHERE id = ?").param(callId).query(String.class).single();
		mvc.perform(post("/staff/calls/" + slug + "/rubric").with(csrf())
			.with(admin("boss@ministry.test"))
			.param("weight-STRATEGIC_FIT", "50")
			.param("weight-CAPACITY", "0")
			.param("weight-INVESTMENT_READINESS", "abc")
			.param("weight-COMPUTE_CREDIBILITY", "10")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"weight-INVESTMENT_READINESS-error\"")));
		mvc.perform(post("/staff/calls/" + slug + "/rubric").with(csrf())
			.with(admin("boss@ministry.test"))
			.param("weight-STRATEGIC_FIT", "50")
			.param("weight-CAPACITY", "0")
			.param("weight-INVESTMENT_READINESS", "20")
			.param("weight-COMPUTE_CREDIBILITY", "10")
			.param("newName", "Green energy")
			.param("newWeight", "20")).andExpect(status().is3xxRedirection());
		assertThat(page("/staff/calls/" + slug + "/rubric", admin("boss@ministry.test"))).contains("Green energy")
			.doesNotContain("Capacity to contribute");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.rubric' AND target_id = ?").param(slug)
			.query(Long.class).single()).isEqualTo(1);
	}

}
