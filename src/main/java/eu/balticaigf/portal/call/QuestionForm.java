package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Staff's form for one question of a call: its key, kind, whether it must be answered,
 * its label and help per language ({@code label[en]}), a number's unit and limits, the
 * choices as rows ({@code choices[0].value}, blank rows ignored), the earlier answer it
 * depends on ({@code shownWhen}: {@code <question key>=<answer>}, empty for always) and
 * its position. Bound field by field, so the fields are public.
 */
class QuestionForm {

	private static final Pattern CHOICE_VALUE = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");

	/** Keys that are steps of the questions' pages, not questions. */
	private static final Set<String> RESERVED = Set.of("new", "publish");

	private static final int LABEL_MAX = 500;

	public String key = "";

	public String type = "";

	public String required = "";

	public Map<String, String> label = new LinkedHashMap<>();

	public Map<String, String> help = new LinkedHashMap<>();

	public String unit = "";

	public String min = "";

	public String max = "";

	public List<ChoiceRow> choices = new ArrayList<>();

	public String shownWhen = "";

	public List<String> kinds = new ArrayList<>();

	public String maxMegabytes = "";

	public String position = "";

	public static class ChoiceRow {

		public String value = "";

		public Map<String, String> label = new LinkedHashMap<>();

		boolean blank() {
			return strip(value).isEmpty() && label.values().stream().allMatch(text -> strip(text).isEmpty());
		}

	}

	static QuestionForm empty(int position) {
		QuestionForm form = new QuestionForm();
		form.position = String.valueOf(position);
		return form.withBlankRows();
	}

	static QuestionForm of(Question question, int position) {
		QuestionForm form = new QuestionForm();
		form.key = question.key();
		form.type = question.type().name();
		form.required = question.required() ? "true" : "";
		form.label = new LinkedHashMap<>(question.label());
		form.help = new LinkedHashMap<>(question.help());
		form.unit = question.unit() == null ? "" : question.unit();
		form.min = question.min() == null ? "" : question.min().toPlainString();
		form.max = question.max() == null ? "" : question.max().toPlainString();
		for (Question.Choice choice : question.choices()) {
			ChoiceRow row = new ChoiceRow();
			row.value = choice.value();
			row.label = new LinkedHashMap<>(choice.label());
			form.choices.add(row);
		}
		form.shownWhen = question.shownWhen() == null ? ""
				: question.shownWhen().question() + "=" + question.shownWhen().answer();
		form.kinds = new ArrayList<>(question.kinds());
		form.maxMegabytes = question.maxMegabytes() == null ? "" : String.valueOf(question.maxMegabytes());
		form.position = String.valueOf(position);
		return form.withBlankRows();
	}

	/** Room for two more choices after those given. */
	QuestionForm withBlankRows() {
		choices.removeIf(ChoiceRow::blank);
		choices.add(new ChoiceRow());
		choices.add(new ChoiceRow());
		return this;
	}

	/**
	 * Checks every field, writing message codes next to each one that is wrong.
	 * @param others the call's other questions, in order (without the one edited)
	 * @param conditions the answers this question may depend on ({@code key=answer})
	 */
	void validate(Errors errors, List<Question> others, Set<String> conditions) {
		key = strip(key);
		if (!Question.KEY.matcher(key).matches() || RESERVED.contains(key)) {
			errors.rejectValue("key", "call.question.error.key");
		}
		else if (others.stream().anyMatch(other -> other.key().equals(key))) {
			errors.rejectValue("key", "call.question.error.keyTaken");
		}
		Question.Type kind = type();
		if (kind == null) {
			errors.rejectValue("type", "call.question.error.type");
		}
		for (String code : Languages.CODES) {
			String text = strip(label.get(code));
			if (text.isEmpty()) {
				// Named by the field's own label ("Label (Polski)"): in the error summary
				// five fields would otherwise read alike.
				errors.rejectValue("label[" + code + "]", "call.question.error.label",
						new Object[] {
								new DefaultMessageSourceResolvable(new String[] { "call.question.field.labelIn" },
										new Object[] { new DefaultMessageSourceResolvable("language." + code) }) },
						null);
			}
			else if (text.length() > LABEL_MAX) {
				errors.rejectValue("label[" + code + "]", "call.staff.error.tooLong");
			}
		}
		boolean anyHelp = Languages.CODES.stream().anyMatch(code -> !strip(help.get(code)).isEmpty());
		for (String code : Languages.CODES) {
			String text = strip(help.get(code));
			if (anyHelp && text.isEmpty()) {
				errors.rejectValue("help[" + code + "]", "call.question.error.help");
			}
			else if (text.length() > CallForm.TEXT_MAX) {
				errors.rejectValue("help[" + code + "]", "call.staff.error.tooLong");
			}
		}
		if (kind == Question.Type.NUMBER) {
			validateNumber(errors);
		}
		if (kind == Question.Type.SINGLE_CHOICE || kind == Question.Type.MULTIPLE_CHOICE) {
			validateChoices(errors);
		}
		if (kind == Question.Type.FILE) {
			if (kinds == null || kinds.isEmpty() || !Question.FILE_KINDS.containsAll(kinds)) {
				errors.rejectValue("kinds", "call.question.error.kinds");
			}
			String megabytes = strip(maxMegabytes);
			if (!megabytes.isEmpty() && (!megabytes.matches("\\d{1,2}") || Integer.parseInt(megabytes) < 1
					|| Integer.parseInt(megabytes) > Question.DEFAULT_MAX_MEGABYTES)) {
				errors.rejectValue("maxMegabytes", "call.question.error.maxMegabytes");
			}
		}
		shownWhen = strip(shownWhen);
		if (!shownWhen.isEmpty() && !conditions.contains(shownWhen)) {
			errors.rejectValue("shownWhen", "call.question.error.shownWhen");
		}
		int at = position();
		if (at < 1 || at > others.size() + 1) {
			errors.rejectValue("position", "call.question.error.position");
		}
		else if (!shownWhen.isEmpty() && !errors.hasFieldErrors("shownWhen")) {
			String dependsOn = shownWhen.substring(0, shownWhen.indexOf('='));
			List<String> before = others.subList(0, at - 1).stream().map(Question::key).toList();
			if (!before.contains(dependsOn)) {
				errors.rejectValue("shownWhen", "call.question.error.shownWhenLater");
			}
		}
	}

	private void validateNumber(Errors errors) {
		if (strip(unit).length() > 30) {
			errors.rejectValue("unit", "call.staff.error.tooLong");
		}
		BigDecimal low = strip(min).isEmpty() ? null : number(min);
		BigDecimal high = strip(max).isEmpty() ? null : number(max);
		if (!strip(min).isEmpty() && low == null) {
			errors.rejectValue("min", "call.question.error.number");
		}
		if (!strip(max).isEmpty() && high == null) {
			errors.rejectValue("max", "call.question.error.number");
		}
		if (low != null && high != null && high.compareTo(low) < 0) {
			errors.rejectValue("max", "call.question.error.maxBelowMin");
		}
	}

	private void validateChoices(Errors errors) {
		Set<String> seen = new HashSet<>();
		int given = 0;
		for (int i = 0; i < choices.size(); i++) {
			ChoiceRow row = choices.get(i);
			if (row.blank()) {
				continue;
			}
			given++;
			String field = "choices[" + i + "].";
			if (!CHOICE_VALUE.matcher(strip(row.value)).matches()) {
				errors.rejectValue(field + "value", "call.question.error.choiceValue");
			}
			else if (!seen.add(strip(row.value))) {
				errors.rejectValue(field + "value", "call.question.error.choiceTwice");
			}
			for (String code : Languages.CODES) {
				String text = strip(row.label.get(code));
				if (text.isEmpty()) {
					errors.rejectValue(field + "label[" + code + "]", "call.staff.error.inEveryLanguage");
				}
				else if (text.length() > LABEL_MAX) {
					errors.rejectValue(field + "label[" + code + "]", "call.staff.error.tooLong");
				}
			}
		}
		if (given < 2) {
			errors.rejectValue("choices", "call.question.error.choices");
		}
	}

	Question.Type type() {
		try {
			return Question.Type.valueOf(strip(type));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	int position() {
		String digits = strip(position);
		return digits.matches("\\d{1,4}") ? Integer.parseInt(digits) : 0;
	}

	/** Call only on a valid form. */
	Question toQuestion() {
		Question.Type kind = type();
		boolean number = kind == Question.Type.NUMBER;
		boolean choice = kind == Question.Type.SINGLE_CHOICE || kind == Question.Type.MULTIPLE_CHOICE;
		List<Question.Choice> list = choice ? choices.stream()
			.filter(row -> !row.blank())
			.map(row -> new Question.Choice(strip(row.value), texts(row.label)))
			.toList() : List.of();
		Question.Condition condition = shownWhen.isEmpty() ? null : new Question.Condition(
				shownWhen.substring(0, shownWhen.indexOf('=')), shownWhen.substring(shownWhen.indexOf('=') + 1));
		boolean file = kind == Question.Type.FILE;
		return new Question(key, kind, "true".equals(strip(required)), texts(label), texts(help),
				number && !strip(unit).isEmpty() ? strip(unit) : null, number ? optionalNumber(min) : null,
				number ? optionalNumber(max) : null, list, condition,
				file ? Question.FILE_KINDS.stream().filter(kinds::contains).toList() : List.of(),
				file && !strip(maxMegabytes).isEmpty() ? Integer.valueOf(strip(maxMegabytes)) : null);
	}

	/** The id a field's input has on the page: {@code label[en]} → {@code label-en}. */
	static String id(String field) {
		return CallForm.id(field);
	}

	private static BigDecimal optionalNumber(String value) {
		return strip(value).isEmpty() ? null : number(value);
	}

	/** A decimal number as people type it: a comma or a point, a minus sign. */
	static BigDecimal number(String value) {
		String text = strip(value).replaceAll("[\\s\\u00a0\\u202f]", "").replace('−', '-');
		if (text.indexOf('.') < 0) {
			text = text.replace(',', '.');
		}
		return text.matches("-?\\d{1,15}(\\.\\d{1,6})?") ? new BigDecimal(text) : null;
	}

	private static Map<String, String> texts(Map<String, String> byLanguage) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String code : Languages.CODES) {
			String text = strip(byLanguage.get(code));
			if (!text.isEmpty()) {
				texts.put(code, text.replace("\r\n", "\n").replace('\r', '\n'));
			}
		}
		return Map.copyOf(texts);
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
