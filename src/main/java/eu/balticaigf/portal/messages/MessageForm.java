package eu.balticaigf.portal.messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The message form as posted: Strings only, so a tampered value is a field error, never a
 * binding failure. The same fields travel as hidden inputs from the preview to the send
 * button, so what is sent is what was previewed.
 *
 * @param key the idempotency key, chosen when the form is first shown: sending twice with
 * it sends once
 * @param status the stage of an application or the status of a registration (empty: any
 * but withdrawn or cancelled)
 */
record MessageForm(String key, String status, String country, String category, String attendance, String subjectEn,
		String bodyEn, String subjectLt, String bodyLt, String subjectPl, String bodyPl, String subjectLv,
		String bodyLv, String subjectEt, String bodyEt) {

	/**
	 * English first: it is the one required, and every other language falls back to it.
	 */
	static final List<String> LANGUAGES = List.of("en", "lt", "pl", "lv", "et");

	static final List<String> FILTERS = List.of("status", "country", "category", "attendance");

	static MessageForm empty(String key) {
		return new MessageForm(key, "", "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	/** The filter's chosen values by field, trimmed; fields left empty are left out. */
	Map<String, String> filter() {
		Map<String, String> filter = new LinkedHashMap<>();
		List<String> values = java.util.Arrays.asList(status, country, category, attendance);
		for (int i = 0; i < FILTERS.size(); i++) {
			if (values.get(i) != null && !values.get(i).isBlank()) {
				filter.put(FILTERS.get(i), values.get(i).strip());
			}
		}
		return filter;
	}

	MessageTexts texts() {
		Map<String, String> subjects = new LinkedHashMap<>();
		Map<String, String> bodies = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			subjects.put(language, orEmpty(fields().get(subjectField(language))));
			bodies.put(language, orEmpty(fields().get(bodyField(language))));
		}
		return new MessageTexts(subjects, bodies);
	}

	/** Every field by name, as the form posts it (the preview's hidden inputs). */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("status", status);
		fields.put("country", country);
		fields.put("category", category);
		fields.put("attendance", attendance);
		List<String> texts = java.util.Arrays.asList(subjectEn, bodyEn, subjectLt, bodyLt, subjectPl, bodyPl, subjectLv,
				bodyLv, subjectEt, bodyEt);
		for (int i = 0; i < LANGUAGES.size(); i++) {
			fields.put(subjectField(LANGUAGES.get(i)), texts.get(2 * i));
			fields.put(bodyField(LANGUAGES.get(i)), texts.get(2 * i + 1));
		}
		fields.replaceAll((name, value) -> orEmpty(value));
		return fields;
	}

	static String subjectField(String language) {
		return "subject" + capitalised(language);
	}

	static String bodyField(String language) {
		return "body" + capitalised(language);
	}

	private static String capitalised(String language) {
		return language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
