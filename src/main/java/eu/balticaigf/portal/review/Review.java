package eu.balticaigf.portal.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;

/**
 * The review's own rules for a move, on top of the application's
 * ({@link ApplicationStatus#after}, which decides where an application may go): every
 * staff move needs a reason, at most {@link #REASON_MAX} characters; the applicant's
 * withdrawal and answer do not (an applicant owes no explanation, and an answer is its
 * own reason). The reason is internal; what the applicant reads is a separate message:
 * optional for a decision or a reopening, required for an information request (it is the
 * question). Nothing here touches the database.
 */
final class Review {

	/**
	 * A legal move, as the timeline records it: from where to where, by which transition,
	 * why, and what the applicant was told (null when nothing).
	 */
	record Move(String reference, Transition transition, ApplicationStatus from, ApplicationStatus to, String reason,
			String message) {

		String action() {
			return transition.name();
		}

	}

	public static final int REASON_MAX = 4000;

	/**
	 * How far ahead an answer-by date may be: a question left open longer is a question
	 * forgotten.
	 */
	static final int ANSWER_BY_MAX_DAYS = 365;

	private Review() {
	}

	static Move judge(String reference, ApplicationStatus status, Transition transition, String reason) {
		return judge(reference, status, transition, reason, null);
	}

	/**
	 * The move {@code transition} from {@code status}, with its reason and message
	 * tidied, or {@link IllegalMove} saying why not: an application already decided or
	 * withdrawn first (that says more than a missing reason), then the reason, then the
	 * message.
	 */
	static Move judge(String reference, ApplicationStatus status, Transition transition, String reason,
			String message) {
		if (!status.allows(transition)) {
			throw IllegalMove.from(reference, status, transition);
		}
		List<IllegalMove> problems = problems(transition, reason, message);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		String told = tidy(message);
		return new Move(reference, transition, status, status.after(transition), tidy(reason),
				told.isEmpty() ? null : told);
	}

	/**
	 * What is wrong with the texts of a move (the reason's problem first), each naming
	 * its field; empty if nothing.
	 */
	static List<IllegalMove> problems(Transition transition, String reason, String message) {
		List<IllegalMove> problems = new ArrayList<>();
		String why = tidy(reason);
		if (transition != Transition.WITHDRAW && why.isEmpty()) {
			problems.add(new IllegalMove("review.move.reasonRequired"));
		}
		if (why.length() > REASON_MAX) {
			problems.add(new IllegalMove("review.move.reasonTooLong", REASON_MAX));
		}
		String told = tidy(message);
		if (transition == Transition.REQUEST_INFORMATION && told.isEmpty()) {
			problems.add(new IllegalMove("review.move.questionRequired"));
		}
		if (told.length() > REASON_MAX) {
			problems.add(new IllegalMove("review.move.messageTooLong", REASON_MAX));
		}
		return problems;
	}

	/** The answer-by date offered for a new information request. */
	static LocalDate defaultAnswerBy(LocalDate today, int days) {
		return today.plusDays(days);
	}

	/**
	 * The date typed for an information request's answer ({@code yyyy-mm-dd}, as a date
	 * field sends it), as the end of that day in the call's zone; {@link IllegalMove}
	 * unless it is after {@code today} and within a year.
	 */
	static Instant answerBy(String typed, LocalDate today, ZoneId zone) {
		LocalDate date;
		try {
			date = LocalDate.parse(typed == null ? "" : typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalMove("review.move.answerByInvalid", ANSWER_BY_MAX_DAYS);
		}
		if (!date.isAfter(today) || date.isAfter(today.plusDays(ANSWER_BY_MAX_DAYS))) {
			throw new IllegalMove("review.move.answerByInvalid", ANSWER_BY_MAX_DAYS);
		}
		return date.atTime(LocalTime.MAX.withNano(0)).atZone(zone).toInstant();
	}

	private static String tidy(String text) {
		return text == null ? "" : text.strip();
	}

}
