package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.application.TestMailText;
import eu.balticaigf.portal.shared.SecureTokens;

/**
 * The review back office: the queue, the bulk decision and the exports. Who may use each route is tested for every
 * module at once in RouteAccessTests.
 */
@PortalTest
class ReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theQueueFindsByRegistryCodeAndShowsTheDetail() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "lt", "UAB Paieška");
		mvc.perform(get("/staff/applications").param("q", created.registryCode()).with(user("v@ministry.test").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(created.reference())));
		mvc.perform(get("/staff/applications/" + created.reference()).with(user("v@ministry.test").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("UAB Paieška")));
		mvc.perform(get("/staff/applications/NO-SUCH").with(user("v@ministry.test").roles("VIEWER")))
			.andExpect(status().isNotFound());
	}

	/**
	 * Select all the filter matches (more than a page), preview, confirm with what the preview form sends: every
	 * e-mail is the one previewed, in its applicant's language, and goes out once; one decided earlier is refused in
	 * the reviewer's language and not counted.
	 */
	@Test
	void aBulkDecisionOfAHundredSendsAHundredEmailsOnceEach() throws Exception {
		String marker = "Bulk" + SecureTokens.newToken().substring(0, 8);
		List<TestApplications.Created> created = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			created.add(TestApplications.insert(jdbc, List.of("lt", "en", "pl", "lv", "et").get(i % 5), marker + " " + i));
		}
		TestApplications.Created decidedEarlier = created.get(2);
		decideAlone(decidedEarlier, "ACCEPTED", "Strong partner");

		String preview = mvc.perform(post("/staff/applications/bulk-decision").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.queryParam("q", marker)
			.param("allMatching", "true")
			.param("decision", "DECLINED")
			.param("reason", "The call is oversubscribed")
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(preview).contains("Sprendimas dėl jūsų paraiškos", "Decide and send 99 e-mails",
				"is already Accepted");
		List<String> toConfirm = hiddenValues(preview, "references");
		assertThat(toConfirm).hasSize(99).doesNotContain(decidedEarlier.reference());
		var confirm = post("/staff/applications/bulk-decision/confirm").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", toConfirm.toArray(String[]::new))
			.param("decision", hiddenValues(preview, "decision").get(0))
			.param("reason", hiddenValues(preview, "reason").get(0));
		mvc.perform(confirm).andExpect(status().is3xxRedirection());
		// A second confirmation (a double click) changes nothing and sends nothing.
		mvc.perform(confirm).andExpect(status().is3xxRedirection());
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
		String previewed = HtmlUtils.htmlUnescape(preview.substring(preview.indexOf(polish.reference() + " — "))
			.replaceFirst("(?s).*?review-mail-body\"[^>]*>", "")
			.replaceFirst("(?s)</dd>.*", ""));
		String received = TestMailText.of(TestMail.messagesTo(polish.email()).get(0)).replace("\r\n", "\n");
		assertThat(previewed).contains("Dzień dobry");
		assertThat(received).contains(previewed.strip());
	}

	/** One decision from the application's page: its e-mail is shown first, and nothing changes before confirming. */
	@Test
	void aSingleDecisionShowsItsEmailFirstAndReturnsToTheApplication() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "pl", "Single");
		String preview = mvc.perform(post("/staff/applications/" + created.reference() + "/move").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("action", "DECLINED")
			.param("reason", "Outside the scope of the call")
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("Decide and send 1 e-mails", "Dzień dobry", "Outside the scope of the call",
				"href=\"/staff/applications/" + created.reference() + "\"");
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(created.id()).query(String.class)
			.single()).isEqualTo("SUBMITTED");
		assertThat(TestMail.messagesTo(created.email())).isEmpty();

		decideAlone(created, "DECLINED", "Outside the scope of the call");
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(created.id()).query(String.class)
			.single()).isEqualTo("DECLINED");
		assertThat(TestMail.awaitMessagesTo(created.email(), 1)).hasSize(1);
	}

	/** Decides one application as its page does: the move shows the preview, the confirmation sends. */
	private void decideAlone(TestApplications.Created application, String decision, String reason) throws Exception {
		mvc.perform(post("/staff/applications/" + application.reference() + "/move").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("action", decision)
			.param("reason", reason)).andExpect(status().isOk());
		mvc.perform(post("/staff/applications/bulk-decision/confirm").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", application.reference())
			.param("decision", decision)
			.param("reason", reason)).andExpect(redirectedUrl("/staff/applications/" + application.reference()));
	}

	@Test
	void aHandMadeBulkConfirmationWithAnUnknownDecisionChangesNothing() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Tampered");
		mvc.perform(post("/staff/applications/bulk-decision/confirm").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", created.reference())
			.param("decision", "SUBMITTED")
			.param("reason", "x")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(created.id()).query(String.class)
			.single()).isEqualTo("SUBMITTED");
	}

	/** The values of the hidden inputs with this name, in page order. */
	private static List<String> hiddenValues(String html, String name) {
		List<String> values = new ArrayList<>();
		java.util.regex.Matcher input = java.util.regex.Pattern
			.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
			.matcher(html);
		while (input.find()) {
			values.add(HtmlUtils.htmlUnescape(input.group(1)));
		}
		return values;
	}

	@Test
	void exportsNeutraliseFormulasAndOpenAsSpreadsheets() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "=HYPERLINK(\"x\")");
		String csv = mvc.perform(get("/staff/applications/export").param("format", "csv")
			.param("q", created.registryCode())
			.with(user("v@ministry.test").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").contains(created.reference()).contains("SUBMITTED");
		byte[] xlsx = mvc.perform(get("/api/v1/applications/export").param("format", "xlsx")
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

		// Each file that carried applicants' data out is in the audit log: who, which filter, how many rows.
		List<String> audited = jdbc.sql("""
				SELECT actor || ' ' || (after_state ->> 'format') || ' ' || (after_state ->> 'rows') FROM audit_log
				WHERE action = 'applications.exported' AND after_state ->> 'q' = ? ORDER BY id""")
			.param(created.registryCode())
			.query(String.class)
			.list();
		assertThat(audited).containsExactly("v@ministry.test csv 1", "token:bootstrap xlsx 1");
	}

}
