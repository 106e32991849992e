package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * A question a call adds to the fixed fields of its application form. Its key is the
 * stable name answers, exports and the API use; labels, help and choice labels are maps
 * of language code to text.
 *
 * @param unit what a number counts (MW, GPUs…), shown after the field, or null
 * @param min the smallest number accepted, or null
 * @param max the largest number accepted, or null
 * @param choices the choices of a single or multiple choice question, in order
 * @param shownWhen the answer to an earlier choice question this one depends on, or null
 * (always asked)
 * @param kinds the kinds of file a file question accepts (PDF, XLSX, DOCX, PNG, JPEG),
 * judged by content
 * @param maxMegabytes the largest file a file question accepts, in MB (null: the default)
 */
public record Question(String key, Type type, boolean required, Map<String, String> label, Map<String, String> help,
		String unit, BigDecimal min, BigDecimal max, List<Choice> choices, Condition shownWhen, List<String> kinds,
		Integer maxMegabytes) {

	/** The largest file a file question accepts unless it says otherwise. */
	public static final int DEFAULT_MAX_MEGABYTES = 10;

	/** The kinds of file a question may accept. */
	public static final List<String> FILE_KINDS = List.of("PDF", "XLSX", "DOCX", "PNG", "JPEG");

	/** A question that is not a file question. */
	public Question(String key, Type type, boolean required, Map<String, String> label, Map<String, String> help,
			String unit, BigDecimal min, BigDecimal max, List<Choice> choices, Condition shownWhen) {
		this(key, type, required, label, help, unit, min, max, choices, shownWhen, List.of(), null);
	}

	/** The largest file this question accepts, in bytes. */
	public long maxBytes() {
		return (maxMegabytes == null ? DEFAULT_MAX_MEGABYTES : maxMegabytes) * 1024L * 1024L;
	}

	/** What a key looks like: a letter, then letters and digits (camelCase). */
	public static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z0-9]{0,39}$");

	public Question {
		label = label == null ? Map.of() : Map.copyOf(label);
		help = help == null ? Map.of() : Map.copyOf(help);
		choices = choices == null ? List.of() : List.copyOf(choices);
		kinds = kinds == null ? List.of() : List.copyOf(kinds);
	}

	public enum Type {

		SHORT_TEXT, LONG_TEXT, NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, DATE, FILE;

		/** A question whose answers are counted in the public statistics. */
		public boolean isChoice() {
			return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == YES_NO;
		}

	}

	/** One choice: the code stored and its label in every language. */
	public record Choice(String value, Map<String, String> label) {

		public Choice {
			label = label == null ? Map.of() : Map.copyOf(label);
		}

		public String label(Locale locale) {
			return in(label, locale);
		}

	}

	/**
	 * Asked only when the earlier question {@code question} was answered {@code answer}.
	 */
	public record Condition(String question, String answer) {
	}

	/**
	 * The answers a choice question accepts: yes/no are {@code true} and {@code false}.
	 */
	public List<String> values() {
		return type == Type.YES_NO ? List.of("true", "false") : choices.stream().map(Choice::value).toList();
	}

	public String label(Locale locale) {
		return in(label, locale);
	}

	/** The help text in the reader's language, or null when there is none. */
	public String help(Locale locale) {
		String text = in(help, locale);
		return text == null || text.isBlank() ? null : text;
	}

	/** A choice's label in the reader's language; the code when the choice is unknown. */
	public String choiceLabel(String value, Locale locale) {
		return choices.stream()
			.filter(choice -> choice.value().equals(value))
			.findFirst()
			.map(choice -> choice.label(locale))
			.orElse(value);
	}

	static String in(Map<String, String> texts, Locale locale) {
		String text = texts.get(Languages.supported(locale).getLanguage());
		return text == null || text.isBlank() ? texts.get("en") : text;
	}

}
