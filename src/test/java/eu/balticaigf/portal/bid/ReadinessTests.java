package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The readiness page, saved scenarios compared side by side, the exports and the bid's
 * API calls, on the demo bid.
 */
@PortalTest
class ReadinessTests extends PortalIntegrationTest {

	private final ObjectMapper json = new ObjectMapper();

	private JsonNode api(String path) throws Exception {
		return json.readTree(mvc.perform(get(path).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private byte[] download(String path) throws Exception {
		var response = mvc.perform(get(path).with(user("viewer@ministry.test").roles("VIEWER")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void theReadinessPageAnswersWithEveryRuleGapStateCountryRoleAndThisWeeksChanges() {
		Visitor admin = signedIn(Role.ADMIN);
		// A change today: an already signed member's agreement date recorded again.
		String member = jdbc.sql("""
				SELECT '/staff/bids/demo/members/' || m.id FROM bid_member m JOIN bid b ON b.id = m.bid_id
				WHERE b.slug = 'demo' AND m.agreement_signed_on IS NOT NULL ORDER BY m.id LIMIT 1""")
			.query(String.class)
			.single();
		admin.open(member).form("#agreement-form").fill("signedOn", "2026-03-02").submitAndFollow();

		Page page = admin.open("/staff/bids/demo/readiness");
		assertThat(page.byId("answer").attr("data-ready")).isEqualTo("false");
		assertThat(page.byId("answer").text()).startsWith("Not yet. Rules met:");
		assertThat(page.document().select("#rules [data-rule]")).hasSize(7);
		assertThat(page.document().select("#gaps [data-source]")).extracting(e -> e.attr("data-source"))
			.containsExactly("eu", "hostStates", "private", "total");
		assertThat(page.document().select("#gaps [data-country]")).extracting(e -> e.attr("data-country"))
			.containsExactly("LT", "PL", "CZ");
		long verified = count(
				"""
						SELECT count(*) FROM bid_commitment c JOIN bid_member m ON m.id = c.member_id JOIN bid b ON b.id = m.bid_id
						WHERE b.slug = 'demo' AND c.state = 'VERIFIED'""");
		assertThat(page.document().selectFirst("#by-state [data-state=VERIFIED]").attr("data-count"))
			.isEqualTo(String.valueOf(verified));
		assertThat(page.document().select("#by-country li")).extracting(e -> e.attr("data-country"))
			.contains("LT", "PL", "CZ", "EE", "LV");
		assertThat(page.document().select("#by-role li")).extracting(e -> e.attr("data-role")).contains("COORDINATOR");
		assertThat(page.textOf("#changes")).contains("Recorded when a member signed the consortium agreement");
	}

	@Test
	void theDemosScenarioIsListedNewOnesAreSavedOnceAndTwoCompareWithEveryFigureRecomputed() throws Exception {
		Visitor reviewer = signedIn(Role.REVIEWER);
		Page scenarios = reviewer.open("/staff/bids/demo/scenarios");
		assertThat(scenarios.textOf("#scenarios")).contains("Without Estonia and Latvia").contains("Estonia");

		Page empty = scenarios.form("#scenario-form").fill("name", " ").submit();
		assertThat(empty.errorFor("name")).isEqualTo("Enter a name for the scenario");
		String name = "Only signed " + System.nanoTime();
		Form only = scenarios.form("#scenario-form").fill("name", name).choose("tier", "SIGNED");
		Page saved = only.submitAndFollow();
		assertThat(saved.byId("saved").text()).contains(name);
		assertThat(saved.textOf("#scenarios")).contains(name).contains("Only signed");
		Page twice = only.submit();
		assertThat(twice.errorFor("name")).isEqualTo("This bid has a scenario of this name already");
		assertThat(count("SELECT count(*) FROM bid_scenario WHERE name = '" + name + "'")).isEqualTo(1);

		// The demo's scenario against the whole bid: the API's ?exclude=EE,LV figures,
		// and the comparison marks what differs.
		JsonNode listed = api("/api/v1/bids/demo/scenarios");
		long id = 0;
		for (JsonNode scenario : listed) {
			if (scenario.path("name").asString().equals("Without Estonia and Latvia")) {
				id = scenario.path("id").asLong();
			}
		}
		JsonNode byScenario = api("/api/v1/bids/demo/scenarios/" + id);
		JsonNode byExclude = api("/api/v1/bids/demo?exclude=EE,LV");
		assertThat(byScenario.path("funding")).isEqualTo(byExclude.path("funding"));
		assertThat(byScenario.path("members")).isEqualTo(byExclude.path("members"));
		JsonNode whole = api("/api/v1/bids/demo");

		Page compared = scenarios.form("#compare-form").choose("a", "0").choose("b", String.valueOf(id)).submit();
		assertThat(compared.byId("side-b").text()).contains("Without Estonia and Latvia");
		assertThat(compared.document().selectFirst("tr[data-line=members]").attr("data-differs")).isEqualTo("true");
		assertThat(compared.document().selectFirst("tr[data-line=members] [data-side=b]").text())
			.startsWith(byScenario.path("members").path("count").asString() + " ");
		assertThat(compared.document().selectFirst("tr[data-line=pledged-eu]").attr("data-differs")).isEqualTo("false");
		boolean privateDiffers = whole.path("funding")
			.path("pledged")
			.path("private")
			.asLong() != byScenario.path("funding").path("pledged").path("private").asLong();
		assertThat(compared.document().selectFirst("tr[data-line=pledged-private]").attr("data-differs"))
			.isEqualTo(String.valueOf(privateDiffers));
	}

	@Test
	void membersCommitmentsAndThePlanExportWithNumbersAsNumbers() throws Exception {
		long members = count("SELECT count(*) FROM bid_member m JOIN bid b ON b.id = m.bid_id WHERE b.slug = 'demo'");
		String csv = new String(download("/staff/bids/demo/members.csv"), StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(members + 1);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("member_id,organisation,country");

		String plan = new String(download("/staff/bids/demo/plan.csv"), StandardCharsets.UTF_8);
		assertThat(plan).contains("source,total,3000000000.00,");

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/staff/bids/demo/commitments.xlsx")))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("amount");
			Row submitted = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(6) != null && row.getCell(6).getCellType() == CellType.NUMERIC) {
					submitted = row;
					break;
				}
			}
			assertThat(submitted).as("a commitment with an amount").isNotNull();
			assertThat(submitted.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
		}
		assertThat(api("/api/v1/bids/demo/commitments").size()).isGreaterThan(5);
		assertThat(api("/api/v1/bids/demo/members").get(0).has("contactEmail")).isFalse();
		assertThat(api("/v3/api-docs").path("paths").has("/api/v1/bids/{slug}/scenarios/{id}")).isTrue();
	}

}
