package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

@PortalTest
class SiteChartAndExportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	private Visitor viewer() {
		Visitor visitor = Visitor.at(port).speaking("en");
		visitor.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		return visitor;
	}

	@Test
	void aSitesChartIsServerMadeSvgWithTheSameFiguresInATableBesideIt() {
		Page ranking = viewer().open("/staff/sites/assessments/demo");
		Page chart = ranking.click(ranking.document().selectFirst("#ranking [data-site=poznan] a").text());

		assertThat(chart.path()).isEqualTo("/staff/sites/assessments/demo/sites/poznan");
		Element svg = chart.document().selectFirst("#chart svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text()).isEqualTo("Chart of Poznań");
		assertThat(svg.select("[style]")).isEmpty();
		assertThat(chart.document().select("script:not([src])")).isEmpty();
		// One bar per weighted criterion of the demo, and its figure in the table.
		List<String> rows = chart.document().select("#chart-figures tbody tr").eachAttr("data-criterion");
		assertThat(rows).containsExactlyElementsOf(DemoSites.WEIGHTS.keySet());
		List<String> barFigures = svg.select("text").eachText();
		for (Element row : chart.document().select("#chart-figures tbody tr")) {
			String label = row.selectFirst("th").text();
			String normalised = row.select("td").get(1).text();
			int at = barFigures.indexOf(label);
			assertThat(at).as(label + " has a bar").isNotNegative();
			assertThat(barFigures.get(at + 1)).as(label + "'s bar says its figure").isEqualTo(normalised);
		}
		assertThat(chart.textOf("#chart-figures [data-criterion=latency-vilnius]")).contains("(estimate)");
		assertThat(chart.textOf("#place")).startsWith("Rank ");

		Page out = viewer().open("/staff/sites/assessments/demo/sites/praha-zbraslav");
		assertThat(out.textOf("#out")).contains("Grid capacity available is 26 MW, below the limit of 50 MW.");
		assertThat(out.has("#chart")).isFalse();
	}

	@Test
	void theRankingExportsAsCsvAndAsAWorkbookWithNumbersAsNumbers() throws Exception {
		String csv = new String(mvc
			.perform(get("/api/v1/sites/assessments/demo/ranking.csv").header("Authorization", SitesApiTests.TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = csv.replace("\uFEFF", "").lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join(",", SiteExports.RANKING));
		assertThat(lines).hasSize(7);
		assertThat(lines.get(1)).startsWith("1,");
		assertThat(lines.get(6)).startsWith(",praha-zbraslav,Praha-Zbraslav,PROPOSED,")
			.contains("grid-capacity=26 limit 50");

		MockHttpServletResponse file = mvc
			.perform(get("/staff/sites/assessments/demo/ranking.xlsx")
				.with(user("viewer@ministry.test").roles("VIEWER")))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isBetween(0.0, 1.0);
			assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("praha-zbraslav");
		}
	}

	@Test
	void theComparisonExportsEveryValueWithItsSourceAndSaysWhichAreEstimates() throws Exception {
		MockHttpServletResponse file = mvc
			.perform(get("/api/v1/sites/assessments/demo/compare.xlsx").header("Authorization", SitesApiTests.TOKEN))
			.andReturn()
			.getResponse();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			boolean reported = false;
			boolean estimated = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				String site = row.getCell(0).getStringCellValue();
				String criterion = row.getCell(2).getStringCellValue();
				if (site.equals("praha-zbraslav") && criterion.equals("grid-capacity")) {
					assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(26.0);
					assertThat(row.getCell(6).getStringCellValue()).isEqualTo("MW");
					assertThat(row.getCell(8).getStringCellValue()).startsWith("Public reports");
					reported = true;
				}
				if (site.equals("poznan") && criterion.equals("latency-riga")) {
					assertThat(row.getCell(7).getBooleanCellValue()).isTrue();
					assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
					estimated = true;
				}
			}
			assertThat(reported).isTrue();
			assertThat(estimated).isTrue();
		}
		assertThat(mvc
			.perform(get("/api/v1/sites/assessments/demo/compare.pdf").header("Authorization", SitesApiTests.TOKEN))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
