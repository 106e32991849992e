package eu.balticaigf.portal.shared.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.ServedForm;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a hostile or broken client can send to the public forms and the API: never a 500.
 * Over real HTTP where Tomcat itself is part of the answer (body size, percent-encoding),
 * in MockMvc for the fuzzing of every field, each post carrying the CSRF token and cookie
 * of the form as served ({@link ServedForm}).
 */
@PortalTest
class HostileInputTests extends PortalIntegrationTest {

	/**
	 * Every field of the application form with a value that passes validation, so that a
	 * hostile value in one field meets the code that runs once the others are fine (the
	 * draft, the check page, the duplicate check).
	 */
	private static final Map<String, String> VALID_APPLICATION = orderedMap("organisationName", "Fuzz UAB", "country",
			"LT", "registryCode", "304567890", "vatNumber", "LT100001919017", "pic", "999 999 999", "website",
			"https://example.lt", "category", "STARTUP", "organisationSize", "SMALL", "contactName", "Ona Fuzz",
			"contactEmail", "fuzz@example.lt", "contactPhone", "8 612 34567", "contributionAreas", "DATA",
			"investmentIntentEur", "2 500 000", "computeDemandGpuHours", "100,000", "description",
			"We build language models.", "consentPrivacy", "true", "consentDirectory", "true", "draftId", "",
			"servedAt", "", "formSignature", "", "action", "continue", "lang", "en");

	/**
	 * The registration form, valid; online, so that whatever gets through takes no seat
	 * from the demo meeting.
	 */
	private static final Map<String, String> VALID_REGISTRATION = orderedMap("fullName", "Jonas Fuzz", "email",
			"fuzz@example.lt", "organisationName", "Fuzz UAB", "attendance", "ONLINE", "consentPrivacy", "true", "lang",
			"en");

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/calls/demo/apply", "/meetings/demo-info/register" })
	void aBodyOverOneMegabyteIsRefusedWith413(String path) throws Exception {
		String body = "fullName=" + "a".repeat(1024 * 1024 + 10);
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?lang=lt"))
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

	/**
	 * Without a declared length the filter cannot refuse the body up front; Tomcat stops
	 * reading at {@code max-http-form-post-size}. A complete, valid registration comes
	 * first (with a genuine CSRF token), the padding last: if the capped body were
	 * processed as far as it was read, the registration would be stored.
	 */
	@Test
	void aChunkedBodyOverOneMegabyteIsRefusedAndNotProcessed() throws Exception {
		OverHttp form = registrationForm();
		String email = "chunked-" + java.util.UUID.randomUUID() + "@example.lt";
		String body = "_csrf=" + form.csrfToken() + "&fullName=Ona+Chunked&email=" + email.replace("@", "%40")
				+ "&attendance=ONLINE&consentPrivacy=true&padding=" + "a".repeat(1200 * 1024);

		String response = chunkedPost("/meetings/demo-info/register?lang=lt", form.cookies(), body);

		assertThat(jdbc.sql("SELECT count(*) FROM meeting_registration WHERE email_normalised = ?")
			.param(email)
			.query(Long.class)
			.single()).as("registrations stored from the oversized body").isZero();
		assertThat(response).startsWith("HTTP/1.1 413 ")
			.contains("Jūsų išsiųsta forma per didelė")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	/**
	 * Over real HTTP, as a browser posts a form (no charset in the Content-Type): names
	 * in the consortium's languages are stored as typed. MockMvc cannot show this; a
	 * filter that read the form before the request's encoding was set once turned
	 * "Onaitė" into "OnaitÄ\u0097".
	 */
	@Test
	void aFormPostedByABrowserKeepsEveryLettersOfTheFourLanguages() throws Exception {
		OverHttp form = registrationForm();
		String name = "Žydrūnė Ąžuolaitė-Łukasiewicz Pērkone Õunapuu’s";
		String email = "letters-" + java.util.UUID.randomUUID() + "@example.lt";
		String body = "_csrf=" + form.csrfToken() + "&fullName="
				+ java.net.URLEncoder.encode(name, StandardCharsets.UTF_8) + "&email="
				+ java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&attendance=ONLINE&consentPrivacy=true";

		HttpResponse<String> posted = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/meetings/demo-info/register"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", form.cookies())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT full_name FROM meeting_registration WHERE email_normalised = ?")
			.param(email)
			.query(String.class)
			.single()).isEqualTo(name);
	}

	/**
	 * The cookies a browser keeps from the registration form, and the form's CSRF token.
	 */
	private record OverHttp(String cookies, String csrfToken) {
	}

	private OverHttp registrationForm() throws Exception {
		HttpResponse<String> form = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/meetings/demo-info/register")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookies = String.join("; ",
				form.headers()
					.allValues("Set-Cookie")
					.stream()
					.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
					.toList());
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form.body());
		assertThat(token.find()).as("CSRF field on the form").isTrue();
		return new OverHttp(cookies, token.group(1));
	}

	@Test
	void anApiBodyOverOneMegabyteIsAProblem() throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/calls"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(1024 * 1024 + 10) + "\""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
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
		// Without a CSRF token the first answer is 403; what matters is that nothing
		// breaks on the way.
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
	void aNulCharacterIsRefusedBeforeItReachesTheDatabase() throws Exception {
		assertThat(mvc
			.perform(ServedForm.of(mvc, "/meetings/demo-info/register")
				.sent(post("/meetings/demo-info/register"))
				.param("fullName", "Ona\u0000")
				.param("email", "nul@example.lt"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/api/v1/calls").param("lang", "l\u0000t")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void everyApplicationFieldTakesAnyStringWithoutAServerError() throws Exception {
		fuzz("/calls/demo/apply", VALID_APPLICATION, 6 * VALID_APPLICATION.size());
	}

	@Test
	void everyRegistrationFieldTakesAnyStringWithoutAServerError() throws Exception {
		fuzz("/meetings/demo-info/register", VALID_REGISTRATION, 8 * VALID_REGISTRATION.size());
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
			assertNoServerError(
					get("/api/v1/calls/" + (random.nextBoolean() ? "demo" : "x") + "/statistics").param("lang", value),
					"lang", value);
			assertNoServerError(get("/calls/demo").param("lang", value), "lang", value);
		}
	}

	/**
	 * First every edge case in every field at once, so that each field surely meets each
	 * of them. Then rounds of a valid form with one or two fields hostile (some sent
	 * twice), so that a hostile value that passes validation gets as far as the code
	 * behind it. The form's own stamp (draft id, time served, signature) is genuine
	 * except in every fifth round: a forged stamp is turned away before validation.
	 */
	private void fuzz(String path, Map<String, String> valid, int rounds) throws Exception {
		List<String> fields = List.copyOf(valid.keySet());
		for (String edge : EDGE_CASES) {
			ServedForm served = ServedForm.of(mvc, path);
			Map<String, String> stamp = stamp(served);
			MockHttpServletRequestBuilder request = served.sent(post(path)).header("Accept-Language", "en");
			fields.forEach(field -> request.param(field, stamp.getOrDefault(field, edge)));
			assertNoServerError(request, path, edge);
		}
		Random random = new Random(path.hashCode());
		for (int round = 0; round < rounds; round++) {
			ServedForm served = ServedForm.of(mvc, path);
			Map<String, String> stamp = round % 5 == 0 ? Map.of() : stamp(served);
			// Each field in turn, every third round with a second one.
			Set<String> hostile = new HashSet<>(List.of(fields.get(round % fields.size())));
			if (round % 3 == 2) {
				hostile.add(fields.get(random.nextInt(fields.size())));
			}
			MockHttpServletRequestBuilder request = served.sent(post(path)).header("Accept-Language", "en");
			StringBuilder sent = new StringBuilder("round " + round);
			for (String field : fields) {
				if (!hostile.contains(field)) {
					request.param(field, stamp.getOrDefault(field, valid.get(field)));
					continue;
				}
				String value = sample(random);
				sent.append(", ").append(field).append('=').append(value);
				if (random.nextInt(4) == 0) {
					// Repeated parameters: a form field sent twice (or a scalar sent as a
					// list).
					request.param(field, value, sample(random));
				}
				else {
					request.param(field, value);
				}
			}
			assertNoServerError(request, path, sent.toString());
		}
	}

	/**
	 * The stamp among the hidden fields of a freshly served form (the application form
	 * has one; the registration form none).
	 */
	private static Map<String, String> stamp(ServedForm served) {
		Map<String, String> stamp = new java.util.HashMap<>();
		for (String field : List.of("draftId", "servedAt", "formSignature")) {
			if (served.value(field) != null) {
				stamp.put(field, served.value(field));
			}
		}
		return stamp;
	}

	private void assertNoServerError(MockHttpServletRequestBuilder request, String where, String value)
			throws Exception {
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("%s with %s", where, value.length() > 200 ? value.substring(0, 200) + "…" : value)
			.isLessThan(500);
	}

	/**
	 * Blank, markup, SQL, a formula, header injection, numbers past what a long holds,
	 * and the contract's own values (so that one valid-looking field lets the others get
	 * further).
	 */
	static final List<String> EDGE_CASES = List.of("", " ", "\t", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "=HYPERLINK(\"http://x\")",
			"a@b.lt\r\nBcc: victim@example.com", "%00", "\uFEFF", "\uD83D\uDE00", "-1", "9".repeat(23),
			"9 999 999 999 999 999 999 999", "9".repeat(40), "1e309", "NaN", "null", "../../etc/passwd", "DATA",
			"IN_PERSON", "true", "LT", "STARTUP");

	/** Every edge case, then this many random values. */
	private static List<String> samples(int count) {
		Random random = new Random(8);
		return java.util.stream.Stream
			.concat(EDGE_CASES.stream(), java.util.stream.Stream.generate(() -> sample(random)).limit(count))
			.toList();
	}

	/**
	 * A hostile value from a seeded source, so that a failure can be repeated: any code
	 * point of any plane (lone surrogates too), control characters, 5,000 to 20,000
	 * characters, or an edge case. Never U+0000: the request filter refuses that with 400
	 * before anything else runs
	 * ({@link #aNulCharacterIsRefusedBeforeItReachesTheDatabase}), so it would only hide
	 * the other characters.
	 */
	private static String sample(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> codePoints(random, random.nextInt(301), Character.MAX_CODE_POINT);
			case 1 -> codePoints(random, random.nextInt(21), 0x1f);
			case 2 -> codePoints(random, 5000 + random.nextInt(15_001), Character.MAX_CODE_POINT);
			default -> EDGE_CASES.get(random.nextInt(EDGE_CASES.size()));
		};
	}

	private static String codePoints(Random random, int length, int highest) {
		StringBuilder value = new StringBuilder();
		while (value.length() < length) {
			value.appendCodePoint(1 + random.nextInt(highest));
		}
		return value.toString();
	}

	/**
	 * The whole answer to a POST whose body is sent in 8 KB chunks. The server may answer
	 * and close before the body is sent; what it answered is still read.
	 */
	private String chunkedPost(String target, String cookies, String body) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
					+ "Accept: text/html\r\nAccept-Language: lt\r\nCookie: " + cookies + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
			try {
				for (int from = 0; from < bytes.length; from += 8192) {
					int length = Math.min(8192, bytes.length - from);
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(bytes, from, length);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (java.io.IOException closedEarly) {
				// The server stopped reading; its answer, if any, is waiting.
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
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
