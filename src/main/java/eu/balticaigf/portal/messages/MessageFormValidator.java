package eu.balticaigf.portal.messages;

import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

/**
 * The message form's rules, each problem written next to its field: English subject and
 * text are required (every other language falls back to them); another language gives
 * both or neither; a filter takes only the values offered.
 */
final class MessageFormValidator {

	static final int SUBJECT_MAX = 200;

	static final int BODY_MAX = 20_000;

	private MessageFormValidator() {
	}

	static void validate(MessageForm form, List<Audiences.FilterField> filters, Errors errors) {
		if (form.key() == null || form.key().isBlank() || form.key().length() > 100) {
			errors.reject("messages.error.key");
		}
		Map<String, String> chosen = form.filter();
		for (Audiences.FilterField filter : filters) {
			String value = chosen.get(filter.name());
			if (value != null && filter.options().stream().noneMatch(option -> option.value().equals(value))) {
				errors.rejectValue(filter.name(), "messages.error.filter");
			}
		}
		Map<String, String> fields = form.fields();
		for (String language : MessageForm.LANGUAGES) {
			String subjectField = MessageForm.subjectField(language);
			String bodyField = MessageForm.bodyField(language);
			String subject = fields.get(subjectField).strip();
			String body = fields.get(bodyField).strip();
			if (language.equals(MessageTexts.ENGLISH)) {
				if (subject.isEmpty()) {
					errors.rejectValue(subjectField, "messages.error.subject.required");
				}
				if (body.isEmpty()) {
					errors.rejectValue(bodyField, "messages.error.body.required");
				}
			}
			else if (subject.isEmpty() != body.isEmpty()) {
				errors.rejectValue(subject.isEmpty() ? subjectField : bodyField,
						subject.isEmpty() ? "messages.error.subject.pair" : "messages.error.body.pair");
			}
			if (subject.length() > SUBJECT_MAX) {
				errors.rejectValue(subjectField, "messages.error.subject.long", new Object[] { SUBJECT_MAX }, null);
			}
			if (body.length() > BODY_MAX) {
				errors.rejectValue(bodyField, "messages.error.body.long", new Object[] { BODY_MAX }, null);
			}
		}
	}

}
