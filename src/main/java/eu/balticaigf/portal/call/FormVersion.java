package eu.balticaigf.portal.call;

import java.util.List;
import java.util.Optional;

/**
 * One published version of a call's application form: the questions it asked, in order. A
 * submission keeps the version it answered, so its answers are always shown with the
 * labels it was given; a later version never changes them.
 */
public record FormVersion(long callId, int version, List<Question> questions) {

	public FormVersion {
		questions = List.copyOf(questions);
	}

	/** A form without questions of its own (the fixed fields only). */
	public static FormVersion none(long callId, int version) {
		return new FormVersion(callId, version, List.of());
	}

	public Optional<Question> question(String key) {
		return questions.stream().filter(question -> question.key().equals(key)).findFirst();
	}

}
