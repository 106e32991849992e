import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline-surge load driver: N simulated applicants, each doing what a browser does (GET the form, POST the
 * answers, POST the check page, read the reference on the confirmation) in a loop for a fixed time. Run it with
 * {@code java bench/SurgeDriver.java journey BASE_URL CALL_SLUG USERS SECONDS REFS_FILE OFFSET} or
 * {@code java bench/SurgeDriver.java get URL USERS SECONDS}. It prints one line of key=value figures.
 * {@code java bench/SurgeDriver.java register BASE_URL MEETING_SLUG USERS SECONDS OUT_FILE OFFSET} registers for a
 * meeting in the same way and writes "e-mail status" for every confirmation page it was served (scripts/crash.sh,
 * scripts/two-nodes.sh). {@code java bench/SurgeDriver.java split BASE_A BASE_B CALL_SLUG N} does one journey split across
 * two nodes as one browser (one cookie jar): the form from A, the answers to B, the check page's submit to A; it prints
 * {@code reference=…} or the error and exits non-zero (scripts/two-nodes.sh). With {@code -DpauseOnErrorMs=N} a user waits that long after a failed attempt, so a
 * driver does not spin while the portal is down on purpose.
 *
 * <p>It knows nothing of the portal's internals: it reads the forms' actions and hidden fields from the HTML, so
 * it takes exactly the path a real user takes (CSRF cookie and token, bot timer, draft id).
 */
public class SurgeDriver {

	private static final Pattern FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private static final Pattern REFERENCE = Pattern.compile("id=\"application-reference\"[^>]*>\\s*([^<\\s]+)");

	private static final Pattern SUBMIT_BUTTON = Pattern.compile("<button[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>",
			Pattern.CASE_INSENSITIVE);

	/** The registration's status code, from the element that shows it in words: {@code data-status} (DESIGN §4). */
	private static final Pattern REGISTRATION_STATUS = Pattern
		.compile("<[^>]*id=\"registration-status\"[^>]*>");

	private static final Pattern DATA_STATUS = Pattern.compile("data-status=\"([A-Z]+)\"");

	private static final long PAUSE_ON_ERROR_MS = Long.getLong("pauseOnErrorMs", 0);

	record Sample(String step, long nanos, boolean ok) {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("get")) {
			get(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
		}
		else if (args[0].equals("split")) {
			split(args[1], args[2], args[3], Long.parseLong(args[4]));
		}
		else if (args[0].equals("capture")) {
			capture(args[1], args[2], Long.parseLong(args[3]), Path.of(args[4]));
		}
		else if (args[0].equals("static-journey")) {
			staticJourneys(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					List.of(args).subList(4, args.length));
		}
		else if (args[0].equals("open-loop")) {
			openLoop(args[1], args[2], Double.parseDouble(args[3]), Integer.parseInt(args[4]), Path.of(args[5]),
					Long.parseLong(args[6]));
		}
		else if (args[0].equals("register")) {
			registrations(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]),
					Long.parseLong(args[6]));
		}
		else {
			journeys(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]),
					Long.parseLong(args[6]));
		}
	}

	static void get(String url, int users, int seconds) throws Exception {
		URI target = URI.create(url);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		run(users, () -> {
			Connection connection = new Connection(target);
			while (System.nanoTime() < end) {
				long start = System.nanoTime();
				try {
					if (connection.exchange("GET", target.getRawPath(), "", null).status() != 200) {
						errors.incrementAndGet();
					}
				}
				catch (IOException ex) {
					errors.incrementAndGet();
				}
				latencies.add(System.nanoTime() - start);
			}
			connection.close();
		});
		System.out.printf("requests=%d rate=%.1f p50=%.1f p99=%.1f errors=%d driver_cpu_ms=%d%n", latencies.size(),
				latencies.size() / (double) seconds, percentile(latencies, 50), percentile(latencies, 99), errors.get(),
				driverCpuMillis);
	}

	static void journeys(String base, String slug, int users, int seconds, Path refsFile, long offset) throws Exception {
		Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
		List<String> references = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		AtomicLong counter = new AtomicLong(offset);
		List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		URI origin = URI.create(base);
		run(users, () -> {
			// Each user keeps one connection open, as a browser does, and starts every journey with no cookies.
			Connection connection = new Connection(origin);
			while (System.nanoTime() < end) {
				try {
					String reference = journey(new Browser(connection), slug, counter.incrementAndGet(), latencies);
					references.add(reference);
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					if (errorSamples.size() < 5) {
						errorSamples.add(String.valueOf(ex.getMessage()));
					}
					pauseAfterError();
				}
			}
			connection.close();
		});
		Files.write(refsFile, references);
		StringBuilder line = new StringBuilder(String.format("journeys=%d rate=%.1f errors=%d", references.size(),
				references.size() / (double) seconds, errors.get()));
		double worstP99 = 0;
		for (String step : List.of("form", "answers", "submit")) {
			List<Long> values = latencies.getOrDefault(step, List.of());
			double p99 = percentile(values, 99);
			worstP99 = Math.max(worstP99, p99);
			line.append(String.format(" %s_p50=%.1f %s_p95=%.1f %s_p99=%.1f", step, percentile(values, 50), step,
					percentile(values, 95), step, p99));
		}
		line.append(String.format(" p99=%.1f driver_cpu_ms=%d", worstP99, driverCpuMillis));
		System.out.println(line);
		errorSamples.forEach(sample -> System.err.println("error: " + sample));
	}

	/**
	 * One application journey, recorded: every response's body (a redirect's is empty) is written to
	 * {@code DIR/journey-N.html} in the order received, for the static journey; then a second journey stopped
	 * before its submit, whose check page stays servable. Prints the check page's and the confirmation's paths.
	 */
	static void capture(String base, String slug, long n, Path dir) throws Exception {
		Files.createDirectories(dir);
		Connection connection = new Connection(URI.create(base));
		Browser browser = new Browser(connection).recording();
		journey(browser, slug, n, new ConcurrentHashMap<>());
		for (int i = 0; i < browser.received.size(); i++) {
			Files.writeString(dir.resolve("journey-" + (i + 1) + ".html"), browser.received.get(i).body());
		}
		String confirmation = browser.received.get(browser.received.size() - 1).path();
		Browser unsubmitted = new Browser(connection).recording();
		String formPath = "/calls/" + slug + "/apply";
		String form = unsubmitted.get(formPath);
		Map<String, String> fields = hiddenFields(form);
		fields.putAll(answers(n + 1));
		unsubmitted.post(action(form, formPath), fields);
		String check = unsubmitted.received.get(unsubmitted.received.size() - 1).path();
		connection.close();
		System.out.println("responses=" + browser.received.size() + " check=" + check + " confirmation=" + confirmation);
	}

	/**
	 * The static journey: each user fetches the same files, in order, as fast as it can; one pass is one journey.
	 * The ceiling against which the application journey is measured: the same bytes, no work.
	 */
	static void staticJourneys(String base, int users, int seconds, List<String> paths) throws Exception {
		URI origin = URI.create(base);
		AtomicLong journeys = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		run(users, () -> {
			Connection connection = new Connection(origin);
			while (System.nanoTime() < end) {
				try {
					for (String path : paths) {
						if (connection.exchange("GET", path, "", null).status() != 200) {
							throw new IllegalStateException(path);
						}
					}
					journeys.incrementAndGet();
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
			}
			connection.close();
		});
		System.out.printf("journeys=%d rate=%.1f errors=%d driver_cpu_ms=%d%n", journeys.get(),
				journeys.get() / (double) seconds, errors.get(), driverCpuMillis);
	}

	/**
	 * Open loop: applicants arrive on a schedule ({@code rate} a second, evenly spaced), whether or not the earlier
	 * ones are done, as people do; each arrival is a new browser on its own connection. A closed loop of users who
	 * never pause hides queueing: here a slow portal makes requests wait and the percentiles show it. Prints the
	 * percentiles of every request of every journey, and how many arrivals started late (the driver's own limit).
	 */
	static void openLoop(String base, String slug, double rate, int seconds, Path refsFile, long offset)
			throws Exception {
		URI origin = URI.create(base);
		Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
		List<Long> all = Collections.synchronizedList(new ArrayList<>());
		List<String> references = Collections.synchronizedList(new ArrayList<>());
		List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		AtomicLong late = new AtomicLong();
		int arrivals = (int) Math.round(rate * seconds);
		long interval = (long) (1_000_000_000L / rate);
		long cpuBefore = cpuMillis();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
		long start = System.nanoTime();
		for (int i = 0; i < arrivals; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				java.util.concurrent.locks.LockSupport.parkNanos(wait);
			}
			else if (wait < -10_000_000L) {
				late.incrementAndGet();
			}
			long n = offset + i;
			pool.execute(() -> {
				Connection connection = new Connection(origin);
				try {
					Map<String, List<Long>> mine = new LinkedHashMap<>();
					references.add(journey(new Browser(connection), slug, n, mine));
					mine.forEach((step, values) -> {
						latencies.computeIfAbsent(step, key -> Collections.synchronizedList(new ArrayList<>()))
							.addAll(values);
						all.addAll(values);
					});
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					if (errorSamples.size() < 5) {
						errorSamples.add(String.valueOf(ex.getMessage()));
					}
				}
				finally {
					connection.close();
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
		long elapsedNanos = System.nanoTime() - start;
		Files.write(refsFile, references);
		StringBuilder line = new StringBuilder(String.format(
				"arrivals=%d journeys=%d offered_rate=%.1f achieved_rate=%.1f errors=%d late_starts=%d p50=%.1f p99=%.1f max=%.1f",
				arrivals, references.size(), rate, references.size() / (elapsedNanos / 1e9), errors.get(), late.get(),
				percentile(all, 50), percentile(all, 99), percentile(all, 100)));
		for (String step : List.of("form", "answers", "submit")) {
			line.append(String.format(" %s_p99=%.1f", step, percentile(latencies.getOrDefault(step, List.of()), 99)));
		}
		line.append(" driver_cpu_ms=").append(cpuMillis() - cpuBefore);
		System.out.println(line);
		errorSamples.forEach(sample -> System.err.println("error: " + sample));
	}

	static void pauseAfterError() {
		try {
			Thread.sleep(PAUSE_ON_ERROR_MS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Meeting registrations for a fixed time; each served confirmation page is recorded as "e-mail status". */
	static void registrations(String base, String slug, int users, int seconds, Path outFile, long offset)
			throws Exception {
		List<String> served = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		AtomicLong counter = new AtomicLong(offset);
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		URI origin = URI.create(base);
		String formPath = "/meetings/" + slug + "/register";
		run(users, () -> {
			Connection connection = new Connection(origin);
			while (System.nanoTime() < end) {
				long n = counter.incrementAndGet();
				String email = "seat" + n + "@example.lt";
				try {
					Browser browser = new Browser(connection);
					String form = browser.get(formPath);
					Map<String, String> fields = hiddenFields(form);
					fields.put("fullName", "Seat Test " + n);
					fields.put("email", email);
					fields.put("organisationName", "Seat Test UAB");
					fields.put("attendance", "IN_PERSON");
					fields.put("consentPrivacy", "true");
					String page = browser.post(action(form, formPath), fields);
					served.add(email + " " + registrationStatus(page));
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					pauseAfterError();
				}
			}
			connection.close();
		});
		Files.write(outFile, served);
		System.out.printf("registrations=%d confirmed=%d waitlisted=%d errors=%d%n", served.size(),
				served.stream().filter(line -> line.endsWith(" CONFIRMED")).count(),
				served.stream().filter(line -> line.endsWith(" WAITLISTED")).count(), errors.get());
	}

	/** The status code the registration page shows (in words, with the code in data-status). */
	static String registrationStatus(String page) {
		Matcher element = REGISTRATION_STATUS.matcher(page);
		Matcher status = element.find() ? DATA_STATUS.matcher(element.group()) : null;
		if (status == null || !status.find()) {
			throw new IllegalStateException("no status on the registration page: " + snippet(page));
		}
		return status.group(1);
	}

	/**
	 * One applicant whose requests a load balancer without sticky sessions sends to different nodes: the form's
	 * signed stamp and CSRF token must hold on the other node.
	 */
	static void split(String baseA, String baseB, String slug, long n) throws Exception {
		Connection a = new Connection(URI.create(baseA));
		Connection b = new Connection(URI.create(baseB));
		Browser onA = new Browser(a);
		try {
			System.out.println("reference=" + journey(onA, onA.on(b), onA, slug, n, new ConcurrentHashMap<>()));
		}
		catch (Exception ex) {
			System.out.println("error: " + ex.getMessage());
			System.exit(1);
		}
		finally {
			a.close();
			b.close();
		}
	}

	/** One applicant: the form, the answers, the check page's submit, the reference. */
	static String journey(Browser browser, String slug, long n, Map<String, List<Long>> latencies) throws Exception {
		return journey(browser, browser, browser, slug, n, latencies);
	}

	/** The same journey, each step sent through its own browser (they may share cookies but not the node). */
	static String journey(Browser formBrowser, Browser answersBrowser, Browser submitBrowser, String slug, long n,
			Map<String, List<Long>> latencies) throws Exception {
		String formPath = "/calls/" + slug + "/apply";
		String form = timed("form", latencies, () -> formBrowser.get(formPath));
		Map<String, String> fields = hiddenFields(form);
		fields.putAll(answers(n));
		String check = timed("answers", latencies, () -> answersBrowser.post(action(form, formPath), fields));
		if (check.contains("govuk-error-summary")) {
			throw new IllegalStateException("answers refused: " + snippet(check));
		}
		Map<String, String> confirm = hiddenFields(check);
		Matcher button = SUBMIT_BUTTON.matcher(check);
		while (button.find()) {
			if (button.group(1).toLowerCase().contains("submit") || button.group(2).toLowerCase().contains("submit")) {
				confirm.put(button.group(1), button.group(2));
			}
		}
		String confirmation = timed("submit", latencies, () -> submitBrowser.post(action(check, formPath), confirm));
		Matcher reference = REFERENCE.matcher(confirmation);
		if (!reference.find()) {
			throw new IllegalStateException("no reference on the confirmation: " + snippet(confirmation));
		}
		return reference.group(1);
	}

	/** A realistic, valid application; the registry code is unique per journey (LT codes are 9 digits). */
	static Map<String, String> answers(long n) {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("organisationName", "Surge Test UAB Nr. " + n);
		answers.put("country", "LT");
		answers.put("registryCode", String.format("%09d", n));
		answers.put("category", "TECHNOLOGY_PROVIDER");
		answers.put("organisationSize", "SMALL");
		answers.put("contactName", "Ona Bandomoji");
		answers.put("contactEmail", "surge" + n + "@example.lt");
		answers.put("contributionAreas", "COMPUTE_HARDWARE");
		answers.put("investmentIntentEur", "1 500 000");
		answers.put("computeDemandGpuHours", "250000");
		answers.put("description", "We build and operate GPU clusters for research and industry in the Baltic states and "
				+ "want to contribute hardware and operations know-how.");
		answers.put("consentPrivacy", "true");
		return answers;
	}

	/** What a browser adds to plain HTTP here: its own cookies, and following redirects with them. */
	static final class Browser {

		private final Connection connection;

		private final Map<String, String> cookies;

		/** Every response this browser received, in order, when recording (capture mode). */
		private List<Response> received;

		Browser(Connection connection) {
			this(connection, new LinkedHashMap<>());
		}

		Browser recording() {
			received = new ArrayList<>();
			return this;
		}

		private Browser(Connection connection, Map<String, String> cookies) {
			this.connection = connection;
			this.cookies = cookies;
		}

		/** The same browser (same cookies) talking to another server, as behind a load balancer. */
		Browser on(Connection other) {
			return new Browser(other, cookies);
		}

		String get(String path) throws IOException {
			return send("GET", path, null);
		}

		String post(String path, Map<String, String> fields) throws IOException {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return send("POST", path, body.toString());
		}

		private String send(String method, String path, String form) throws IOException {
			for (int hop = 0; hop < 5; hop++) {
				StringBuilder cookieHeader = new StringBuilder();
				cookies.forEach((name, value) -> cookieHeader.append(cookieHeader.isEmpty() ? "" : "; ").append(name).append('=').append(value));
				Response response = connection.exchange(method, path, cookieHeader.toString(), form);
				if (received != null) {
					received.add(response);
				}
				for (String cookie : response.cookies()) {
					String pair = cookie.split(";", 2)[0];
					int eq = pair.indexOf('=');
					cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
				}
				if (response.status() >= 300 && response.status() < 400) {
					path = pathOf(URI.create(path).resolve(response.location()));
					method = "GET";
					form = null;
					continue;
				}
				if (response.status() >= 400) {
					throw new IllegalStateException(method + " " + path + " -> " + response.status());
				}
				return response.body();
			}
			throw new IllegalStateException("too many redirects");
		}

	}

	/** The path and query of a link, absolute or relative: the connection already knows the server. */
	static String pathOf(URI link) {
		return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
	}

	record Response(int status, String location, List<String> cookies, String body, String path) {
	}

	/**
	 * One kept-alive HTTP/1.1 connection on a plain blocking socket. The JDK's HttpClient cost the driver as much CPU
	 * per request as the portal spent serving it; this costs a fraction, leaving the shared cores to the portal.
	 */
	static final class Connection {

		private final String host;

		private final int port;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		Connection(URI origin) {
			this.host = origin.getHost();
			this.port = origin.getPort();
		}

		/** The path of the request being answered, for the response that names it. */
		private String requested;

		Response exchange(String method, String path, String cookies, String form) throws IOException {
			requested = path;
			if (socket == null) {
				socket = new Socket(host, port);
				socket.setTcpNoDelay(true);
				socket.setSoTimeout(30_000);
				in = new BufferedInputStream(socket.getInputStream(), 65536);
				out = new BufferedOutputStream(socket.getOutputStream(), 16384);
			}
			try {
				byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
				StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
					.append(host).append(':').append(port).append("\r\nAccept: text/html\r\n");
				if (!cookies.isEmpty()) {
					head.append("Cookie: ").append(cookies).append("\r\n");
				}
				if (form != null) {
					head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
				}
				out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				return read();
			}
			catch (IOException ex) {
				close();
				throw ex;
			}
		}

		private Response read() throws IOException {
			int status = Integer.parseInt(line().split(" ", 3)[1]);
			String location = null;
			List<String> cookies = new ArrayList<>();
			long length = -1;
			boolean chunked = false;
			boolean closing = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).strip().toLowerCase();
				String value = header.substring(colon + 1).strip();
				switch (name) {
					case "location" -> location = value;
					case "set-cookie" -> cookies.add(value);
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
					case "connection" -> closing = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (chunked) {
				for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
					body.write(in.readNBytes(size));
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length > 0) {
				body.write(in.readNBytes((int) length));
			}
			if (closing) {
				close();
			}
			return new Response(status, location, cookies, body.toString(StandardCharsets.UTF_8), requested);
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new EOFException("connection closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		void close() {
			try {
				if (socket != null) {
					socket.close();
				}
			}
			catch (IOException ignored) {
				// already gone
			}
			socket = null;
		}

	}

	/** The hidden fields of the page's main (last) POST form, CSRF token included. */
	static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher forms = FORM.matcher(html);
		String last = html;
		while (forms.find()) {
			last = forms.group(1);
		}
		Matcher hidden = HIDDEN.matcher(last);
		while (hidden.find()) {
			Matcher name = NAME.matcher(hidden.group());
			Matcher value = VALUE.matcher(hidden.group());
			if (name.find()) {
				fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
			}
		}
		return fields;
	}

	static String action(String html, String fallback) {
		Matcher action = ACTION.matcher(html);
		String found = null;
		while (action.find()) {
			found = action.group(1).replace("&amp;", "&");
		}
		return found == null ? fallback : pathOf(URI.create(found));
	}

	interface Step {

		String run() throws Exception;

	}

	static String timed(String step, Map<String, List<Long>> latencies, Step work) throws Exception {
		long start = System.nanoTime();
		String result = work.run();
		latencies.computeIfAbsent(step, key -> Collections.synchronizedList(new ArrayList<>()))
			.add(System.nanoTime() - start);
		return result;
	}

	/** CPU time this driver spent in its last {@link #run}: it shares the cores with the portal it measures. */
	static long driverCpuMillis;

	static void run(int users, Runnable user) throws InterruptedException {
		long cpuBefore = cpuMillis();
		CountDownLatch done = new CountDownLatch(users);
		for (int i = 0; i < users; i++) {
			Thread thread = new Thread(() -> {
				try {
					user.run();
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
		driverCpuMillis = cpuMillis() - cpuBefore;
	}

	static long cpuMillis() {
		return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
	}

	static double percentile(List<Long> nanos, int p) {
		if (nanos.isEmpty()) {
			return 0;
		}
		List<Long> sorted;
		synchronized (nanos) {
			sorted = new ArrayList<>(nanos);
		}
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(index, 0)) / 1_000_000.0;
	}

	static String snippet(String html) {
		String text = html.replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ");
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

}
