package eu.balticaigf.portal.insights;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 15 §2: the statistics page shows the counts by answer of the call's choice
 * questions, worded as its form asks them in the reader's language, with exactly the
 * figures (and the suppression) of the JSON's {@code byAnswer}.
 */
class AnswerStatisticsPageTests extends PortalIntegrationTest {

	@Autowired
	ObjectMapper json;

	@Test
	void thePageShowsTheCountsByAnswerOfTheJsonInTheReadersLanguage() throws Exception {
		// One more site offered: a count the suppression has to handle, whatever other
		// tests sent.
		Visitor applicant = Visitor.at(port);
		Page check = Journeys
			.fillApplication(applicant.open("/calls/demo/apply").form("form[method=post]"),
					"answers-" + System.nanoTime() + "@example.lt")
			.choose("q.siteOffer", "WITH_PARTNER")
			.submit("#continue")
			.followed();
		check.form().submitAndFollow();

		JsonNode statistics = json.readTree(mvc.perform(get("/api/v1/calls/demo/statistics"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode byAnswer = statistics.get("byAnswer");
		Page page = Visitor.at(port).speaking("lt").open("/calls/demo/statistics");
		String csv = mvc.perform(get("/calls/demo/statistics.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.List<String> csvLines = csv.lines().filter(line -> line.startsWith("by_answer.siteOffer,")).toList();

		assertThat(page.byId("by-answer").text()).isEqualTo("Atsakymai į kvietimo klausimus");
		// The rule may withhold the whole table for some populations (other tests add
		// applications to the demo call): then the page and the CSV say so, as the JSON
		// does.
		boolean withheld = statistics.get("withheld")
			.valueStream()
			.anyMatch(n -> n.asString().equals("byAnswer.siteOffer"));
		if (withheld) {
			assertThat(byAnswer.get("siteOffer").isEmpty()).isTrue();
			assertThat(page.byId("by-answer-siteOffer-withheld")).isNotNull();
			assertThat(page.has("#by-answer-siteOffer")).isFalse();
			assertThat(csvLines).containsExactly("by_answer.siteOffer,,withheld");
			return;
		}
		Element table = page.byId("by-answer-siteOffer");
		assertThat(table.selectFirst("caption").text())
			.isEqualTo("Ar jūsų organizacija galėtų pasiūlyti vietą gigagamyklai?");
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> shown = new LinkedHashMap<>();
		for (Element row : table.select("tbody tr")) {
			labels.put(row.attr("data-code"), row.selectFirst("th").text());
			shown.put(row.attr("data-code"), spaced(row.selectFirst("td").text()));
		}
		assertThat(labels).containsExactly(Map.entry("OWN_SITE", "Taip, mums priklausančią vietą"),
				Map.entry("WITH_PARTNER", "Taip, kartu su partneriu"), Map.entry("NO", "Ne"),
				Map.entry("unanswered", "Neatsakyta"));

		Map<String, String> fromJson = new LinkedHashMap<>();
		byAnswer.get("siteOffer").properties().forEach(cell -> fromJson.put(cell.getKey(), asShown(cell.getValue())));
		assertThat(shown).isEqualTo(fromJson);

		// The CSV carries the same table, with the same protection, by code.
		java.util.List<String> fromCsv = new java.util.ArrayList<>();
		byAnswer.get("siteOffer")
			.properties()
			.forEach(cell -> fromCsv.add("by_answer.siteOffer," + cell.getKey() + ","
					+ (cell.getValue().isNumber() ? cell.getValue().asLong() : cell.getValue().asString())));
		assertThat(fromCsv).hasSize(4);
		assertThat(csvLines).containsExactlyElementsOf(fromCsv);
		assertThat(byAnswer.get("siteOffer").get("WITH_PARTNER").isNumber()
				|| "<5".equals(byAnswer.get("siteOffer").get("WITH_PARTNER").asString()))
			.isTrue();
	}

	/** A JSON cell as the Lithuanian page writes it. */
	private static String asShown(JsonNode cell) {
		if (cell.isNumber()) {
			return spaced(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("lt"))
				.format(cell.asLong()));
		}
		return "<5".equals(cell.asString()) ? "mažiau nei 5" : "neskelbiama";
	}

	/** Lithuanian groups thousands with a (narrow) no-break space. */
	private static String spaced(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
