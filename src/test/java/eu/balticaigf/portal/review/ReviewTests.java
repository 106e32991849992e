package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review's rules for a move on top of the application's status rule, without a
 * database.
 */
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
		assertThatThrownBy(() -> judge(ApplicationStatus.SUBMITTED, Transition.ACCEPT, "  ")).isInstanceOfSatisfying(
				IllegalMove.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("review.move.reasonRequired"));
		assertThatThrownBy(() -> judge(ApplicationStatus.SUBMITTED, Transition.DECLINE, null))
			.isInstanceOf(IllegalMove.class);
		assertThatThrownBy(() -> judge(ApplicationStatus.ACCEPTED, Transition.REOPEN, " "))
			.isInstanceOf(IllegalMove.class);
		assertThatThrownBy(
				() -> judge(ApplicationStatus.SUBMITTED, Transition.DECLINE, "x".repeat(Review.REASON_MAX + 1)))
			.isInstanceOfSatisfying(IllegalMove.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("review.move.reasonTooLong"));
	}

	@Test
	void anInformationRequestNeedsAQuestionAndADecisionsMessageIsOptional() {
		assertThat(Review.problems(Transition.REQUEST_INFORMATION, "Sites missing", " "))
			.extracting(IllegalMove::messageKey, IllegalMove::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("review.move.questionRequired", "message"));
		assertThat(Review.problems(Transition.DECLINE, "", "x".repeat(Review.REASON_MAX + 1)))
			.extracting(IllegalMove::field)
			.containsExactly("reason", "message");
		Review.Move decline = Review.judge("BAIGF-TEST", ApplicationStatus.UNDER_REVIEW, Transition.DECLINE, "Scope",
				"  ");
		assertThat(decline.message()).isNull();
	}

	@Test
	void anAnswerByDateIsAfterTodayAndWithinAYearAndLastsToTheEndOfThatDayInTheCallsZone() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 10);
		java.time.ZoneId vilnius = java.time.ZoneId.of("Europe/Vilnius");
		assertThat(Review.answerBy("2026-03-24", today, vilnius))
			.isEqualTo(java.time.Instant.parse("2026-03-24T21:59:59Z"));
		assertThat(Review.defaultAnswerBy(today, 14)).isEqualTo(java.time.LocalDate.of(2026, 3, 24));
		for (String wrong : new String[] { "2026-03-10", "2026-03-09", "2027-03-11", "24.03.2026", "", null }) {
			assertThatThrownBy(() -> Review.answerBy(wrong, today, vilnius)).as(wrong)
				.isInstanceOfSatisfying(IllegalMove.class,
						refusal -> assertThat(refusal.field()).isEqualTo("answerBy"));
		}
	}

	@Test
	void theMinistrysOwnReconsiderationTextIsUsedInItsLanguageOnly() {
		ReviewSettings settings = new ReviewSettings(java.util.Map.of("lt", "  Rašykite ministerijai per 14 dienų. "),
				14);
		assertThat(settings.reconsideration(java.util.Locale.forLanguageTag("lt")))
			.isEqualTo("Rašykite ministerijai per 14 dienų.");
		assertThat(settings.reconsideration(java.util.Locale.ENGLISH)).isNull();
		assertThat(new ReviewSettings(null, 14).reconsideration(java.util.Locale.ENGLISH)).isNull();
	}

}
