package eu.balticaigf.portal.insights;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Names of coded values in the reader's language. Countries beyond the four come from the
 * JDK's CLDR names.
 */
record Labels(MessageSource messages, Locale locale) {

	String status(String code) {
		return messages.getMessage("insights.status." + code, null, code, locale);
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

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
