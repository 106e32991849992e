package eu.balticaigf.portal.call;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PublicPagesTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void landingPageTellsWhatTheConsortiumIsAndWhoMayJoin() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""),
					containsString("Technology providers"), containsString("Public sector institutions"),
					containsString("Start-ups"), containsString("EUR\u00a03\u00a0000\u00a0000\u00a0000"),
					containsString("65 %"), containsString("EUR\u00a01\u00a0950\u00a0000\u00a0000"),
					containsString("primarily in two locations in Poland"), not(containsString("public funds")))));
	}

	/**
	 * Issue 15: the countries come from the featured call's list with its dates, not from
	 * the code: Czechia joined in November 2025, Estonia and Latvia left in December
	 * 2025.
	 */
	@Test
	void homeNamesTheCountriesTakingPartToday() {
		Page home = Visitor.at(port).open("/?lang=en");

		assertThat(home.byId("countries-heading").text()).isEqualTo("3 countries taking part");
		assertThat(home.byId("countries").select("li").eachText()).containsExactly("Lithuania", "Poland", "Czechia");
		assertThat(home.text()).doesNotContain("Lithuania, Poland, Latvia and Estonia");
		assertThat(Visitor.at(port).open("/?lang=lt").byId("countries-heading").text())
			.isEqualTo("3 dalyvaujančios šalys");
	}

	@Test
	void callPageListsTheCountriesWithTheMonthTheyJoinedOrLeft() {
		Page call = Visitor.at(port).open("/calls/baltic-aigf-2025?lang=en");

		assertThat(call.byId("participating-countries").select("li").eachText()).containsExactly("Lithuania", "Poland",
				"Latvia (left in December 2025)", "Estonia (left in December 2025)",
				"Czechia (joined in November 2025)");
		assertThat(Visitor.at(port).open("/calls/demo?lang=pl").textOf("#participating-countries li[data-country=CZ]"))
			.isEqualTo("Czechy (przystąpienie: listopad 2025)");
	}

	@Test
	void callsApiGivesTheCountriesWithTheirDatesAndTheFormVersion() throws Exception {
		mvc.perform(get("/api/v1/calls/baltic-aigf-2025"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participatingCountries.length()").value(5))
			.andExpect(jsonPath("$.participatingCountries[0].country").value("LT"))
			.andExpect(jsonPath("$.participatingCountries[0].joined").doesNotExist())
			.andExpect(jsonPath("$.participatingCountries[2].country").value("LV"))
			.andExpect(jsonPath("$.participatingCountries[2].left").value("2025-12-01"))
			.andExpect(jsonPath("$.participatingCountries[4].country").value("CZ"))
			.andExpect(jsonPath("$.participatingCountries[4].joined").value("2025-11-01"))
			.andExpect(jsonPath("$.formVersion").value(1))
			.andExpect(jsonPath("$.budgetEur").value(3_000_000_000L))
			.andExpect(jsonPath("$.privateSharePct").value(65));
		mvc.perform(get("/api/v1/calls/demo")).andExpect(jsonPath("$.participatingCountries[4].country").value("CZ"));
	}

	/**
	 * Issue 13 §7: first what a visitor can do now, then what is over, each marked as
	 * such.
	 */
	@Test
	void homeLeadsWithWhatAVisitorCanDoNowThenWhatIsOver() {
		Page home = Visitor.at(port).open("/?lang=en");

		Element now = home.byId("now");
		Element earlier = home.byId("earlier");
		assertThat(home.body().indexOf("id=\"now\"")).isLessThan(home.body().indexOf("id=\"earlier\""));
		Element demoCall = now.selectFirst("[data-call=demo]");
		assertThat(demoCall.text()).contains("Open until");
		assertThat(demoCall.select("a[href=/calls/demo/apply]")).hasSize(1);
		Element demoMeeting = now.selectFirst("[data-meeting=demo-info]");
		assertThat(demoMeeting.text()).contains("When:");
		assertThat(demoMeeting.select("a[href=/meetings/demo-info/register]")).hasSize(1);
		assertThat(now.select("[data-call=baltic-aigf-2025], [data-meeting=info-2025-08-01]")).isEmpty();
		assertThat(earlier.selectFirst("[data-call=baltic-aigf-2025]").text())
			.contains("Closed on 10 August 2025, 23:59 EEST (Vilnius)");
		assertThat(earlier.selectFirst("[data-meeting=info-2025-08-01]").text())
			.contains("Took place on 1 August 2025");
		assertThat(earlier.select("a[href^=/meetings/info-2025-08-01/register]")).isEmpty();
	}

	@Test
	void homeSaysWhatIsOverInEveryLanguage() {
		Map<String, String> tookPlace = Map.of("lt", "Įvyko 2025 m. rugpjūčio 1 d.", "pl", "Odbyło się 1 sierpnia 2025",
				"lv", "Jau notikusi: 2025. gada 1. augusts", "et", "Toimunud: 1. august 2025");
		tookPlace.forEach((language,
				text) -> assertThat(Visitor.at(port)
					.open("/?lang=" + language)
					.byId("earlier")
					.selectFirst("[data-meeting=info-2025-08-01]")
					.text()).as(language).contains(text));
	}

	/**
	 * Issue 13 §21: the call page says what the ministry's call says, and marks what only
	 * public reports say.
	 */
	@Test
	void callPageFollowsTheMinistrysCall() {
		Page call = Visitor.at(port).open("/calls/baltic-aigf-2025?lang=en");

		assertThat(call.byId("call-invitation").text())
			.contains("invites Lithuanian companies, research institutions and public bodies to join");
		assertThat(call.text()).contains("primarily in two locations in Poland");
		assertThat(call.byId("call-meeting").text()).contains("register in advance").doesNotContain("required");
		Element more = call.byId("call-links").selectFirst("a");
		assertThat(more.text()).startsWith("More information about AI Gigafactories");
		assertThat(more.attr("href")).startsWith("https://digital-strategy.ec.europa.eu/");
		assertThat(call.byId("call-facts").text()).doesNotContain("GPU").doesNotContain("35 %").contains("65 %");
		Element reports = call.byId("public-reports");
		assertThat(reports.text()).contains("not part of the call", "Up to 100,000 GPUs", "35 %");
		assertThat(reports.select("a[href^=https://www.investmentsgroup.net/]")).isNotEmpty();

		assertThat(Visitor.at(port).open("/calls/baltic-aigf-2025?lang=lt").byId("call-invitation").text())
			.contains("kviečia Lietuvos įmones");
		assertThat(Visitor.at(port).open("/calls/demo?lang=en").byId("call-invitation").text())
			.contains("are invited to join");
	}

	@Test
	void call2025ShowsClosedWithItsRealDeadline() throws Exception {
		mvc.perform(get("/calls/baltic-aigf-2025").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Closed on 10 August 2025, 23:59 EEST (Vilnius)"),
					containsString("28 July 2025, 00:00 EEST (Vilnius)"), containsString("Up to 100,000 GPUs"))));
	}

	@Test
	void call2025InLithuanian() throws Exception {
		mvc.perform(get("/calls/baltic-aigf-2025").param("lang", "lt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"lt\""), containsString(
					"Paraiškų priėmimas baigėsi 2025 m. rugpjūčio 10 d., 23:59 EEST (Vilniaus laiku)"))));
	}

	@Test
	void demoCallIsOpen() throws Exception {
		mvc.perform(get("/calls/demo").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Open until"), containsString("demonstration call"))));
	}

	@Test
	void languageChoiceIsRememberedInACookie() throws Exception {
		mvc.perform(get("/").param("lang", "pl"))
			.andExpect(cookie().value("portal-lang", "pl"))
			.andExpect(content().string(containsString("<html lang=\"pl\"")));
		mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("portal-lang", "et")))
			.andExpect(
					content().string(allOf(containsString("<html lang=\"et\""), containsString("3 osalevat riiki"))));
	}

	@Test
	void browserLanguageDecidesWhenNothingWasChosen() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "lv-LV,lv;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"lv\"")));
	}

	@Test
	void unknownLanguageFallsBackToEnglish() throws Exception {
		mvc.perform(get("/").param("lang", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")));
		mvc.perform(get("/").param("lang", "%%%"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	/**
	 * Error pages are rendered by the servlet container's error dispatch, which MockMvc
	 * skips: ask over HTTP.
	 */
	@Test
	void unknownCallIsATranslatedNotFoundPage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calls/no-such-call?lang=lt"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"lt\"", "Puslapis nerastas").doesNotContain("Exception");
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
					containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))));
	}

	@Test
	void callsApiListsBothCallsWithTheirState() throws Exception {
		mvc.perform(get("/api/v1/calls"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug=='baltic-aigf-2025')].state").value("CLOSED"))
			.andExpect(jsonPath("$[?(@.slug=='baltic-aigf-2025')].targetPrivateEur").value(1_950_000_000))
			.andExpect(jsonPath("$[?(@.slug=='demo')].state").value("OPEN"));
	}

	@Test
	void unknownCallInTheApiIsAProblemDocument() throws Exception {
		mvc.perform(get("/api/v1/calls/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void stylesAndScriptsThePagesLinkAreServed() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("href=\"/assets/css/portal.css\""),
					containsString("href=\"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css\""),
					containsString("src=\"/assets/js/portal.js\""))));
		mvc.perform(get("/assets/css/portal.css")).andExpect(status().isOk());
		mvc.perform(get("/assets/js/portal.js")).andExpect(status().isOk());
		// The shared jte layout names the stylesheet without its version (the webjar
		// locator finds it).
		mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
	}

	@Test
	void actuatorShowsHealthAndMetricsOnly() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
	}

}
