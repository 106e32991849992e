package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;

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

	@Test
	void aBulkDecisionOfAHundredSendsAHundredEmailsOnceEach() throws Exception {
		List<TestApplications.Created> created = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			created.add(TestApplications.insert(jdbc, List.of("lt", "en", "pl", "lv", "et").get(i % 5), "Bulk " + i));
		}
		String[] references = created.stream().map(TestApplications.Created::reference).toArray(String[]::new);
		mvc.perform(post("/staff/applications/bulk-decision").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", references)
			.param("decision", "DECLINED")
			.param("reason", "The call is oversubscribed"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sprendimas dėl jūsų paraiškos")));
		var confirm = post("/staff/applications/bulk-decision/confirm").with(csrf())
			.with(user("reviewer@ministry.test").roles("REVIEWER"))
			.param("references", references)
			.param("decision", "DECLINED")
			.param("reason", "The call is oversubscribed");
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
			.param("refs", List.of(references))
			.query(Long.class)
			.single()).isEqualTo(100);
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
	}

}
