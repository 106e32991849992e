package eu.balticaigf.portal.call;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's figure (a benchmark, not a timed test; {@code bench/call-form.sh} runs it):
 * the form page of a call with 30 questions of its own against the same form without
 * them, in the same run, printed as a ratio (goal: at most 1.5). Requests alternate
 * between the two pages after a warm-up; each figure is the median time of a request.
 */
@EnabledIfSystemProperty(named = "bench.call-form", matches = "true")
class CallFormBenchTests extends PortalIntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	CallRepository calls;

	@Test
	void formWithThirtyQuestionsAgainstTheFixedForm() throws Exception {
		Instant opens = Instant.now().minus(1, ChronoUnit.DAYS);
		Instant closes = Instant.now().plus(10, ChronoUnit.DAYS);
		String plain = call("bench-plain-" + System.nanoTime(), opens, closes, List.of());
		List<Question> questions = new ArrayList<>();
		Question.Type[] types = Question.Type.values();
		for (int i = 0; i < 30; i++) {
			Question.Type type = types[i % (types.length - 1)];
			List<Question.Choice> choices = type == Question.Type.SINGLE_CHOICE || type == Question.Type.MULTIPLE_CHOICE
					? List.of(new Question.Choice("A", texts("Choice A")), new Question.Choice("B", texts("Choice B")),
							new Question.Choice("C", texts("Choice C")))
					: List.of();
			questions.add(new Question("q" + i, type, i % 2 == 0, texts("Question " + i), texts("Help " + i),
					type == Question.Type.NUMBER ? "MW" : null, null, null, choices, null));
		}
		String asking = call("bench-questions-" + System.nanoTime(), opens, closes, questions);

		HttpClient client = HttpClient.newHttpClient();
		int warmUp = Integer.getInteger("bench.warmup", 300);
		int runs = Integer.getInteger("bench.runs", 1000);
		for (int i = 0; i < warmUp; i++) {
			time(client, plain);
			time(client, asking);
		}
		long[] plainTimes = new long[runs];
		long[] askingTimes = new long[runs];
		for (int i = 0; i < runs; i++) {
			plainTimes[i] = time(client, plain);
			askingTimes[i] = time(client, asking);
		}
		double plainMedian = median(plainTimes) / 1e6;
		double askingMedian = median(askingTimes) / 1e6;
		System.out.printf("call-form: fixed form %.3f ms, with 30 questions %.3f ms, ratio %.2f (goal <= 1.5)%n",
				plainMedian, askingMedian, askingMedian / plainMedian);
		assertThat(askingMedian).isPositive();
	}

	private String call(String slug, Instant opens, Instant closes, List<Question> questions) {
		long id = calls
			.insert(new Call(0, slug, texts("Bench call"), opens, closes, java.time.ZoneId.of("Europe/Vilnius"),
					java.math.BigDecimal.valueOf(1_000_000), java.math.BigDecimal.valueOf(50), 0, null, false, null,
					Call.State.PUBLISHED, 1))
			.orElseThrow();
		if (!questions.isEmpty()) {
			calls.saveQuestions(id, questions);
			calls.publishForm(id, 1, questions, Instant.now(), null);
		}
		return "http://localhost:" + port + "/calls/" + slug + "/apply?lang=en";
	}

	private static long time(HttpClient client, String url) throws Exception {
		long start = System.nanoTime();
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		long took = System.nanoTime() - start;
		assertThat(response.statusCode()).isEqualTo(200);
		return took;
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static Map<String, String> texts(String text) {
		return Map.of("lt", text, "en", text, "pl", text, "lv", text, "et", text);
	}

}
