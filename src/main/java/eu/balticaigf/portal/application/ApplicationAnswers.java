package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.call.FormVersion;
import eu.balticaigf.portal.call.Question;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An application's answers as people read them, in a given language: the question the
 * form asked ({@code application.field.<field>}, the form's own labels) and the answer's
 * label (country names, categories, sizes, areas, amounts with the language's grouping),
 * never a code. One place for the check page, the applicant's and the staff's pages
 * ({@code application/fields :: cards}), the history of changes
 * ({@code application/fields :: history}) and the e-mails, so that they all say what the
 * form said. Templates call it as {@code @applicationAnswers}.
 */
@Component("applicationAnswers")
public class ApplicationAnswers {

	/** The form's sections, in its order, with the fields each holds. */
	private static final Map<String, List<String>> SECTIONS = orderedSections();

	private static Map<String, List<String>> orderedSections() {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		sections.put("organisation", List.of("organisationName", "country", "registryCode", "vatNumber", "pic",
				"website", "category", "organisationSize"));
		sections.put("contact", List.of("contactName", "contactEmail", "contactPhone"));
		sections.put("contribution",
				List.of("contributionAreas", "investmentIntentEur", "computeDemandGpuHours", "description"));
		sections.put("consent", List.of("consentPrivacy", "consentDirectory"));
		return Collections.unmodifiableMap(sections);
	}

	/** One section of the answers; its title is {@code application.section.<key>}. */
	public record Section(String key, List<Answer> answers) {
	}

	/**
	 * One answer: its question and its value(s) in words. {@code list} for answers with
	 * several values (shown as a list), {@code longText} for free text whose line breaks
	 * matter, {@code download} where staff download an uploaded file (null otherwise).
	 */
	public record Answer(String field, String question, List<String> values, boolean list, boolean longText,
			String download) {

		public Answer(String field, String question, List<String> values, boolean list, boolean longText) {
			this(field, question, values, list, longText, null);
		}

		/** The values on one line. */
		public String text() {
			return String.join(", ", values);
		}

	}

	/**
	 * A change as people read it: the form's question and the values before and after, in
	 * words.
	 */
	public record Described(String field, String name, String before, String after, boolean erased) {
	}

	/**
	 * One version of the amendment history as people read it: when, what happened
	 * ({@code application.history.<action>}) and the changes in words.
	 */
	public record Version(Instant changedAt, String action, List<Described> changes) {
	}

	private final MessageSource messages;

	private final Formats formats;

	private final Calls calls;

	ApplicationAnswers(MessageSource messages, Formats formats, Calls calls) {
		this.messages = messages;
		this.formats = formats;
		this.calls = calls;
	}

	/**
	 * The answers section by section, as the form asked them; the call's own questions
	 * last ({@code questions}), with the labels of the form version they answered.
	 */
	public List<Section> sections(ValidApplication a, Locale locale) {
		List<Section> sections = new ArrayList<>();
		SECTIONS.forEach((key,
				fields) -> sections.add(new Section(key, fields.stream()
					.map(field -> new Answer(field, question(field, locale), values(field, valueOf(a, field), locale),
							field.equals(ApplicationForm.CONTRIBUTION_AREAS), field.equals("description")))
					.toList())));
		FormVersion form = form(a.callId(), a.formVersion());
		List<Answer> own = new ArrayList<>();
		for (Question question : form.questions()) {
			if (QuestionAnswers.asked(question, a.answers())) {
				Object given = a.answers().get(question.key());
				own.add(new Answer(QuestionAnswers.field(question), question.label(locale),
						answer(question, given, locale), question.type() == Question.Type.MULTIPLE_CHOICE,
						question.type() == Question.Type.LONG_TEXT,
						given instanceof Map<?, ?> file ? StaffFiles.PATH + file.get("sha256") : null));
			}
		}
		if (!own.isEmpty()) {
			sections.add(sections.size() - 1, new Section("questions", own));
		}
		return sections;
	}

	/**
	 * The answers to the call's own questions in words, by key, with the labels of the
	 * version they answered: what exports and e-mails show beside the fixed fields.
	 */
	public Map<String, String> answersInWords(ValidApplication a, Locale locale) {
		Map<String, String> words = new LinkedHashMap<>();
		for (Question question : form(a.callId(), a.formVersion()).questions()) {
			if (a.answers().containsKey(question.key())) {
				words.put(question.key(), String.join("; ", answer(question, a.answers().get(question.key()), locale)));
			}
		}
		return words;
	}

	/** The changes of one version in words, in their order (fixed fields only). */
	public List<Described> describe(List<AnswerChange> changes, Locale locale) {
		return describe(changes, locale, FormVersion.none(0, 0));
	}

	/**
	 * The changes of one version in words, in their order; answers to the call's own
	 * questions with the labels of {@code form}.
	 */
	List<Described> describe(List<AnswerChange> changes, Locale locale, FormVersion form) {
		return changes.stream().map(change -> describe(change, locale, form)).toList();
	}

	/**
	 * The amendment history in words, for {@code application/history.jte} (the
	 * applicant's page and the staff's).
	 */
	public List<Version> history(List<HistoryEntry> entries, Locale locale) {
		return entries.stream()
			.map(entry -> new Version(entry.changedAt(), entry.action(),
					describe(entry.changes(), locale, form(entry.callId(), entry.formVersion()))))
			.toList();
	}

	Described describe(AnswerChange change, Locale locale, FormVersion form) {
		if (change.field() == null) {
			// A line of the old text format that could not be read as a change: shown as
			// it was written.
			return new Described(null, "", "", String.valueOf(change.after()), false);
		}
		java.util.Optional<Question> own = change.field().startsWith(QuestionAnswers.PREFIX)
				? form.question(change.field().substring(QuestionAnswers.PREFIX.length())) : java.util.Optional.empty();
		String name = own.map(question -> question.label(locale)).orElseGet(() -> question(change.field(), locale));
		if (change.erased()) {
			return new Described(change.field(), name, "", "", true);
		}
		if (own.isPresent()) {
			return new Described(change.field(), name, String.join(", ", answer(own.get(), change.before(), locale)),
					String.join(", ", answer(own.get(), change.after(), locale)), false);
		}
		return new Described(change.field(), name, String.join(", ", values(change.field(), change.before(), locale)),
				String.join(", ", values(change.field(), change.after(), locale)), false);
	}

	/** The version of a call's form an application answered (none for the fixed form). */
	FormVersion form(long callId, int version) {
		return callId == 0 ? FormVersion.none(callId, version) : calls.form(callId, version);
	}

	/**
	 * An answer to one of the call's own questions in words, in the reader's language.
	 */
	private List<String> answer(Question question, Object value, Locale locale) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> many && many.isEmpty())) {
			return List.of(message("application.none", locale, "—"));
		}
		return switch (question.type()) {
			case NUMBER -> {
				java.text.NumberFormat decimals = java.text.NumberFormat
					.getNumberInstance(Languages.forFormatting(locale));
				decimals.setMaximumFractionDigits(6);
				String number = decimals.format(new java.math.BigDecimal(String.valueOf(value)));
				yield List.of(question.unit() == null ? number : number + " " + question.unit());
			}
			case SINGLE_CHOICE -> List.of(question.choiceLabel(String.valueOf(value), locale));
			case MULTIPLE_CHOICE -> ((Collection<?>) value).stream()
				.map(choice -> question.choiceLabel(String.valueOf(choice), locale))
				.toList();
			case YES_NO -> List.of(message(Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value))
					? "application.yes" : "application.no", locale, String.valueOf(value)));
			case DATE -> List.of(date(String.valueOf(value), locale));
			case FILE ->
				List.of(value instanceof Map<?, ?> file
						? message("application.question.file", locale, String.valueOf(file.get("name")),
								file.get("name"), Math.max(1, ((Number) file.get("size")).longValue() / 1024))
						: String.valueOf(value));
			default -> List.of(String.valueOf(value));
		};
	}

	private String date(String iso, Locale locale) {
		try {
			java.time.LocalDate day = java.time.LocalDate.parse(iso);
			return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
				.withLocale(Languages.supported(locale)));
		}
		catch (java.time.DateTimeException ex) {
			return iso;
		}
	}

	private String question(String field, Locale locale) {
		return question(messages, field, locale);
	}

	/**
	 * The form's label of a field, as plain text (the privacy consent's label holds a
	 * link to the notice on the form); the status, which the form does not ask, by its
	 * own label.
	 */
	static String question(MessageSource messages, String field, Locale locale) {
		return switch (field) {
			case "consentPrivacy" -> messages.getMessage("application.field.consentPrivacy",
					new Object[] { messages.getMessage("application.consent.privacyLink", null, locale) }, locale);
			case "status" -> messages.getMessage("application.view.status", null, locale);
			default -> messages.getMessage("application.field." + field, null, field, locale);
		};
	}

	/**
	 * A stored answer in words; codes the portal no longer knows are shown as they are
	 * rather than failing.
	 */
	private List<String> values(String field, Object value, Locale locale) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> many && many.isEmpty())) {
			return List.of(message("application.none", locale, "—"));
		}
		String plain = String.valueOf(value);
		return switch (field) {
			case "country" -> List.of(Applications.countryNames(locale).getOrDefault(plain, plain));
			case "category" -> List.of(message("application.category." + plain, locale, plain));
			case "organisationSize" -> List.of(message("application.size." + plain, locale, plain));
			case "status" -> List
				.of(ApplicationStatus.parse(plain).map(status -> message(status.label(), locale, plain)).orElse(plain));
			case "contributionAreas" -> ((Collection<?>) value).stream()
				.map(area -> message("application.area." + area, locale, String.valueOf(area)))
				.toList();
			case "investmentIntentEur" ->
				List.of(value instanceof Number euros ? Formats.euros(euros.longValue(), locale) : plain);
			case "computeDemandGpuHours" -> List.of(number(value, locale));
			case "consentPrivacy",
					"consentDirectory" ->
				List.of(message(
						Boolean.TRUE.equals(value) || "true".equals(plain) ? "application.yes" : "application.no",
						locale, plain));
			default -> List.of(plain);
		};
	}

	private String number(Object value, Locale locale) {
		return value instanceof Number number ? Languages.inLocale(locale, () -> formats.number(number.longValue()))
				: String.valueOf(value);
	}

	private static Object valueOf(ValidApplication a, String field) {
		return switch (field) {
			case "organisationName" -> a.organisationName();
			case "country" -> a.country();
			case "registryCode" -> a.registryCode();
			case "vatNumber" -> a.vatNumber();
			case "pic" -> a.pic();
			case "website" -> a.website();
			case "category" -> a.category();
			case "organisationSize" -> a.organisationSize();
			case "contactName" -> a.contactName();
			case "contactEmail" -> a.contactEmail();
			case "contactPhone" -> a.contactPhone();
			case "contributionAreas" -> a.contributionAreas();
			case "investmentIntentEur" -> a.investmentIntentEur();
			case "computeDemandGpuHours" -> a.computeDemandGpuHours();
			case "description" -> a.description();
			case "consentPrivacy" -> a.consentPrivacy();
			case "consentDirectory" -> a.consentDirectory();
			default -> throw new IllegalArgumentException("No such answer: " + field);
		};
	}

	private String message(String key, Locale locale, String fallback, Object... arguments) {
		return messages.getMessage(key, arguments, fallback, locale);
	}

}
