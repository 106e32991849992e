package eu.balticaigf.portal.insights;

import java.util.Locale;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;

/**
 * Names of coded values in the reader's language. Countries beyond the four come from the
 * JDK's CLDR names.
 */
record Labels(MessageSource messages, Locale locale) {

	/** The application module's label of the status: one family of labels. */
	String status(String code) {
		return ApplicationStatus.parse(code)
			.map(status -> messages.getMessage(status.label(), null, code, locale))
			.orElse(code);
	}

	String category(String code) {
		return messages.getMessage("category." + code, null, code, locale);
	}

	String size(String code) {
		return messages.getMessage("insights.size." + code, null, code, locale);
	}

	String country(String code) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return messages.getMessage("country." + code, null, name.isBlank() ? code : name, locale);
	}

	String euros(long amount) {
		return Formats.euros(amount, locale);
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
