package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

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

	/**
	 * Runs {@code work} in the reader's language: an e-mail's texts, dates and numbers
	 * follow its recipient, whichever request (or none) made it.
	 */
	public static <T> T inLocale(Locale locale, Supplier<T> work) {
		LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

}
