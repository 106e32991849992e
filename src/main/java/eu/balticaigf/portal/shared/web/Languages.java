package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;

/** The five languages of the portal. English is the fallback for anything else. */
public final class Languages {

	public static final List<String> CODES = List.of("lt", "en", "pl", "lv", "et");

	public static final Locale FALLBACK = Locale.ENGLISH;

	private Languages() {
	}

	/** The supported locale for a language tag, or English when it is not one of ours. */
	public static Locale supported(Locale locale) {
		return (locale != null && CODES.contains(locale.getLanguage())) ? Locale.forLanguageTag(locale.getLanguage())
				: FALLBACK;
	}

	/** Dates and numbers in English follow European, not US, habits: "10 August 2025". */
	public static Locale forFormatting(Locale locale) {
		Locale language = supported(locale);
		return language.equals(Locale.ENGLISH) ? Locale.UK : language;
	}

}
