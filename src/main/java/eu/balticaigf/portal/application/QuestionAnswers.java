package eu.balticaigf.portal.application;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.balticaigf.portal.call.FormVersion;
import eu.balticaigf.portal.call.Question;

/**
 * The server-side rules of a call's own questions. A question shown only for an earlier
 * answer is judged only when that answer was given; otherwise whatever came for it is
 * dropped (the form shows every question without JavaScript and says when one applies).
 * Total, like {@link ApplicationValidator}: errors or answers, never an exception.
 */
final class QuestionAnswers {

	/** The form field of a question: {@code q.<key>}. */
	static final String PREFIX = "q.";

	static final int SHORT_MAX = 500;

	static final int LONG_MAX = 4000;

	record Result(Map<String, Object> answers, List<ApplicationValidator.FieldError> errors) {
	}

	private QuestionAnswers() {
	}

	static String field(Question question) {
		return PREFIX + question.key();
	}

	static Result validate(FormVersion form, ApplicationForm posted, Map<String, Map<String, Object>> files) {
		Map<String, Object> answers = new LinkedHashMap<>();
		List<ApplicationValidator.FieldError> errors = new ArrayList<>();
		for (Question question : form.questions()) {
			if (!asked(question, answers)) {
				continue;
			}
			String field = field(question);
			if (question.type() == Question.Type.FILE) {
				Map<String, Object> file = files.get(question.key());
				if (file != null) {
					answers.put(question.key(), file);
				}
				else if (question.required()) {
					errors.add(new ApplicationValidator.FieldError(field, "fileRequired"));
				}
				continue;
			}
			List<String> values = posted.all(field);
			Object answer = question.type() == Question.Type.MULTIPLE_CHOICE ? several(question, values, field, errors)
					: values.size() > 1 ? reject(errors, field, "single")
							: one(question, posted.value(field), field, errors);
			if (answer != null) {
				answers.put(question.key(), answer);
			}
			else if (question.required() && errors.stream().noneMatch(error -> error.field().equals(field))) {
				errors.add(new ApplicationValidator.FieldError(field, "required"));
			}
		}
		return new Result(answers, errors);
	}

	/**
	 * Whether a question is asked, given the answers to the questions before it: always
	 * when it depends on nothing.
	 */
	static boolean asked(Question question, Map<String, Object> answers) {
		if (question.shownWhen() == null) {
			return true;
		}
		Object given = answers.get(question.shownWhen().question());
		String wanted = question.shownWhen().answer();
		if (given instanceof Collection<?> many) {
			return many.stream().anyMatch(value -> wanted.equals(String.valueOf(value)));
		}
		return given != null && wanted.equals(String.valueOf(given));
	}

	private static Object one(Question question, String raw, String field,
			List<ApplicationValidator.FieldError> errors) {
		String value = ApplicationValidator.clean(raw);
		if (value.isEmpty()) {
			return null;
		}
		return switch (question.type()) {
			case SHORT_TEXT -> value.codePointCount(0, value.length()) > SHORT_MAX ? reject(errors, field, "length")
					: value.replaceAll("\\s+", " ");
			case LONG_TEXT -> value.codePointCount(0, value.length()) > LONG_MAX ? reject(errors, field, "length")
					: value.replace("\r\n", "\n");
			case NUMBER -> number(question, value, field, errors);
			case SINGLE_CHOICE -> question.values().contains(value) ? value : reject(errors, field, "choice");
			case YES_NO -> question.values().contains(value) ? Boolean.valueOf(value) : reject(errors, field, "choice");
			case DATE -> date(value, field, errors);
			case MULTIPLE_CHOICE, FILE -> throw new IllegalStateException("read by several() and from the files");
		};
	}

	private static Object several(Question question, List<String> values, String field,
			List<ApplicationValidator.FieldError> errors) {
		Set<String> chosen = new LinkedHashSet<>(values);
		chosen.removeIf(String::isEmpty);
		if (chosen.isEmpty()) {
			return null;
		}
		if (!question.values().containsAll(chosen)) {
			return reject(errors, field, "choice");
		}
		// In the question's order, whatever order the browser sent them in.
		return question.values().stream().filter(chosen::contains).toList();
	}

	private static Object number(Question question, String value, String field,
			List<ApplicationValidator.FieldError> errors) {
		BigDecimal number = parseNumber(value);
		if (number == null) {
			return reject(errors, field, "number");
		}
		if (question.min() != null && number.compareTo(question.min()) < 0) {
			return reject(errors, field, "min");
		}
		if (question.max() != null && number.compareTo(question.max()) > 0) {
			return reject(errors, field, "max");
		}
		return number;
	}

	/**
	 * A decimal as people type it: spaces between groups, a decimal comma or point, a
	 * minus sign.
	 */
	static BigDecimal parseNumber(String value) {
		String text = value.replaceAll("[\\s\\u00a0\\u202f]", "").replace('−', '-');
		if (text.indexOf('.') < 0) {
			text = text.replace(',', '.');
		}
		return text.matches("-?\\d{1,15}(\\.\\d{1,6})?") ? new BigDecimal(text) : null;
	}

	/** A date as a date field sends it (2026-03-01), or as people write it (1.3.2026). */
	private static Object date(String value, String field, List<ApplicationValidator.FieldError> errors) {
		try {
			if (value.matches("\\d{1,2}[./]\\d{1,2}[./]\\d{4}")) {
				String[] parts = value.split("[./]");
				return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]))
					.toString();
			}
			return LocalDate.parse(value).toString();
		}
		catch (DateTimeException ex) {
			return reject(errors, field, "date");
		}
	}

	private static Object reject(List<ApplicationValidator.FieldError> errors, String field, String code) {
		errors.add(new ApplicationValidator.FieldError(field, code));
		return null;
	}

}
