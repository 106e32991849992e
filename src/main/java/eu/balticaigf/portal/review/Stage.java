package eu.balticaigf.portal.review;

import java.util.Arrays;
import java.util.Set;

/** The review stages, stored by name in {@code application.status}. */
enum Stage {

	SUBMITTED, ELIGIBILITY_CHECK, UNDER_REVIEW, INFO_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN;

	static final Set<Stage> DECIDED = Set.of(ACCEPTED, DECLINED);

	/** Whether a value (from a request, a message argument) names a stage. */
	static boolean isName(String value) {
		return Arrays.stream(values()).anyMatch(stage -> stage.name().equals(value));
	}

	/** A decision or a withdrawal ends the review: nothing moves it again. */
	public boolean closed() {
		return DECIDED.contains(this) || this == WITHDRAWN;
	}

	public boolean open() {
		return !closed();
	}

}
