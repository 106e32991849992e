package eu.balticaigf.portal.review;

/**
 * The review aggregate of one application: its stage and the moves it allows. Each move is named, needs a reason
 * (all but the applicant's withdrawal), and either returns the {@link Move} to record or throws {@link IllegalMove};
 * nothing here touches the database.
 */
record Review(String reference, Stage stage) {

	/** A legal move: from where to where, under which action name, and why. */
	record Move(String reference, String action, Stage from, Stage to, String reason) {
	}

	public static final int REASON_MAX = 4000;

	static final String REQUEST_INFORMATION = "REQUEST_INFORMATION";

	static final String ANSWER_INFORMATION = "ANSWER_INFORMATION";

	Move startEligibilityCheck(String reason) {
		return move("START_ELIGIBILITY_CHECK", Stage.ELIGIBILITY_CHECK, reason, Stage.SUBMITTED);
	}

	Move startReview(String reason) {
		return move("START_REVIEW", Stage.UNDER_REVIEW, reason, Stage.ELIGIBILITY_CHECK);
	}

	Move requestInformation(String question) {
		return move(REQUEST_INFORMATION, Stage.INFO_REQUESTED, question, Stage.UNDER_REVIEW);
	}

	/** Staff give up waiting for an answer: back to review. */
	Move resumeReview(String reason) {
		return move("RESUME_REVIEW", Stage.UNDER_REVIEW, reason, Stage.INFO_REQUESTED);
	}

	/** The applicant answered the question: back to review, with the answer as the move's reason. */
	Move answerInformation(String answer) {
		return move(ANSWER_INFORMATION, Stage.UNDER_REVIEW, answer, Stage.INFO_REQUESTED);
	}

	/**
	 * The applicant withdrew through their private link (the application module decides whether they still may): the
	 * one move whose reason may be blank, since an applicant owes no explanation.
	 */
	Move withdraw(String reason) {
		if (stage.closed()) {
			throw new IllegalMove("review.move.closed", reference, stage.name());
		}
		return new Move(reference, "WITHDRAW", stage, Stage.WITHDRAWN, reason == null ? "" : reason.strip());
	}

	/** A decision may be taken from any open stage: staff may accept an obvious fit without the full path. */
	Move accept(String reason) {
		return decide("ACCEPT", Stage.ACCEPTED, reason);
	}

	Move decline(String reason) {
		return decide("DECLINE", Stage.DECLINED, reason);
	}

	private Move decide(String action, Stage to, String reason) {
		return move(action, to, reason, Stage.SUBMITTED, Stage.ELIGIBILITY_CHECK, Stage.UNDER_REVIEW,
				Stage.INFO_REQUESTED);
	}

	private Move move(String action, Stage to, String reason, Stage... allowedFrom) {
		if (stage.closed()) {
			throw new IllegalMove("review.move.closed", reference, stage.name());
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalMove("review.move.reasonRequired");
		}
		if (reason.length() > REASON_MAX) {
			throw new IllegalMove("review.move.reasonTooLong", REASON_MAX);
		}
		for (Stage from : allowedFrom) {
			if (from == stage) {
				return new Move(reference, action, stage, to, reason.strip());
			}
		}
		throw new IllegalMove("review.move.illegal", stage.name(), to.name());
	}

}
