package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
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
class ReviewPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theQueueFindsByRegistryCodeAndShowsTheDetail() {
		TestApplications.Created created = TestApplications.insert(jdbc, "lt", "UAB Paieška");
		ReviewDesk viewer = ReviewDesk.signIn(context, port, Role.VIEWER);
		Page queue = viewer.open("/staff/applications?q=" + created.registryCode());
		assertThat(queue.textOf("#queue")).contains(created.reference());
		Page detail = queue.click(created.reference());
		assertThat(detail.heading()).startsWith("UAB Paieška");
		assertThat(viewer.application("NO-SUCH").status()).isEqualTo(404);
	}

	/**
	 * Select all the filter matches (more than a page), preview, confirm with what the
	 * preview form sends: every e-mail is the one previewed, in its applicant's language,
	 * and goes out once; one decided earlier is refused in the reviewer's language and
	 * not counted.
	 */
	@Test
	void aBulkDecisionOfAHundredSendsAHundredEmailsOnceEach() throws Exception {
		String marker = "Bulk" + SecureTokens.newToken().substring(0, 8).replaceAll("[^A-Za-z0-9]", "x");
		List<TestApplications.Created> created = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			created
				.add(TestApplications.insert(jdbc, List.of("lt", "en", "pl", "lv", "et").get(i % 5), marker + " " + i));
		}
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		TestApplications.Created decidedEarlier = created.get(2);
		reviewer.decide(decidedEarlier.reference(), "ACCEPTED", "Strong partner", null);

		Page preview = reviewer.open("/staff/applications?q=" + marker)
			.form("form[action*='/bulk-decision']")
			.check("allMatching")
			.choose("decision", "DECLINED")
			.fill("reason", "The call is oversubscribed")
			.submit();

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.text()).contains("Sprendimas dėl jūsų paraiškos", "is already Accepted");
		assertThat(preview.byId("confirm-decision").text()).isEqualTo("Decide and send 99 e-mails");
		Form confirm = preview.form("form[action$='/bulk-decision/confirm']");
		List<String> toConfirm = preview.document().select("input[name=references]").eachAttr("value");
		assertThat(toConfirm).hasSize(99).doesNotContain(decidedEarlier.reference());
		assertThat(confirm.submitAndFollow().text())
			.contains("99 applications decided; their e-mails are on their way.");
		// A second confirmation (a double click) changes nothing and sends nothing.
		assertThat(confirm.submitAndFollow().status()).isEqualTo(200);
		for (TestApplications.Created one : created) {
			assertThat(TestMail.awaitMessagesTo(one.email(), 1)).hasSize(1);
		}
		Thread.sleep(1500);
		for (TestApplications.Created one : created) {
			assertThat(TestMail.messagesTo(one.email())).as(one.email()).hasSize(1);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE status = 'DECLINED' AND reference IN (:refs)")
			.param("refs", toConfirm)
			.query(Long.class)
			.single()).isEqualTo(99);

		// What was previewed is what the Polish applicant received.
		TestApplications.Created polish = created.get(7);
		Element previewed = preview.document()
			.select(".govuk-inset-text")
			.stream()
			.filter(block -> block.text().startsWith(polish.reference() + " — "))
			.findFirst()
			.orElseThrow()
			.selectFirst(".review-mail-body");
		String received = Inbox.nth(polish.email(), 1).text().replace("\r\n", "\n");
		assertThat(previewed.wholeText()).contains("Dzień dobry");
		assertThat(received).contains(previewed.wholeText().strip());
	}

	/**
	 * One decision from the application's page: its e-mail is shown first, and nothing
	 * changes before confirming.
	 */
	@Test
	void aSingleDecisionShowsItsEmailFirstAndReturnsToTheApplication() {
		TestApplications.Created created = TestApplications.insert(jdbc, "pl", "Single");
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		Page preview = reviewer.application(created.reference())
			.form("form[action$='/move']")
			.choose("action", "DECLINED")
			.fill("reason", "Outside the scope of the call")
			.fill("message", "Your offer is about software only.")
			.submit();
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.byId("confirm-decision").text()).isEqualTo("Decide and send 1 e-mail");
		assertThat(preview.textOf(".review-mail-body")).contains("Dzień dobry", "Your offer is about software only.")
			.doesNotContain("Outside the scope of the call");
		assertThat(preview.document().selectFirst(".govuk-back-link").attr("href"))
			.isEqualTo("/staff/applications/" + created.reference());
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?")
			.param(created.id())
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
		assertThat(TestMail.messagesTo(created.email())).isEmpty();

		Page confirmed = preview.form("form[action$='/bulk-decision/confirm']").submit();
		assertThat(confirmed.location()).endsWith("/staff/applications/" + created.reference() + "#move");
		Page back = confirmed.followed();
		assertThat(back.byId("stage").text()).isEqualTo("Declined");
		assertThat(back.textOf("#move")).contains("The application has been moved");
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?")
			.param(created.id())
			.query(String.class)
			.single()).isEqualTo("DECLINED");
		assertThat(Inbox.nth(created.email(), 1).text()).contains("Your offer is about software only.");
	}

	/** Not a page's form: a post made by hand, which the preview page never sends. */
	@Test
	void aHandMadeBulkConfirmationWithAnUnknownDecisionChangesNothing() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Tampered");
		mvc.perform(post("/staff/applications/bulk-decision/confirm").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", created.reference())
			.param("decision", "SUBMITTED")
			.param("reason", "x")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?")
			.param(created.id())
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
	}

	@Test
	void exportsNeutraliseFormulasAndOpenAsSpreadsheets() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "=HYPERLINK(\"x\")");
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
