package eu.balticaigf.portal.application;

/**
 * A change of status that is not legal from where the application stands, or that lost a
 * race with another change made a moment before ({@link #concurrent()}). Pages and the
 * API turn it into a message; nothing was written.
 */
public class IllegalTransition extends RuntimeException {

	private final ApplicationStatus status;

	private final ApplicationStatus.Transition transition;

	private final boolean concurrent;

	IllegalTransition(ApplicationStatus status, ApplicationStatus.Transition transition) {
		this(status, transition, false);
	}

	private IllegalTransition(ApplicationStatus status, ApplicationStatus.Transition transition, boolean concurrent) {
		super(transition + " is not possible from " + status + (concurrent ? " (changed meanwhile)" : ""));
		this.status = status;
		this.transition = transition;
		this.concurrent = concurrent;
	}

	/** Legal when judged, but someone else changed the application first. */
	static IllegalTransition concurrent(ApplicationStatus status, ApplicationStatus.Transition transition) {
		return new IllegalTransition(status, transition, true);
	}

	/** The status the application was found in. */
	public ApplicationStatus status() {
		return status;
	}

	public ApplicationStatus.Transition transition() {
		return transition;
	}

	public boolean concurrent() {
		return concurrent;
	}

	/** Refused because the application is already decided or withdrawn. */
	public boolean settled() {
		return !concurrent && status.settled();
	}

}
