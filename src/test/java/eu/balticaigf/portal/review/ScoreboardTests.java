package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Totals, weighted averages and when reviewers disagree, without a database. */
class ScoreboardTests {

	private static Scoreboard.ScoreSet set(String reviewer, int fit, int capacity, int investment, int compute) {
		return new Scoreboard.ScoreSet(reviewer, Map.of("STRATEGIC_FIT", fit, "CAPACITY", capacity,
				"INVESTMENT_READINESS", investment, "COMPUTE_CREDIBILITY", compute), Instant.EPOCH);
	}

	private static Scoreboard board(Scoreboard.ScoreSet... sets) {
		return new Scoreboard(Rubric.DEFAULT, List.of(sets));
	}

	@Test
	void theDefaultRubricWeighsFitAndCapacityMost() {
		assertThat(Rubric.DEFAULT.criteria()).extracting(Rubric.Criterion::code)
			.containsExactly("STRATEGIC_FIT", "CAPACITY", "INVESTMENT_READINESS", "COMPUTE_CREDIBILITY");
		assertThat(Rubric.DEFAULT.criteria()).extracting(Rubric.Criterion::weight).containsExactly(30, 30, 20, 20);
	}

	@Test
	void totalsAndWeightedAveragesFollowTheWeights() {
		Scoreboard.ScoreSet one = set("a@ministry.test", 5, 5, 1, 1);
		Scoreboard board = board(one);
		assertThat(board.total(one)).isEqualTo(12);
		// (5*30 + 5*30 + 1*20 + 1*20) / 100
		assertThat(board.weightedAverage(one)).isEqualByComparingTo("3.40");
		assertThat(board.mean()).isEqualByComparingTo("3.40");
		assertThat(board.disagree()).isFalse();
	}

	@Test
	void aCriterionAddedAfterScoringDoesNotCountAgainstTheReviewer() {
		Rubric wider = new Rubric(List.of(new Rubric.Criterion("STRATEGIC_FIT", null, 50),
				new Rubric.Criterion("CUSTOM_X", "Green energy", 50)));
		assertThat(wider.weightedAverage(Map.of("STRATEGIC_FIT", 4))).isEqualByComparingTo("4.00");
		assertThat(wider.weightedAverage(Map.of())).isNull();
	}

	@Test
	void closeScoresAreNoDisagreement() {
		Scoreboard board = board(set("a", 4, 4, 3, 3), set("b", 3, 4, 4, 3));
		assertThat(board.spread()).isLessThan(Scoreboard.SPREAD_LIMIT);
		assertThat(board.contested()).isEmpty();
		assertThat(board.disagree()).isFalse();
		assertThat(board.mean()).isEqualByComparingTo("3.55");
	}

	@Test
	void weightedAveragesOneAndAHalfPointsApartAreADisagreement() {
		Scoreboard board = board(set("a", 5, 5, 4, 4), set("b", 4, 3, 3, 3));
		assertThat(board.spread()).isEqualByComparingTo(new BigDecimal("1.30"));
		assertThat(board.spreadTooWide()).isFalse();
		Scoreboard widest = board(set("a", 5, 5, 5, 5), set("b", 4, 3, 3, 4));
		assertThat(widest.spread()).isEqualByComparingTo(new BigDecimal("1.50"));
		assertThat(widest.spreadTooWide()).isTrue();
		assertThat(widest.disagree()).isTrue();
	}

	@Test
	void twoPointsApartOnOneCriterionIsADisagreementEvenWhenTheAveragesAgree() {
		Scoreboard board = board(set("a", 5, 3, 3, 3), set("b", 3, 5, 3, 3));
		assertThat(board.spread()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(board.contested()).extracting(Rubric.Criterion::code).containsExactly("STRATEGIC_FIT", "CAPACITY");
		assertThat(board.disagree()).isTrue();
	}

	@Test
	void oneReviewerCannotDisagree() {
		assertThat(board(set("a", 1, 5, 1, 5)).disagree()).isFalse();
		assertThat(board().mean()).isNull();
	}

}
