package eu.balticaigf.portal.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where an application stands, stored by name in {@code application.status}. The
 * application module owns it: every change goes through {@link #after(Transition)}, the
 * one place that says which moves are legal, and is written by this module. Its labels
 * are the message keys {@code application.status.<NAME>}, the only ones.
 */
public enum ApplicationStatus {

	SUBMITTED, ELIGIBILITY_CHECK, UNDER_REVIEW, INFO_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN;

	/**
	 * The ways an application's status can change, each named, each legal only from the
	 * statuses it lists.
	 */
	public enum Transition {

		/**
		 * The applicant changes their answers: allowed while the application is open; the
		 * status stays.
		 */
		AMEND(null, SUBMITTED, ELIGIBILITY_CHECK, UNDER_REVIEW, INFO_REQUESTED),
		WITHDRAW(WITHDRAWN, SUBMITTED, ELIGIBILITY_CHECK, UNDER_REVIEW, INFO_REQUESTED),
		START_ELIGIBILITY_CHECK(ELIGIBILITY_CHECK, SUBMITTED), START_REVIEW(UNDER_REVIEW, ELIGIBILITY_CHECK),
		REQUEST_INFORMATION(INFO_REQUESTED, UNDER_REVIEW),
		/** Staff stop waiting for an answer. */
		RESUME_REVIEW(UNDER_REVIEW, INFO_REQUESTED),
		/** The applicant answered the question. */
		ANSWER_INFORMATION(UNDER_REVIEW, INFO_REQUESTED),
		/**
		 * A decision may be taken from any open stage: staff may accept an obvious fit
		 * without the full path.
		 */
		ACCEPT(ACCEPTED, SUBMITTED, ELIGIBILITY_CHECK, UNDER_REVIEW, INFO_REQUESTED),
		DECLINE(DECLINED, SUBMITTED, ELIGIBILITY_CHECK, UNDER_REVIEW, INFO_REQUESTED),
		/**
		 * Staff take a decision back (a mistake, an appeal): the application is under
		 * review again.
		 */
		REOPEN(UNDER_REVIEW, ACCEPTED, DECLINED);

		private final ApplicationStatus to;

		private final ApplicationStatus[] from;

		Transition(ApplicationStatus to, ApplicationStatus... from) {
			this.to = to;
			this.from = from;
		}

		public boolean decides() {
			return this == ACCEPT || this == DECLINE;
		}

		/**
		 * Where it leads; for {@link #AMEND}, which changes answers and not the status,
		 * null.
		 */
		public ApplicationStatus target() {
			return to;
		}

	}

	/**
	 * The status after {@code transition}, or {@link IllegalTransition} when it is not
	 * legal from here.
	 */
	public ApplicationStatus after(Transition transition) {
		if (!allows(transition)) {
			throw new IllegalTransition(this, transition);
		}
		return transition.target() == null ? this : transition.target();
	}

	public boolean allows(Transition transition) {
		return Arrays.asList(transition.from).contains(this);
	}

	public boolean decided() {
		return this == ACCEPTED || this == DECLINED;
	}

	/**
	 * Decided or withdrawn: the applicant can change nothing more; only staff can reopen
	 * a decision.
	 */
	public boolean settled() {
		return decided() || this == WITHDRAWN;
	}

	public boolean open() {
		return !settled();
	}

	/**
	 * Settled without joining: declined or withdrawn. Retention removes the contact of
	 * these once their call has long closed; an accepted one keeps it while the
	 * consortium is formed.
	 */
	public boolean settledWithoutJoining() {
		return settled() && this != ACCEPTED;
	}

	/**
	 * The stored names of the statuses a rule holds for, so that SQL filtering by a rule
	 * asks this enum rather than repeating it.
	 */
	static List<String> namesWhere(Predicate<ApplicationStatus> rule) {
		return Arrays.stream(values()).filter(rule).map(ApplicationStatus::name).toList();
	}

	/** The status a request or an API query names, if it names one. */
	public static Optional<ApplicationStatus> parse(String name) {
		return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
	}

	/** The message key of this status's label. */
	public String label() {
		return "application.status." + name();
	}

}
