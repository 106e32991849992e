package eu.balticaigf.portal.application;

import static eu.balticaigf.portal.application.ApplicationStatus.Transition.ACCEPT;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.AMEND;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.ANSWER_INFORMATION;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.DECLINE;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.REOPEN;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.REQUEST_INFORMATION;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.RESUME_REVIEW;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.START_ELIGIBILITY_CHECK;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.START_REVIEW;
import static eu.balticaigf.portal.application.ApplicationStatus.Transition.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one rule of where an application may go, without a database. */
class ApplicationStatusTests {

	@Test
	void theFullPathMovesOneStepAtATime() {
		assertThat(ApplicationStatus.SUBMITTED.after(START_ELIGIBILITY_CHECK))
			.isEqualTo(ApplicationStatus.ELIGIBILITY_CHECK);
		assertThat(ApplicationStatus.ELIGIBILITY_CHECK.after(START_REVIEW)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(ApplicationStatus.UNDER_REVIEW.after(REQUEST_INFORMATION))
			.isEqualTo(ApplicationStatus.INFO_REQUESTED);
		assertThat(ApplicationStatus.INFO_REQUESTED.after(RESUME_REVIEW)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(ApplicationStatus.INFO_REQUESTED.after(ANSWER_INFORMATION))
			.isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(ApplicationStatus.UNDER_REVIEW.after(ACCEPT)).isEqualTo(ApplicationStatus.ACCEPTED);
	}

	@Test
	void stepsCannotBeSkippedOrRepeated() {
		assertThatThrownBy(() -> ApplicationStatus.SUBMITTED.after(START_REVIEW))
			.isInstanceOfSatisfying(IllegalTransition.class, refused -> assertThat(refused.settled()).isFalse());
		assertThatThrownBy(() -> ApplicationStatus.SUBMITTED.after(REQUEST_INFORMATION))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> ApplicationStatus.UNDER_REVIEW.after(START_ELIGIBILITY_CHECK))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> ApplicationStatus.INFO_REQUESTED.after(REQUEST_INFORMATION))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> ApplicationStatus.UNDER_REVIEW.after(RESUME_REVIEW))
			.isInstanceOf(IllegalTransition.class);
		// A second answer (double submit) finds the application already back in review.
		assertThatThrownBy(() -> ApplicationStatus.UNDER_REVIEW.after(ANSWER_INFORMATION))
			.isInstanceOf(IllegalTransition.class);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class,
			names = { "SUBMITTED", "ELIGIBILITY_CHECK", "UNDER_REVIEW", "INFO_REQUESTED" })
	void whileOpenTheApplicantMayAmendOrWithdrawAndStaffMayDecide(ApplicationStatus status) {
		assertThat(status.open()).isTrue();
		assertThat(status.after(AMEND)).isEqualTo(status);
		assertThat(status.after(WITHDRAW)).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(status.after(ACCEPT)).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(status.after(DECLINE)).isEqualTo(ApplicationStatus.DECLINED);
		assertThatThrownBy(() -> status.after(REOPEN)).isInstanceOf(IllegalTransition.class);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "ACCEPTED", "DECLINED", "WITHDRAWN" })
	void aSettledApplicationCannotBeAmendedWithdrawnOrMovedByTheApplicantOrStaff(ApplicationStatus status) {
		assertThat(status.settled()).isTrue();
		for (ApplicationStatus.Transition transition : ApplicationStatus.Transition.values()) {
			if (transition != REOPEN) {
				assertThatThrownBy(() -> status.after(transition)).as(transition.name())
					.isInstanceOfSatisfying(IllegalTransition.class, refused -> assertThat(refused.settled()).isTrue());
			}
		}
	}

	@Test
	void onlyStaffReopeningTakesADecisionBackToReviewAndAWithdrawalIsFinal() {
		assertThat(ApplicationStatus.ACCEPTED.after(REOPEN)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(ApplicationStatus.DECLINED.after(REOPEN)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThatThrownBy(() -> ApplicationStatus.WITHDRAWN.after(REOPEN)).isInstanceOf(IllegalTransition.class);
	}

	/**
	 * Retention takes the contact of applications that ended without joining; SQL asks
	 * the enum for their names instead of spelling them out.
	 */
	@Test
	void declinedAndWithdrawnApplicationsAreTheOnesSettledWithoutJoining() {
		assertThat(ApplicationStatus.namesWhere(ApplicationStatus::settledWithoutJoining)).containsExactly("DECLINED",
				"WITHDRAWN");
	}

}
