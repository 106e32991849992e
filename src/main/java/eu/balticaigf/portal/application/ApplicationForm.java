package eu.balticaigf.portal.application;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application form as posted: every field of DESIGN.md §4 with all the values that
 * came for it, nothing else. Kept raw (not bound to typed fields) so that a tampered or
 * repeated value becomes a field error instead of a binding failure, and so that the
 * draft can be stored and shown again exactly as the person typed it.
 */
public record ApplicationForm(Map<String, List<String>> values) {

	static final List<String> SINGLE_FIELDS = List.of("organisationName", "country", "registryCode", "vatNumber", "pic",
			"website", "category", "organisationSize", "contactName", "contactEmail", "contactPhone",
			"investmentIntentEur", "computeDemandGpuHours", "description", "consentPrivacy", "consentDirectory");

	static final String CONTRIBUTION_AREAS = "contributionAreas";

	private static final java.util.regex.Pattern QUESTION_FIELD = java.util.regex.Pattern
		.compile("q\\.[a-z][A-Za-z0-9]{0,39}");

	/** More questions than any call asks: the rest of a tampered post is not kept. */
	private static final int MAX_QUESTIONS = 200;

	/**
	 * Beyond this many characters a field is cut before it is stored: nobody types a
	 * novel into a form field.
	 */
	private static final int MAX_STORED = 8000;

	public ApplicationForm {
		values = Map.copyOf(values);
	}

	static ApplicationForm empty() {
		return new ApplicationForm(Map.of());
	}

	/**
	 * Keeps only the form's own fields; everything else in the request (CSRF token,
	 * buttons) is not ours.
	 */
	static ApplicationForm of(Map<String, ? extends List<String>> params) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		for (String field : SINGLE_FIELDS) {
			copy(params, field, kept);
		}
		copy(params, CONTRIBUTION_AREAS, kept);
		// The call's own questions (q.<key>); which keys the call asks is the validator's
		// to judge.
		params.keySet()
			.stream()
			.filter(field -> QUESTION_FIELD.matcher(field).matches())
			.limit(MAX_QUESTIONS)
			.forEach(field -> copy(params, field, kept));
		return new ApplicationForm(kept);
	}

	private static void copy(Map<String, ? extends List<String>> params, String field, Map<String, List<String>> into) {
		List<String> found = params.get(field);
		if (found != null && !found.isEmpty()) {
			List<String> cut = new ArrayList<>();
			for (String value : found) {
				if (value != null && cut.size() < 50) {
					cut.add(value.length() > MAX_STORED ? value.substring(0, MAX_STORED) : value);
				}
			}
			into.put(field, List.copyOf(cut));
		}
	}

	/** The first value of a field, or an empty string: what the form shows. */
	public String value(String field) {
		List<String> found = values.get(field);
		return found == null || found.isEmpty() ? "" : found.get(0);
	}

	public List<String> all(String field) {
		return values.getOrDefault(field, List.of());
	}

	public boolean has(String field, String value) {
		return all(field).contains(value);
	}

	/** URL-encoded, the way the browser posted it: the draft's storage format. */
	String encode() {
		return values.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue()
				.stream()
				.map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	static ApplicationForm decode(String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (encoded != null && !encoded.isEmpty()) {
			for (String pair : encoded.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String key = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
					String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
					values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
				}
			}
		}
		return of(values);
	}

}
