package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workflow rules of the review aggregate, without a database. */
class ReviewTests {

	private static Review at(Stage stage) {
		return new Review("BAIGF-TEST", stage);
	}

	@Test
	void theFullPathMovesOneStepAtATime() {
		assertThat(at(Stage.SUBMITTED).startEligibilityCheck("complete").to()).isEqualTo(Stage.ELIGIBILITY_CHECK);
		assertThat(at(Stage.ELIGIBILITY_CHECK).startReview("eligible").to()).isEqualTo(Stage.UNDER_REVIEW);
		assertThat(at(Stage.UNDER_REVIEW).requestInformation("Which GPUs?").to()).isEqualTo(Stage.INFO_REQUESTED);
		assertThat(at(Stage.INFO_REQUESTED).resumeReview("answered").to()).isEqualTo(Stage.UNDER_REVIEW);
		Review.Move accept = at(Stage.UNDER_REVIEW).accept("  strong fit  ");
		assertThat(accept.to()).isEqualTo(Stage.ACCEPTED);
		assertThat(accept.from()).isEqualTo(Stage.UNDER_REVIEW);
		assertThat(accept.reason()).isEqualTo("strong fit");
		assertThat(accept.action()).isEqualTo("ACCEPT");
	}

	@Test
	void theApplicantsAnswerReturnsTheApplicationToReviewOnlyWhileAQuestionIsOpen() {
		Review.Move answer = at(Stage.INFO_REQUESTED).answerInformation("We use H100s.");
		assertThat(answer.to()).isEqualTo(Stage.UNDER_REVIEW);
		assertThat(answer.action()).isEqualTo(Review.ANSWER_INFORMATION);
		// A second answer (double submit) finds the application already back in review.
		assertThatThrownBy(() -> at(Stage.UNDER_REVIEW).answerInformation("again")).isInstanceOf(IllegalMove.class);
	}

	@ParameterizedTest
	@EnumSource(value = Stage.class, names = { "SUBMITTED", "ELIGIBILITY_CHECK", "UNDER_REVIEW", "INFO_REQUESTED" })
	void aDecisionIsAllowedFromEveryOpenStage(Stage stage) {
		assertThat(at(stage).accept("fit").to()).isEqualTo(Stage.ACCEPTED);
		assertThat(at(stage).decline("no fit").to()).isEqualTo(Stage.DECLINED);
	}

	@ParameterizedTest
	@EnumSource(value = Stage.class, names = { "ACCEPTED", "DECLINED", "WITHDRAWN" })
	void nothingMovesAClosedApplication(Stage stage) {
		Review review = at(stage);
		for (Runnable move : new Runnable[] { () -> review.accept("x"), () -> review.decline("x"),
				() -> review.startEligibilityCheck("x"), () -> review.startReview("x"),
				() -> review.requestInformation("x"), () -> review.resumeReview("x") }) {
			assertThatThrownBy(move::run).isInstanceOfSatisfying(IllegalMove.class,
					refusal -> assertThat(refusal.closed()).isTrue());
		}
	}

	@Test
	void theApplicantMayWithdrawFromAnyOpenStageWithoutGivingAReason() {
		assertThat(at(Stage.INFO_REQUESTED).withdraw(null).to()).isEqualTo(Stage.WITHDRAWN);
		assertThat(at(Stage.SUBMITTED).withdraw("  joined another consortium ").reason())
			.isEqualTo("joined another consortium");
		assertThatThrownBy(() -> at(Stage.ACCEPTED).withdraw("")).isInstanceOf(IllegalMove.class);
	}

	@Test
	void stepsCannotBeSkippedOrRepeated() {
		assertThatThrownBy(() -> at(Stage.SUBMITTED).startReview("skip")).isInstanceOfSatisfying(IllegalMove.class,
				refusal -> {
					assertThat(refusal.messageKey()).isEqualTo("review.move.illegal");
					assertThat(refusal.closed()).isFalse();
				});
		assertThatThrownBy(() -> at(Stage.SUBMITTED).requestInformation("?")).isInstanceOf(IllegalMove.class);
		assertThatThrownBy(() -> at(Stage.UNDER_REVIEW).startEligibilityCheck("back"))
			.isInstanceOf(IllegalMove.class);
		assertThatThrownBy(() -> at(Stage.INFO_REQUESTED).requestInformation("again"))
			.isInstanceOf(IllegalMove.class);
		assertThatThrownBy(() -> at(Stage.UNDER_REVIEW).resumeReview("not waiting"))
			.isInstanceOf(IllegalMove.class);
	}

	@Test
	void everyMoveNeedsAReasonOfSensibleLength() {
		assertThatThrownBy(() -> at(Stage.SUBMITTED).accept("  ")).isInstanceOfSatisfying(IllegalMove.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo("review.move.reasonRequired"));
		assertThatThrownBy(() -> at(Stage.SUBMITTED).decline(null)).isInstanceOf(IllegalMove.class);
		assertThatThrownBy(() -> at(Stage.SUBMITTED).decline("x".repeat(Review.REASON_MAX + 1)))
			.isInstanceOfSatisfying(IllegalMove.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("review.move.reasonTooLong"));
	}

}
