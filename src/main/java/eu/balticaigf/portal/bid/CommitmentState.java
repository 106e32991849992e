package eu.balticaigf.portal.bid;

import java.util.Arrays;

/**
 * Where a commitment stands. The only place that says which move is allowed from where:
 * the member submits what was requested and signs what was submitted, staff verify what
 * was signed, and anything not yet withdrawn may be withdrawn (with a reason).
 */
enum CommitmentState {

	REQUESTED, SUBMITTED, SIGNED, VERIFIED, WITHDRAWN;

	enum Move {

		SUBMIT(SUBMITTED, REQUESTED), SIGN(SIGNED, SUBMITTED), VERIFY(VERIFIED, SIGNED),
		WITHDRAW(WITHDRAWN, REQUESTED, SUBMITTED, SIGNED, VERIFIED);

		private final CommitmentState to;

		private final CommitmentState[] from;

		Move(CommitmentState to, CommitmentState... from) {
			this.to = to;
			this.from = from;
		}

		CommitmentState target() {
			return to;
		}

		/** The audit log's name of the move. */
		String action() {
			return switch (this) {
				case SUBMIT -> "bid.commitment.submitted";
				case SIGN -> "bid.commitment.signed";
				case VERIFY -> "bid.commitment.verified";
				case WITHDRAW -> "bid.commitment.withdrawn";
			};
		}

	}

	boolean allows(Move move) {
		return Arrays.asList(move.from).contains(this);
	}

	/** The state after the move. @throws IllegalMove when this state does not allow it */
	CommitmentState after(Move move) {
		if (!allows(move)) {
			throw new IllegalMove(this, move);
		}
		return move.target();
	}

	String label() {
		return "bid.state." + name();
	}

	/** A move the commitment's state does not allow (a second click, a stale page). */
	static final class IllegalMove extends RuntimeException {

		private final CommitmentState state;

		IllegalMove(CommitmentState state, Move move) {
			super(move + " from " + state, null, false, false);
			this.state = state;
		}

		/** The state the commitment is in now: what the person is told. */
		CommitmentState state() {
			return state;
		}

	}

}
