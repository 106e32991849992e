package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class SensitivityTests {

	static final List<Criterion> CRITERIA = List.of(ScoringTests.GRID, ScoringTests.PRICE);

	/** A is best on grid and worst on price, B the other way round. */
	static final List<Candidate> TWO = List.of(ScoringTests.site("A", 100.0, 60.0), ScoringTests.site("B", 60.0, 40.0));

	@Test
	void theSmallestSingleWeightChangeThatSwapsNeighbours() {
		// A scores the grid weight, B the price weight: they swap when grid falls from
		// 0.7 to 0.5 (or price rises from 0.3 to 0.5, the same distance; grid is found
		// first).
		Scoring.Scores scores = Scoring.assess(CRITERIA, new double[] { 0.7, 0.3 }, TWO);

		List<Sensitivity.Swap> swaps = Sensitivity.swaps(scores);

		assertThat(swaps).singleElement().satisfies(swap -> {
			assertThat(swap.position()).isEqualTo(1);
			assertThat(swap.criterion()).isEqualTo("grid");
			assertThat(swap.from()).isCloseTo(0.7, within(1e-9));
			assertThat(swap.to()).isCloseTo(0.5, within(1e-6));
		});
	}

	@Test
	void saysWhenNoSingleWeightCanSwapThem() {
		// A is better on both: no weighting puts B first.
		Scoring.Scores scores = Scoring.assess(CRITERIA, new double[] { 0.5, 0.5 },
				List.of(ScoringTests.site("A", 100.0, 40.0), ScoringTests.site("B", 60.0, 60.0)));

		assertThat(Sensitivity.swaps(scores)).singleElement().satisfies(swap -> assertThat(swap.possible()).isFalse());
	}

	@Test
	void randomWeightsAroundAClearChoiceNeverChangeTheWinner() {
		// Grid's weight drawn within 0.7 × [0.8, 1.2] and price's within 0.3 × [0.8,
		// 1.2]:
		// grid's rescaled weight is at least 0.56 / (0.56 + 0.36) = 0.61, so A always
		// wins.
		Scoring.Scores scores = Scoring.assess(CRITERIA, new double[] { 0.7, 0.3 }, TWO);

		List<Sensitivity.Odds> odds = Sensitivity.draws(scores);

		assertThat(odds).containsExactly(new Sensitivity.Odds("A", 1.0, 1, 1), new Sensitivity.Odds("B", 0.0, 2, 2));
	}

	@Test
	void randomWeightsAroundACloseChoiceGiveTheChanceComputedByHand() {
		// A wins when 0.55 u1 > 0.45 u2 for u1, u2 uniform on [0.8, 1.2]. B wins on the
		// triangle u2 ≥ (11/9) u1: its area ∫ from 0.8 to 0.98182 of (1.2 − 11/9 u1) du1
		// =
		// 0.020202 over the square's 0.16, so B is first with chance 0.1263 and A with
		// 0.8737 (10,000 draws: standard error 0.0033).
		Scoring.Scores scores = Scoring.assess(CRITERIA, new double[] { 0.55, 0.45 }, TWO);

		List<Sensitivity.Odds> odds = Sensitivity.draws(scores);

		assertThat(odds.get(0).id()).isEqualTo("A");
		assertThat(odds.get(0).chanceFirst()).isCloseTo(0.8737, within(0.012));
		assertThat(odds.get(0).bestRank()).isEqualTo(1);
		assertThat(odds.get(0).worstRank()).isEqualTo(2);
		assertThat(odds.get(1).chanceFirst()).isCloseTo(0.1263, within(0.012));
		assertThat(odds.get(0).chanceFirst() + odds.get(1).chanceFirst()).isCloseTo(1, within(1e-12));
		assertThat(Sensitivity.draws(scores)).as("seeded: the same figures every time").isEqualTo(odds);
	}

}
