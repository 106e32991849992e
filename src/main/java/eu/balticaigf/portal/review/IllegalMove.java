package eu.balticaigf.portal.review;

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

	Object[] arguments() {
		return arguments;
	}

	/** The move cannot happen because the application was already decided or withdrawn (HTTP 409, not 400). */
	boolean closed() {
		return "review.move.closed".equals(messageKey);
	}

}
