package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plural forms of the portal's five languages, by the CLDR rules for whole numbers:
 * "1 application", "2 paraiškos", "5 paraiškų", "22 wnioski", "25 wniosków", "21
 * pieteikums", "10 pieteikumu". A message with a count has one key per form its language
 * uses ({@code review.queue.found.one}, {@code .few}, …); {@link #FORMS} says which.
 */
public final class Plurals {

	/**
	 * The forms each language distinguishes for whole numbers, as the keys' last part.
	 */
	public static final Map<String, List<String>> FORMS = Map.of("en", List.of("one", "other"), "et",
			List.of("one", "other"), "lt", List.of("one", "few", "other"), "pl", List.of("one", "few", "many"), "lv",
			List.of("zero", "one", "other"));

	private Plurals() {
	}

	/** The form of {@code n} in this language (English rules for any other language). */
	public static String form(Locale locale, long n) {
		long abs = Math.abs(n);
		long mod10 = abs % 10;
		long mod100 = abs % 100;
		boolean teen = mod100 >= 11 && mod100 <= 19;
		return switch (locale.getLanguage()) {
			case "lt" -> (mod10 == 1 && !teen) ? "one" : (mod10 >= 2 && !teen) ? "few" : "other";
			case "pl" ->
				abs == 1 ? "one" : (mod10 >= 2 && mod10 <= 4 && !(mod100 >= 12 && mod100 <= 14)) ? "few" : "many";
			case "lv" -> (mod10 == 0 || teen) ? "zero" : (mod10 == 1 && mod100 != 11) ? "one" : "other";
			default -> abs == 1 ? "one" : "other";
		};
	}

}
