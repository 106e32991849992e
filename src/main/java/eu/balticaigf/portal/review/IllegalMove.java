package eu.balticaigf.portal.review;

import java.util.Arrays;
import java.util.Locale;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.IllegalTransition;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/**
 * A move the review refuses. Carries a message key (in {@code i18n/review*.properties})
 * and its arguments so the page or API can say why in the reader's language; statuses
 * among the arguments are shown by their labels.
 */
class IllegalMove extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	IllegalMove(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** Why the application's status does not allow the move. */
	static IllegalMove from(String reference, ApplicationStatus status, ApplicationStatus.Transition transition) {
		if (status.settled()) {
			return new IllegalMove("review.move.closed", reference, status);
		}
		return new IllegalMove("review.move.illegal", status, transition.target());
	}

	/**
	 * The application module refused the write: judged again there, or another change
	 * came first.
	 */
	static IllegalMove from(String reference, IllegalTransition refused) {
		return refused.concurrent() ? new IllegalMove("review.move.concurrent", reference)
				: from(reference, refused.status(), refused.transition());
	}

	String messageKey() {
		return messageKey;
	}

	/** Why, in the reader's language, with statuses translated too. */
	String message(MessageSource messages, Locale locale) {
		Object[] translated = Arrays.stream(arguments)
			.map(argument -> argument instanceof ApplicationStatus status
					? messages.getMessage(status.label(), null, locale) : argument)
			.toArray();
		return messages.getMessage(messageKey, translated, locale);
	}

	/**
	 * The form field this refusal is about ({@code reason}, {@code message},
	 * {@code answerBy}), so that the page can say so next to it; null when it is about
	 * the move itself (already decided, moved by someone else).
	 */
	String field() {
		return switch (messageKey) {
			case "review.move.reasonRequired", "review.move.reasonTooLong" -> "reason";
			case "review.move.questionRequired", "review.move.messageTooLong" -> "message";
			case "review.move.answerByInvalid" -> "answerBy";
			case "review.bulk.noneSelected" -> "references";
			case "review.bulk.noDecision" -> "decision";
			default -> null;
		};
	}

	/**
	 * Puts this problem next to its field of a form ({@link #field()}), with its message
	 * code and arguments.
	 */
	void rejectIn(Errors errors) {
		errors.rejectValue(field(), messageKey, arguments, null);
	}

	/**
	 * The move cannot happen because the application was already decided or withdrawn
	 * (HTTP 409, not 400).
	 */
	boolean closed() {
		return "review.move.closed".equals(messageKey);
	}

}
