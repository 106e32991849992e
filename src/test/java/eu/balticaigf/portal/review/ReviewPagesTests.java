package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.application.TestSubmissions.Profile;
import eu.balticaigf.portal.application.TestSubmissions.Submitted;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.staff.Role;

/**
 * The review back office: the queue, the bulk decision and the exports, through the pages
 * as served. Who may use each route is tested for every module at once in
 * RouteAccessTests.
 */
@PortalTest
class ReviewPagesTests extends PortalIntegrationTest {

	private final String marker = "Bulk" + SecureTokens.newToken().substring(0, 8).replaceAll("[^A-Za-z0-9]", "x");

	private Submitted submit(String language, String name) {
		return TestSubmissions.submit(context, language, marker + " " + name);
	}

	private ApplicationStatus statusOf(Submitted application) {
		return TestSubmissions.statusOf(context, application.reference());
	}

	/**
	 * The part of a decision's preview about this application: its e-mail, or why none.
	 */
	private static Element previewOf(Page preview, Submitted application) {
		Element part = preview.document()
			.selectFirst(".govuk-inset-text:has(> h2:contains(" + application.reference() + "))");
		assertThat(part).as("the preview of " + application.reference()).isNotNull();
		return part;
	}

	@Test
	void theQueueFindsByRegistryCodeAndShowsTheDetail() {
		Submitted created = TestSubmissions.submit(context, "lt", "UAB Paieška");
		ReviewDesk viewer = ReviewDesk.signIn(context, port, Role.VIEWER);
		Page queue = viewer.open("/staff/applications?q=" + created.registryCode());
		assertThat(queue.textOf("#queue")).contains(created.reference());
		Page detail = queue.click(created.reference());
		assertThat(detail.heading()).isEqualTo("UAB Paieška");
		assertThat(viewer.application("NO-SUCH").status()).isEqualTo(404);
	}

	/**
	 * Select all the filter matches (more than a page), preview, confirm with what the
	 * preview form sends: every e-mail is the one previewed, in its applicant's language,
	 * and is queued once, also after a second confirmation; one decided earlier is
	 * refused in the reviewer's language, shows no e-mail and is not counted.
	 */
	@Test
	void aBulkDecisionOfAHundredSendsAHundredEmailsOnceEach() {
		List<Submitted> created = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			created.add(submit(List.of("lt", "en", "pl", "lv", "et").get(i % 5), String.valueOf(i)));
		}
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		Submitted decidedEarlier = created.get(2);
		reviewer.decide(decidedEarlier.reference(), "ACCEPTED", "Strong partner", null);

		Page preview = reviewer.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.check("allMatching")
			.choose("decision", "DECLINED")
			.fill("reason", "The call is oversubscribed")
			.submit();

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.heading()).isEqualTo("Check the 99 decision e-mails");
		assertThat(preview.text()).contains("Sprendimas dėl jūsų paraiškos");
		assertThat(preview.byId("confirm-decision").text()).isEqualTo("Decide and send 99 e-mails");
		assertThat(preview.document().select(".review-mail-body")).hasSize(99);
		Form confirm = preview.form("form[action$='/bulk-decision/confirm']");
		List<String> toConfirm = preview.document().select("input[name=references]").eachAttr("value");
		assertThat(toConfirm).hasSize(99).doesNotContain(decidedEarlier.reference());
		assertThat(confirm.submitAndFollow().text())
			.contains("99 applications decided; their e-mails are on their way.");
		// A second confirmation (a double click) changes nothing and sends nothing.
		Page again = confirm.submitAndFollow();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.textOf(".govuk-error-summary")).contains("Not changed, because already decided or withdrawn:");
		for (Submitted one : created) {
			assertThat(ReviewMail.to(jdbc, one.email())).as(one.email())
				.containsExactly(one == decidedEarlier ? "review/accepted" : "review/declined");
			assertThat(statusOf(one))
				.isEqualTo(one == decidedEarlier ? ApplicationStatus.ACCEPTED : ApplicationStatus.DECLINED);
		}

		// What was previewed is what the Polish applicant received (after the receipt).
		Submitted polish = created.get(7);
		Element previewed = previewOf(preview, polish).selectFirst(".review-mail-body");
		String received = Inbox.nth(polish.email(), 2).text().replace("\r\n", "\n");
		assertThat(previewed.wholeText()).contains("Dzień dobry");
		assertThat(received).contains(previewed.wholeText().strip());
	}

	/**
	 * Walk-through 6: a withdrawn application's preview showed a whole decline e-mail
	 * that would never be sent, "is already Withdrawn", and a button counting fewer
	 * e-mails than were shown.
	 */
	@Test
	void anApplicationThatCannotBeDecidedIsPreviewedWithoutAnEmailAndTheButtonCountsWhatIsShown() {
		Submitted open = submit("en", "Open");
		Submitted withdrawn = TestSubmissions.submit(context, "lv", marker + " Withdrawn",
				Profile.typical().withStatus(ApplicationStatus.WITHDRAWN));
		Submitted accepted = TestSubmissions.submit(context, "en", marker + " Accepted",
				Profile.typical().withStatus(ApplicationStatus.ACCEPTED));
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);

		Page preview = reviewer.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.check("references", open.reference())
			.check("references", withdrawn.reference())
			.check("references", accepted.reference())
			.choose("decision", "DECLINED")
			.fill("reason", "Out of scope")
			.submit();

		Element refused = previewOf(preview, withdrawn);
		assertThat(refused.select(".review-mail-body, dl")).as("an e-mail that will not be sent").isEmpty();
		assertThat(refused.selectFirst(".review-refusal").text()).isEqualTo("Application " + withdrawn.reference()
				+ " has the status “Withdrawn”: once decided or withdrawn, its stage can no longer change.");
		assertThat(previewOf(preview, accepted).select(".review-mail-body")).isEmpty();
		assertThat(preview.document().select(".review-mail-body")).hasSize(1);
		assertThat(preview.heading()).isEqualTo("Check the decision e-mail");
		assertThat(preview.byId("confirm-decision").text()).isEqualTo("Decide and send 1 e-mail");

		// In Lithuanian too, the status reads as a label, in quotes.
		Page lithuanian = ReviewDesk.signIn(context, port, Role.REVIEWER)
			.speaking("lt")
			.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.check("references", withdrawn.reference())
			.check("references", open.reference())
			.choose("decision", "DECLINED")
			.fill("reason", "Out of scope")
			.submit();
		assertThat(lithuanian.textOf(".review-refusal")).isEqualTo("Paraiškos " + withdrawn.reference()
				+ " etapas – „Atsiimta“: priėmus sprendimą arba" + " atsiėmus paraišką, jos etapo keisti nebegalima.");
	}

	/**
	 * Walk-through 2: a bulk decision without a reason showed only "There is a problem",
	 * with no form; what was ticked and chosen was lost.
	 */
	@Test
	void aBulkDecisionWithoutAReasonShowsTheQueueAgainWithWhatWasChosenAndTheErrorByTheField() {
		Submitted first = submit("en", "First");
		Submitted second = submit("en", "Second");
		Submitted third = submit("en", "Third");
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);

		Page refused = reviewer.open("/staff/applications?q=" + marker + "&sort=organisation")
			.form("form[action*='/bulk-decision']")
			.check("references", first.reference())
			.check("references", third.reference())
			.choose("decision", "DECLINED")
			.fill("message", "Thank you for applying.")
			.submit();

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.heading()).isEqualTo("Applications");
		assertThat(refused.errorFor("reason"))
			.isEqualTo("Give a reason: every move in the review is recorded with its reason.");
		assertThat(refused.errorSummary())
			.containsExactly("Give a reason: every move in the review is recorded with its reason.");
		Form kept = refused.form("form[action*='/bulk-decision']");
		assertThat(refused.document().select("#queue input[name=references][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(first.reference(), third.reference());
		assertThat(kept.value("decision")).isEqualTo("DECLINED");
		assertThat(kept.value("message")).isEqualTo("Thank you for applying.");
		// The same list, in the same order.
		assertThat(refused.document().select("#queue tbody a[href^=/staff/applications/]").eachText())
			.containsExactly(first.reference(), second.reference(), third.reference());

		// Nothing ticked and no decision: each said next to its part of the form.
		Page empty = reviewer.open("/staff/applications?q=" + marker).form("form[action*='/bulk-decision']").submit();
		assertThat(empty.errorFor("references")).isEqualTo("Select at least one application.");
		assertThat(empty.errorFor("decision")).isEqualTo("Choose whether to accept or decline.");
		assertThat(empty.errorSummary()).hasSize(3);

		// "All that match" tampered into something else is not all that match: the page
		// says what is missing instead of failing to read the form.
		Page tampered = reviewer.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.tamper("allMatching", "maybe")
			.choose("decision", "ACCEPTED")
			.fill("reason", "Strong fit")
			.submit();
		assertThat(tampered.status()).isEqualTo(200);
		assertThat(tampered.errorSummary()).containsExactly("Select at least one application.");
		assertThat(statusOf(first)).isEqualTo(ApplicationStatus.SUBMITTED);

		// Completed, it goes on to the preview.
		Page preview = kept.fill("reason", "Out of scope").submit();
		assertThat(preview.heading()).isEqualTo("Check the 2 decision e-mails");
		assertThat(statusOf(first)).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	/**
	 * One decision from the application's page: its e-mail is shown first, under a title
	 * in the singular, and nothing changes before confirming; then the page says what
	 * happened and where the e-mail goes (walk-through 15).
	 */
	@Test
	void aSingleDecisionShowsItsEmailFirstAndThenSaysWhatHappened() {
		Submitted created = TestSubmissions.submit(context, "pl", "Single " + UUID.randomUUID());
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		Page preview = reviewer.application(created.reference())
			.form("form[action$='/move']")
			.choose("action", "DECLINED")
			.fill("reason", "Outside the scope of the call")
			.fill("message", "Your offer is about software only.")
			.submit();
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.heading()).isEqualTo("Check the decision e-mail");
		assertThat(preview.title()).startsWith("Check the decision e-mail –");
		assertThat(preview.byId("confirm-decision").text()).isEqualTo("Decide and send 1 e-mail");
		assertThat(preview.textOf(".review-mail-body")).contains("Dzień dobry", "Your offer is about software only.")
			.doesNotContain("Outside the scope of the call");
		assertThat(preview.document().selectFirst(".govuk-back-link").attr("href"))
			.isEqualTo("/staff/applications/" + created.reference());
		assertThat(statusOf(created)).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(ReviewMail.to(jdbc, created.email())).isEmpty();

		Page confirmed = preview.form("form[action$='/bulk-decision/confirm']").submit();
		assertThat(confirmed.location()).endsWith("/staff/applications/" + created.reference() + "#move");
		Page back = confirmed.followed();
		assertThat(back.byId("stage").text()).isEqualTo("Declined");
		assertThat(back.textOf("#move .govuk-notification-banner"))
			.contains("Declined; the decision e-mail is on its way to " + created.email() + ".");
		assertThat(statusOf(created)).isEqualTo(ApplicationStatus.DECLINED);
		assertThat(Inbox.nth(created.email(), 2).text()).contains("Your offer is about software only.");

		// In the reader's language.
		Submitted other = TestSubmissions.submit(context, "en", "Single " + UUID.randomUUID());
		ReviewDesk lithuanian = ReviewDesk.signIn(context, port, Role.REVIEWER).speaking("lt");
		assertThat(lithuanian.decide(other.reference(), "ACCEPTED", "Tinka", null)
			.textOf("#move .govuk-notification-banner"))
			.contains("Priimta; laiškas apie sprendimą siunčiamas adresu " + other.email() + ".");
	}

	/** Not a page's form: a post made by hand, which the preview page never sends. */
	@Test
	void aHandMadeBulkConfirmationWithAnUnknownDecisionChangesNothing() throws Exception {
		Submitted created = submit("en", "Tampered");
		mvc.perform(post("/staff/applications/bulk-decision/confirm").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", created.reference())
			.param("decision", "SUBMITTED")
			.param("reason", "x")).andExpect(status().isBadRequest());
		assertThat(statusOf(created)).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void exportsNeutraliseFormulasAndOpenAsSpreadsheets() throws Exception {
		Submitted created = TestSubmissions.submit(context, "en", "=HYPERLINK(\"x\")");
		String csv = mvc
			.perform(get("/staff/applications/export").param("format", "csv")
				.param("q", created.registryCode())
				.with(user("v@ministry.test").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").contains(created.reference()).contains("SUBMITTED");
		byte[] xlsx = mvc
			.perform(get("/api/v1/applications/export").param("format", "xlsx")
				.param("q", created.registryCode())
				.header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(created.reference());
			assertThat(row.getCell(3).getStringCellValue()).startsWith("'=HYPERLINK");
		}
		mvc.perform(get("/api/v1/applications/export").param("format", "pdf")
			.header("Authorization", "Bearer " + PortalTest.API_TOKEN)).andExpect(status().isBadRequest());

		// Each file that carried applicants' data out is in the audit log: who, which
		// filter, how many rows.
		List<String> audited = jdbc.sql("""
				SELECT actor || ' ' || (after_state ->> 'format') || ' ' || (after_state ->> 'rows') FROM audit_log
				WHERE action = 'applications.exported' AND after_state ->> 'q' = ? ORDER BY id""")
			.param(created.registryCode())
			.query(String.class)
			.list();
		assertThat(audited).containsExactly("v@ministry.test csv 1", "token:bootstrap xlsx 1");
	}

}
