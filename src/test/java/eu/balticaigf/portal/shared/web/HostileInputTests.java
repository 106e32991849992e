package eu.balticaigf.portal.shared.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.balticaigf.portal.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a hostile or broken client can send to the public forms and the API: never a 500. Over real HTTP where Tomcat
 * itself is part of the answer (body size, percent-encoding), in MockMvc for the fuzzing of every field.
 */
@PortalTest
class HostileInputTests {

	private static final List<String> APPLICATION_FIELDS = List.of("organisationName", "country", "registryCode",
			"vatNumber", "pic", "website", "category", "organisationSize", "contactName", "contactEmail",
			"contactPhone", "contributionAreas", "investmentIntentEur", "computeDemandGpuHours", "description",
			"consentPrivacy", "draftId", "servedAt", "formSignature", "lang");

	private static final List<String> REGISTRATION_FIELDS = List.of("fullName", "email", "organisationName",
			"attendance", "consentPrivacy", "lang");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/calls/demo/apply", "/meetings/demo-info/register" })
	void aBodyOverOneMegabyteIsRefusedWith413(String path) throws Exception {
		String body = "fullName=" + "a".repeat(1024 * 1024 + 10);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?lang=lt"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "lt")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Jūsų išsiųsta forma per didelė")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void anApiBodyOverOneMegabyteIsAProblem() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/calls"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(1024 * 1024 + 10) + "\""))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/calls/demo?lang=%zz", "/calls/demo?lang=%C3%28", "/calls/%E0%A4%A", "/calls/demo%",
			"/calls/%C0%AF", "/api/v1/calls?x=%ff%fe", "/meetings/demo-info/register?lang=%" })
	void brokenPercentEncodingOrInvalidUtf8IsABadRequest(String target) throws Exception {
		assertThat(rawStatus("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
			.isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fullName=%zz&email=a%40b.lt", "fullName=%C3%28&email=a%40b.lt" })
	void brokenEncodingInAFormBodyIsNotAServerError(String body) throws Exception {
		int status = rawStatus("POST /meetings/demo-info/register HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n"
				+ body);
		// Without a CSRF token the first answer is 403; what matters is that nothing breaks on the way.
		assertThat(status).isBetween(400, 499);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/calls/demo/apply", "/meetings/demo-info/register",
			"/meetings/demo-info/registrations/abc/cancel" })
	void aPublicPostWithoutItsCsrfTokenIsForbidden(String path) throws Exception {
		assertThat(mvc.perform(post(path).param("fullName", "Ona")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void everyApplicationFieldTakesAnyStringWithoutAServerError() throws Exception {
		fuzz("/calls/demo/apply", APPLICATION_FIELDS, 60);
	}

	@Test
	void everyRegistrationFieldTakesAnyStringWithoutAServerError() throws Exception {
		fuzz("/meetings/demo-info/register", REGISTRATION_FIELDS, 60);
	}

	@Test
	void everyApiQueryParameterTakesAnyStringWithoutAServerError() throws Exception {
		Random random = new Random(8);
		for (String value : samples(60)) {
			for (String parameter : List.of("status", "attendance", "q", "lang")) {
				assertNoServerError(get("/api/v1/meetings/demo-info/registrations").param(parameter, value)
					.header("Authorization", "Bearer " + PortalTest.API_TOKEN), parameter, value);
			}
			assertNoServerError(get("/api/v1/calls").param("lang", value), "lang", value);
			assertNoServerError(get("/api/v1/calls/" + (random.nextBoolean() ? "demo" : "x") + "/statistics")
				.param("lang", value), "lang", value);
			assertNoServerError(get("/calls/demo").param("lang", value), "lang", value);
		}
	}

	/**
	 * First every edge case in every field at once, so that each field surely meets each of them; then random values
	 * per field, some sent twice. The form's own stamp (draft id, time served, signature) is sent genuine except in
	 * every fifth round: a post with a forged stamp is turned away before validation, and validation is what a
	 * hostile value must not break.
	 */
	private void fuzz(String path, List<String> fields, int rounds) throws Exception {
		for (String edge : EDGE_CASES) {
			Map<String, String> stamp = stamp(path);
			MockHttpServletRequestBuilder request = post(path).with(csrf()).header("Accept-Language", "en");
			fields.forEach(field -> request.param(field, stamp.getOrDefault(field, edge)));
			assertNoServerError(request, path, edge);
		}
		List<String> samples = hostileStrings().sampleStream().limit((long) rounds * fields.size()).toList();
		Random random = new Random(path.hashCode());
		int next = 0;
		for (int round = 0; round < rounds; round++) {
			Map<String, String> stamp = round % 5 == 0 ? Map.of() : stamp(path);
			MockHttpServletRequestBuilder request = post(path).with(csrf()).header("Accept-Language", "en");
			for (String field : fields) {
				String value = samples.get(next++);
				if (stamp.containsKey(field)) {
					request.param(field, stamp.get(field));
				}
				else if (random.nextInt(5) == 0) {
					// Repeated parameters: a form field sent twice (or a scalar sent as a list).
					request.param(field, value, samples.get(random.nextInt(samples.size())));
				}
				else {
					request.param(field, value);
				}
			}
			assertNoServerError(request, path, "round " + round);
		}
	}

	/** The hidden fields of a freshly served form (the application form has them; the registration form none). */
	private Map<String, String> stamp(String path) throws Exception {
		String form = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		Map<String, String> hidden = new java.util.HashMap<>();
		java.util.regex.Matcher input = java.util.regex.Pattern
			.compile("<input type=\"hidden\" name=\"(draftId|servedAt|formSignature)\" value=\"([^\"]*)\"")
			.matcher(form);
		while (input.find()) {
			hidden.put(input.group(1), input.group(2));
		}
		return hidden;
	}

	private void assertNoServerError(MockHttpServletRequestBuilder request, String where, String value)
			throws Exception {
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("%s with %s", where, value.length() > 200 ? value.substring(0, 200) + "…" : value)
			.isLessThan(500);
	}

	/**
	 * Blank, markup, SQL, a formula, header injection, numbers past what a long holds, and the contract's own values
	 * (so that one valid-looking field lets the others get further).
	 */
	static final List<String> EDGE_CASES = List.of("", " ", "\t", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "=HYPERLINK(\"http://x\")",
			"a@b.lt\r\nBcc: victim@example.com", "%00", "\uFEFF", "\uD83D\uDE00", "-1", "9".repeat(23),
			"9 999 999 999 999 999 999 999", "9".repeat(40), "1e309", "NaN", "null", "../../etc/passwd", "DATA",
			"IN_PERSON", "true", "LT", "STARTUP");

	/** Unicode of every plane, control characters, very long, and the edge cases. */
	static Arbitrary<String> hostileStrings() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
				Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
				Arbitraries.strings().all().ofMinLength(5000).ofMaxLength(20_000), Arbitraries.of(EDGE_CASES));
	}

	/** Every edge case, then this many random values. */
	private static List<String> samples(int random) {
		return java.util.stream.Stream.concat(EDGE_CASES.stream(), hostileStrings().sampleStream().limit(random)).toList();
	}

	private int rawStatus(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				line.append((char) c);
			}
			String[] parts = line.toString().split(" ");
			return Integer.parseInt(parts[1]);
		}
	}

}
