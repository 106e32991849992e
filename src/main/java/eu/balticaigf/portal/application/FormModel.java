package eu.balticaigf.portal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.call.FormVersion;
import eu.balticaigf.portal.call.Question;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * What the form template needs: the values as typed, the choices with their labels, and
 * each error's message in the reader's language.
 */
final class FormModel {

	private FormModel() {
	}

	/**
	 * One of the call's own questions as the form shows it: the field's name
	 * ({@code q.<key>}), its kind, label (with the unit of a number), hint (when it
	 * applies, then the help), the choices and what was typed or chosen.
	 */
	record QuestionField(String name, String kind, String label, String hint, List<Option> options, String value,
			List<String> chosen, String dependsOn, String dependsOnAnswer, String uploaded, boolean uploadable) {
	}

	static void add(Model model, ApplicationForm form, List<ApplicationValidator.FieldError> errors,
			MessageSource messages, FormVersion questions, Map<String, Map<String, Object>> files,
			boolean uploadsAccepted) {
		Locale locale = LocaleContextHolder.getLocale();
		FieldErrors problems = FieldErrors.none();
		for (ApplicationValidator.FieldError error : errors) {
			problems.add(error.field(), message(error, messages, locale, questions));
		}
		model.addAttribute("questions", questionFields(questions, form, files, uploadsAccepted, messages, locale));
		model.addAttribute("sendsFiles", uploadsAccepted
				&& questions.questions().stream().anyMatch(question -> question.type() == Question.Type.FILE));
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		List<CountryOption> countries = Choices.countries(locale);
		Map<String, List<Option>> groups = new LinkedHashMap<>();
		groups.put(messages.getMessage("application.country.consortium", null, locale),
				countryOptions(countries.subList(0, Choices.CONSORTIUM_COUNTRIES)));
		groups.put(messages.getMessage("application.country.others", null, locale),
				countryOptions(countries.subList(Choices.CONSORTIUM_COUNTRIES, countries.size())));
		model.addAttribute("countries", groups);
		model.addAttribute("categories", options(Choices.CATEGORIES, "application.category.", false, messages, locale));
		model.addAttribute("sizes", options(Choices.SIZES, "application.size.", true, messages, locale));
		model.addAttribute("areas", options(Choices.CONTRIBUTION_AREAS, "application.area.", false, messages, locale));
	}

	private static List<Option> countryOptions(List<CountryOption> countries) {
		return countries.stream().map(country -> new Option(country.code(), country.name())).toList();
	}

	private static List<Option> options(List<String> values, String prefix, boolean withHint, MessageSource messages,
			Locale locale) {
		return values.stream()
			.map(value -> new Option(value, messages.getMessage(prefix + value, null, locale),
					withHint ? messages.getMessage(prefix + value + ".hint", null, locale) : null))
			.toList();
	}

	private static List<QuestionField> questionFields(FormVersion form, ApplicationForm values,
			Map<String, Map<String, Object>> files, boolean uploadsAccepted, MessageSource messages, Locale locale) {
		List<QuestionField> fields = new java.util.ArrayList<>();
		for (Question question : form.questions()) {
			String label = question.unit() == null ? question.label(locale) : messages.getMessage(
					"application.question.withUnit", new Object[] { question.label(locale), question.unit() }, locale);
			List<String> hints = new java.util.ArrayList<>();
			if (question.shownWhen() != null) {
				form.question(question.shownWhen().question())
					.ifPresent(
							earlier -> hints.add(messages.getMessage("application.question.onlyIf",
									new Object[] { earlier.label(locale),
											choiceLabel(earlier, question.shownWhen().answer(), messages, locale) },
									locale)));
			}
			if (!question.required()) {
				hints.add(messages.getMessage("application.question.optional", null, locale));
			}
			if (question.help(locale) != null) {
				hints.add(question.help(locale));
			}
			if (question.type() == Question.Type.DATE) {
				hints.add(messages.getMessage("application.question.dateHint", null, locale));
			}
			if (question.type() == Question.Type.FILE) {
				hints.add(messages.getMessage("application.question.fileHint",
						new Object[] {
								QuestionUploads.kinds(question)
									.stream()
									.map(kind -> messages.getMessage(kind.label(), null, locale))
									.collect(java.util.stream.Collectors.joining(", ")),
								question.maxBytes() / (1024 * 1024) },
						locale));
			}
			Map<String, Object> file = files.get(question.key());
			List<Option> options = question.values()
				.stream()
				.map(value -> new Option(value, choiceLabel(question, value, messages, locale)))
				.toList();
			String name = QuestionAnswers.field(question);
			fields.add(new QuestionField(name, question.type().name(), label,
					hints.isEmpty() ? null : String.join(" ", hints), options, values.value(name), values.all(name),
					question.shownWhen() == null ? null : QuestionAnswers.PREFIX + question.shownWhen().question(),
					question.shownWhen() == null ? null : question.shownWhen().answer(),
					file == null ? null : String.valueOf(file.get("name")), uploadsAccepted));
		}
		return fields;
	}

	private static String choiceLabel(Question question, String value, MessageSource messages, Locale locale) {
		if (question.type() == Question.Type.YES_NO) {
			return messages.getMessage("true".equals(value) ? "application.yes" : "application.no", null, locale);
		}
		return question.choiceLabel(value, locale);
	}

	static String message(ApplicationValidator.FieldError error, MessageSource messages, Locale locale,
			FormVersion questions) {
		if (error.message() != null) {
			return messages.getMessage(error.message(), locale);
		}
		if (error.field().startsWith(QuestionAnswers.PREFIX)) {
			java.util.Optional<Question> question = questions
				.question(error.field().substring(QuestionAnswers.PREFIX.length()));
			String label = question.map(found -> found.label(locale)).orElse("");
			Object min = question.map(Question::min).map(java.math.BigDecimal::toPlainString).orElse("");
			Object max = question.map(Question::max).map(java.math.BigDecimal::toPlainString).orElse("");
			return messages.getMessage(
					"application.error.question." + error.code(), new Object[] { label, min, max,
							String.valueOf(QuestionAnswers.SHORT_MAX), String.valueOf(QuestionAnswers.LONG_MAX) },
					locale);
		}
		return message(error, messages, locale);
	}

	static String message(ApplicationValidator.FieldError error, MessageSource messages, Locale locale) {
		if (error.code().equals("single") || error.code().equals("choice")) {
			String label = ApplicationAnswers.question(messages, error.field(), locale);
			return messages.getMessage("application.error." + error.code(), new Object[] { label }, locale);
		}
		return messages.getMessage("application.error." + error.field() + "." + error.code(), null, locale);
	}

}
