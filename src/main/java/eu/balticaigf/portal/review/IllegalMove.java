package eu.balticaigf.portal.review;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A stage move the workflow refuses. Carries a message key (in {@code i18n/review*.properties}) and its arguments so
 * the page or API can say why in the reader's language.
 */
class IllegalMove extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	IllegalMove(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	/** Why, in the reader's language, with stage names translated too. */
	String message(MessageSource messages, Locale locale) {
		Object[] translated = Arrays.stream(arguments)
			.map(argument -> argument instanceof String name && Stage.isName(name)
					? messages.getMessage("review.stage." + name, null, locale) : argument)
			.toArray();
		return messages.getMessage(messageKey, translated, locale);
	}

	/** The move cannot happen because the application was already decided or withdrawn (HTTP 409, not 400). */
	boolean closed() {
		return "review.move.closed".equals(messageKey);
	}

}
