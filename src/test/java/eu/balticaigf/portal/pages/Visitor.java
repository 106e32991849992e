package eu.balticaigf.portal.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.balticaigf.portal.staff.StaffSignInSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person with a browser that runs no JavaScript, over real HTTP: it keeps cookies,
 * follows redirects, reads each page as served and posts a form as a browser would, with
 * the hidden fields and CSRF token the page carries and nothing the page does not. So a
 * form that would fail in a browser fails its test.
 *
 * <p>
 * Every HTML page it receives is checked by {@link PageChecks}: no message key showing
 * through, no POST form without its CSRF token, no field error without text, no internal
 * code shown as text.
 */
public final class Visitor {

	private final String origin;

	private final HttpClient http;

	private String acceptLanguage = "en-GB,en;q=0.8";

	private boolean checkCodes = true;

	private List<String> problems;

	private Visitor(int port) {
		this.origin = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A new visitor with no cookies, as a fresh browser profile. */
	public static Visitor at(int port) {
		return new Visitor(port);
	}

	/**
	 * Chooses a language the way a person does: with the switcher, whose choice a cookie
	 * keeps.
	 */
	public Visitor speaking(String language) {
		Page page = open("/?lang=" + language);
		assertThat(page.document().selectFirst("html").attr("lang")).isEqualTo(language);
		return this;
	}

	/**
	 * What the browser says it prefers before any choice (the Accept-Language header).
	 */
	public Visitor preferring(String acceptLanguage) {
		this.acceptLanguage = acceptLanguage;
		return this;
	}

	/**
	 * For pages that show what someone typed on purpose in capitals or as JSON
	 * (hostile-content tests): the other checks still run.
	 */
	public Visitor notCheckingCodes() {
		this.checkCodes = false;
		return this;
	}

	/**
	 * Collects what {@link PageChecks} finds instead of failing at once: for walks that
	 * report every problem.
	 */
	public Visitor reportingTo(List<String> problems) {
		this.problems = problems;
		return this;
	}

	/**
	 * The page at {@code path}, after following redirects, as the browser would show it.
	 */
	public Page open(String path) {
		return follow(get(path));
	}

	/** One GET, redirects not followed. */
	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/**
	 * Signs in through the sign-in page, with the code step when the account has a second
	 * factor.
	 */
	public Page signIn(String email, String password) {
		Page signedIn = open("/staff/login").form("form[action$='/staff/login']")
			.fill("username", email)
			.fill("password", password)
			.submitAndFollow();
		assertThat(signedIn.path()).as("signed in as " + email).doesNotStartWith("/staff/login?error");
		return signedIn;
	}

	public Page signIn(StaffSignInSupport.Account account) {
		Page afterPassword = signIn(account.email(), account.password());
		if (!afterPassword.path().startsWith("/staff/login/code")) {
			return afterPassword;
		}
		Page signedIn = afterPassword.form("form[action$='/staff/login/code']")
			.fill("code", account.codeNow())
			.submitAndFollow();
		assertThat(signedIn.path()).as(() -> "signed in with a code as " + account.email() + ": " + signedIn.text())
			.doesNotStartWith("/staff/login");
		return signedIn;
	}

	/** Follows redirects, as a browser does, for at most ten steps. */
	Page follow(Page page) {
		Page current = page;
		for (int step = 0; current.isRedirect(); step++) {
			assertThat(step).as("redirect loop from " + page.path()).isLessThan(10);
			current = get(current.location());
		}
		return current;
	}

	Page post(String action, List<Map.Entry<String, String>> fields) {
		String body = encoded(fields);
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", origin)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** A file chosen in a form: its name on the person's computer and its bytes. */
	public record Attachment(String fileName, byte[] content) {
	}

	/**
	 * As a browser posts a form with {@code enctype="multipart/form-data"}: each field a
	 * part, each file field a part with its file name (an empty one when none was
	 * chosen).
	 */
	Page postMultipart(String action, List<Map.Entry<String, String>> fields, Map<String, Attachment> files) {
		String boundary = "----PortalVisitor" + Long.toHexString(System.nanoTime());
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		for (Map.Entry<String, Attachment> file : files.entrySet()) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
							+ file.getValue().fileName().replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
							+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue().content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Origin", origin)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http
				.send(request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
					.header("Accept-Language", acceptLanguage)
					.timeout(Duration.ofSeconds(60))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(this, response);
			if (page.isHtml()) {
				if (problems == null) {
					PageChecks.assertSound(page, checkCodes);
				}
				else {
					String language = page.document().selectFirst("html").attr("lang");
					PageChecks.problems(page, checkCodes)
						.forEach(problem -> problems.add(language + " " + page + ": " + problem));
				}
			}
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : origin + pathOrUrl);
	}

	String origin() {
		return origin;
	}

	/** As a browser encodes a form: {@code application/x-www-form-urlencoded}, UTF-8. */
	static String encoded(List<Map.Entry<String, String>> fields) {
		return fields.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
