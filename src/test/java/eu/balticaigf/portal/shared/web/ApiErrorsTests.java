package eu.balticaigf.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Errors that no API controller raises (no such endpoint, a method or a format it does
 * not offer) are RFC 9457 problem details like every other API error, while pages keep
 * their translated error pages. These come from the servlet container's error dispatch,
 * which MockMvc skips: asked over HTTP.
 */
@PortalTest
class ApiErrorsTests extends PortalIntegrationTest {

	@Autowired
	ObjectMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + PortalTest.API_TOKEN)
			.header("Accept", accept)
			.header("Accept-Language", "lt")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A problem document with the status, a title and a detail for a person reading the
	 * integration's log.
	 */
	private JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "timestamp", "trace");
		return problem;
	}

	/**
	 * Whatever the client accepts: a browser opening a wrong API address gets the problem
	 * too, not a web page.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "application/json", "text/html", "*/*" })
	void anUnknownApiPathIsANotFoundProblem(String accept) throws Exception {
		JsonNode problem = assertProblem(get("/api/v1/nope", accept), 404);
		assertThat(problem.path("title").asString()).isEqualTo("Not Found");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/nope");
	}

	@Test
	void aMethodTheEndpointDoesNotOfferIsAMethodNotAllowedProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/applications/BAI-2222-2222/decision", "application/json");
		JsonNode problem = assertProblem(response, 405);
		assertThat(problem.path("detail").asString()).contains("GET");
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void aFormatTheApiDoesNotWriteIsANotAcceptableProblem() throws Exception {
		assertProblem(get("/api/v1/calls", "application/xml"), 406);
	}

	@Test
	void pagesKeepTheTranslatedErrorPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"lt\"", "Puslapis nerastas");
	}

}
