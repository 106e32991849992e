package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The review's rules for a move on top of the application's status rule, without a database. */
class ReviewTests {

	private static Review.Move judge(ApplicationStatus status, Transition transition, String reason) {
		return Review.judge("BAIGF-TEST", status, transition, reason);
	}

	@Test
	void aLegalMoveKeepsItsTidiedReasonAndSaysWhereItLeads() {
		Review.Move accept = judge(ApplicationStatus.UNDER_REVIEW, Transition.ACCEPT, "  strong fit  ");
		assertThat(accept.from()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(accept.to()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(accept.reason()).isEqualTo("strong fit");
		assertThat(accept.action()).isEqualTo("ACCEPT");
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "ACCEPTED", "DECLINED", "WITHDRAWN" })
	void aSettledApplicationIsRefusedAsClosedBeforeTheReasonIsLookedAt(ApplicationStatus status) {
		for (Transition transition : new Transition[] { Transition.ACCEPT, Transition.DECLINE,
				Transition.START_ELIGIBILITY_CHECK, Transition.START_REVIEW, Transition.REQUEST_INFORMATION,
				Transition.RESUME_REVIEW }) {
			assertThatThrownBy(() -> judge(status, transition, "")).isInstanceOfSatisfying(IllegalMove.class,
					refusal -> assertThat(refusal.closed()).isTrue());
		}
	}

	@Test
	void aSkippedStepIsIllegalNotClosed() {
		assertThatThrownBy(() -> judge(ApplicationStatus.SUBMITTED, Transition.START_REVIEW, "skip"))
			.isInstanceOfSatisfying(IllegalMove.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("review.move.illegal");
				assertThat(refusal.closed()).isFalse();
			});
	}

	@Test
	void theApplicantMayWithdrawWithoutGivingAReason() {
		assertThat(judge(ApplicationStatus.INFO_REQUESTED, Transition.WITHDRAW, null).to())
			.isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(judge(ApplicationStatus.SUBMITTED, Transition.WITHDRAW, "  joined another consortium ").reason())
			.isEqualTo("joined another consortium");
	}

	@Test
	void everyStaffMoveNeedsAReasonOfSensibleLength() {
		assertThatThrownBy(() -> judge(ApplicationStatus.SUBMITTED, Transition.ACCEPT, "  "))
			.isInstanceOfSatisfying(IllegalMove.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("review.move.reasonRequired"));
		assertThatThrownBy(() -> judge(ApplicationStatus.SUBMITTED, Transition.DECLINE, null)).isInstanceOf(IllegalMove.class);
		assertThatThrownBy(() -> judge(ApplicationStatus.ACCEPTED, Transition.REOPEN, " ")).isInstanceOf(IllegalMove.class);
		assertThatThrownBy(
				() -> judge(ApplicationStatus.SUBMITTED, Transition.DECLINE, "x".repeat(Review.REASON_MAX + 1)))
			.isInstanceOfSatisfying(IllegalMove.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("review.move.reasonTooLong"));
	}

}
