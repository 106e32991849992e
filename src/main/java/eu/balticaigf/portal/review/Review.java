package eu.balticaigf.portal.review;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;

/**
 * The review's own rule for a move, on top of the application's ({@link ApplicationStatus#after}, which decides
 * where an application may go): every staff move needs a reason, at most {@link #REASON_MAX} characters; the
 * applicant's withdrawal and answer do not (an applicant owes no explanation, and an answer is its own reason).
 * Nothing here touches the database.
 */
final class Review {

	/** A legal move, as the timeline records it: from where to where, by which transition, and why. */
	record Move(String reference, Transition transition, ApplicationStatus from, ApplicationStatus to, String reason) {

		String action() {
			return transition.name();
		}

	}

	public static final int REASON_MAX = 4000;

	private Review() {
	}

	/**
	 * The move {@code transition} from {@code status}, with its reason tidied, or {@link IllegalMove} saying why not:
	 * an application already decided or withdrawn first (that says more than a missing reason), then the reason.
	 */
	static Move judge(String reference, ApplicationStatus status, Transition transition, String reason) {
		if (!status.allows(transition)) {
			throw IllegalMove.from(reference, status, transition);
		}
		boolean staffMove = transition != Transition.WITHDRAW;
		String why = reason == null ? "" : reason.strip();
		if (staffMove && why.isEmpty()) {
			throw new IllegalMove("review.move.reasonRequired");
		}
		if (why.length() > REASON_MAX) {
			throw new IllegalMove("review.move.reasonTooLong", REASON_MAX);
		}
		return new Move(reference, transition, status, status.after(transition), why);
	}

}
