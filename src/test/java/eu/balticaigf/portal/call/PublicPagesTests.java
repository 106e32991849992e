package eu.balticaigf.portal.call;

import eu.balticaigf.portal.PortalTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
					containsString("Lithuania, Poland, Latvia and Estonia"), containsString("Technology providers"),
					containsString("Public sector institutions"), containsString("Start-ups"),
					containsString("EUR 3,000,000,000"), containsString("65 %"), containsString("EUR 1,950,000,000"),
					containsString("Information meeting"), containsString("1 August 2025, 10:00 EEST (Vilnius)"))));
	}

	@Test
	void call2025ShowsClosedWithItsRealDeadline() throws Exception {
		mvc.perform(get("/calls/baltic-aigf-2025").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Closed on 10 August 2025, 23:59 EEST (Vilnius)"),
					containsString("28 July 2025, 00:00 EEST (Vilnius)"), containsString("up to 100,000 GPUs"))));
	}

	@Test
	void call2025InLithuanian() throws Exception {
		mvc.perform(get("/calls/baltic-aigf-2025").param("lang", "lt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"lt\""),
					containsString("Paraiškų priėmimas baigėsi 2025 m. rugpjūčio 10 d., 23:59 EEST (Vilniaus laiku)"))));
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
			.andExpect(content().string(allOf(containsString("<html lang=\"et\""), containsString("Neli riiki"))));
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

	/** Error pages are rendered by the servlet container's error dispatch, which MockMvc skips: ask over HTTP. */
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
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
							not(containsString("unsafe-inline")))));
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
					containsString("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"),
					containsString("src=\"/assets/js/portal.js\""))));
		mvc.perform(get("/assets/css/portal.css")).andExpect(status().isOk());
		mvc.perform(get("/assets/js/portal.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
	}

	@Test
	void actuatorShowsHealthAndMetricsOnly() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
	}

}
