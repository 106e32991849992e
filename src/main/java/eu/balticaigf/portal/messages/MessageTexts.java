package eu.balticaigf.portal.messages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A message's subject and text by language code. English is always there; a language
 * without its own subject gets the English subject and text, so nobody receives half of
 * one language and half of another.
 */
record MessageTexts(Map<String, String> subjects, Map<String, String> bodies) {

	static final String ENGLISH = "en";

	/** Whether the language has its own text (else its readers get the English one). */
	boolean written(String language) {
		String subject = subjects.get(language);
		return subject != null && !subject.isBlank();
	}

	String subject(String language) {
		return subjects.get(written(language) ? language : ENGLISH).strip();
	}

	String body(String language) {
		return bodies.get(written(language) ? language : ENGLISH).strip();
	}

	/** The text's paragraphs (separated by a blank line), for the HTML part. */
	static List<String> paragraphs(String body) {
		return Arrays.stream(body.strip().split("\\R\\s*\\R")).map(String::strip).toList();
	}

}
