package eu.balticaigf.portal.sites;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What staff type for a site, a value or a criterion, read the same way from a page's
 * form and from a CSV file: each reader answers the value, null for an empty answer where
 * one may be empty, or throws {@link Invalid} with the message code of what is wrong.
 */
final class SiteInput {

	/** Slugs and criterion codes: they appear in addresses and in the API. */
	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_NAME = 50;

	static final int MAX_TEXT = 200;

	static final int MAX_SOURCE = 1000;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private SiteInput() {
	}

	/** What is wrong with an answer, as a message code (and its arguments). */
	static final class Invalid extends RuntimeException {

		private final String code;

		private final Object[] arguments;

		Invalid(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return code;
		}

		Object[] arguments() {
			return arguments;
		}

	}

	static String slug(String typed) {
		String slug = stripped(typed);
		if (slug == null || slug.length() > MAX_NAME || !NAME.matcher(slug).matches()) {
			throw new Invalid("sites.error.slug");
		}
		return slug;
	}

	static String code(String typed) {
		String code = stripped(typed);
		if (code == null || code.length() > MAX_NAME || !NAME.matcher(code).matches()) {
			throw new Invalid("sites.error.code");
		}
		return code;
	}

	/** Required text of at most {@code max} characters. */
	static String text(String typed, String missingCode, int max) {
		String text = stripped(typed);
		if (text == null) {
			throw new Invalid(missingCode);
		}
		return within(text, max);
	}

	/** Text that may be left empty (null then). */
	static String optionalText(String typed, int max) {
		String text = stripped(typed);
		return text == null ? null : within(text, max);
	}

	private static String within(String text, int max) {
		if (text.length() > max) {
			throw new Invalid("sites.error.tooLong", max);
		}
		return text;
	}

	/** An ISO 3166-1 alpha-2 code, in capitals. */
	static String country(String typed, String code) {
		String country = stripped(typed);
		if (country == null || !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
			throw new Invalid(code);
		}
		return country.toUpperCase(Locale.ROOT);
	}

	static SiteStatus status(String typed, String code) {
		String status = stripped(typed);
		if (status != null) {
			for (SiteStatus known : SiteStatus.values()) {
				if (known.name().equalsIgnoreCase(status)) {
					return known;
				}
			}
		}
		throw new Invalid(code);
	}

	/**
	 * A number as staff type it, with a decimal point or comma and spaces between
	 * thousands; null when empty. Letters are refused (no 1e3, NaN or Infinity).
	 */
	static Double number(String typed, String code) {
		String text = stripped(typed);
		if (text == null) {
			return null;
		}
		String plain = text.replace(',', '.').replace(" ", "").replace("\u00a0", "").replace('\u2212', '-');
		if (!plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			throw new Invalid(code);
		}
		return Double.parseDouble(plain);
	}

	/** Degrees within ±{@code bound}, or null when empty. */
	static Double degrees(String typed, double bound, String code) {
		Double value = number(typed, code);
		if (value != null && Math.abs(value) > bound) {
			throw new Invalid(code);
		}
		return value;
	}

	/** A date as year-month-day, not after today; null when empty. */
	static LocalDate date(String typed, LocalDate today) {
		String text = stripped(typed);
		if (text == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			throw new Invalid("sites.error.measuredOn");
		}
		if (date.isAfter(today)) {
			throw new Invalid("sites.error.measuredOn.future");
		}
		return date;
	}

	private static String stripped(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip();
		return text.isEmpty() ? null : text;
	}

}
