package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.sites.Criterion.Direction;

class ScoringTests {

	static final Criterion GRID = new Criterion("grid", Direction.MORE_IS_BETTER, 50.0);

	static final Criterion PRICE = new Criterion("price", Direction.LESS_IS_BETTER, 100.0);

	static Candidate site(String id, Double grid, Double price) {
		Map<String, Double> values = new HashMap<>();
		if (grid != null) {
			values.put("grid", grid);
		}
		if (price != null) {
			values.put("price", price);
		}
		return new Candidate(id, values);
	}

	@Test
	void aSiteBeyondAHardLimitIsOutAndSaysWhich() {
		Scoring.Scores scores = Scoring.assess(List.of(GRID, PRICE), new double[] { 0.7, 0.3 },
				List.of(site("A", 100.0, 60.0), site("B", 60.0, 40.0), site("C", 40.0, 120.0), site("D", 50.0, 100.0)));

		assertThat(scores.out()).singleElement().satisfies(out -> {
			assertThat(out.candidate().id()).isEqualTo("C");
			assertThat(out.failures()).containsExactly(new Scoring.Failure("grid", 40, 50),
					new Scoring.Failure("price", 120, 100));
		});
		// On the limit is within it.
		assertThat(scores.ranking()).extracting(r -> r.candidate().id()).contains("D");
	}

	@Test
	void weighsValuesNormalisedBetweenTheWorstAndTheBestWhicheverWayIsBetter() {
		// By hand: grid A 100 → 1, B 60 → 0; price (less is better) A 60 → 0, B 40 → 1.
		// A = 0.7 × 1 + 0.3 × 0 = 0.7; B = 0.7 × 0 + 0.3 × 1 = 0.3.
		Scoring.Scores scores = Scoring.assess(List.of(GRID, PRICE), new double[] { 7, 3 },
				List.of(site("B", 60.0, 40.0), site("A", 100.0, 60.0)));

		assertThat(scores.weights()).containsExactly(new double[] { 0.7, 0.3 }, within(1e-12));
		assertThat(scores.ranking()).extracting(r -> r.candidate().id()).containsExactly("A", "B");
		assertThat(scores.ranking().get(0).score()).isCloseTo(0.7, within(1e-12));
		assertThat(scores.ranking().get(1).score()).isCloseTo(0.3, within(1e-12));
		assertThat(scores.ranking().get(0).rank()).isEqualTo(1);
	}

	@Test
	void aMissingValueIsFlaggedAndNeverCountedAsZero() {
		// D's grid, 80, is half-way between B (60) and A (100): 0.5 on the criteria it
		// has. Read as zero, its price would have made it 0.35 and put it below B.
		Scoring.Scores scores = Scoring.assess(List.of(GRID, PRICE), new double[] { 0.7, 0.3 },
				List.of(site("A", 100.0, 60.0), site("B", 60.0, 40.0), site("D", 80.0, null)));

		assertThat(scores.ranking()).extracting(r -> r.candidate().id()).containsExactly("A", "D", "B");
		Scoring.Ranked d = scores.ranking().get(1);
		assertThat(d.score()).isCloseTo(0.5, within(1e-12));
		assertThat(d.coverage()).isCloseTo(0.7, within(1e-12));
		assertThat(d.missing()).containsExactly("price");
		assertThat(d.topsis()).as("TOPSIS needs every value").isNull();
		assertThat(d.uncheckedLimits()).containsExactly("price");
		assertThat(scores.ranking().get(0).topsis()).isNotNull();
		assertThat(scores.ranking().get(0).missing()).isEmpty();
	}

	@Test
	void topsisMatchesAPublishedExample() {
		// Four alternatives, three benefit criteria and one cost criterion, weights 0.1,
		// 0.4, 0.3, 0.2: the example of F. Faez, "TOPSIS Method in MADM", as worked in
		// the README of TOPSIS-Python (https://libraries.io/pypi/topsis-antuanant/0.0.3,
		// https://github.com/Anant99-sys/topsis): C = [0.74269409 0.40359933 0.17586999
		// 0.44142927].
		List<Criterion> criteria = List.of(new Criterion("c1", Direction.MORE_IS_BETTER, null),
				new Criterion("c2", Direction.MORE_IS_BETTER, null),
				new Criterion("c3", Direction.MORE_IS_BETTER, null),
				new Criterion("c4", Direction.LESS_IS_BETTER, null));
		double[][] matrix = { { 7, 9, 9, 8 }, { 8, 7, 8, 7 }, { 9, 6, 8, 9 }, { 6, 7, 8, 6 } };
		List<Candidate> candidates = new java.util.ArrayList<>();
		for (int i = 0; i < matrix.length; i++) {
			Map<String, Double> values = new HashMap<>();
			for (int j = 0; j < 4; j++) {
				values.put("c" + (j + 1), matrix[i][j]);
			}
			candidates.add(new Candidate("a" + (i + 1), values));
		}

		Double[] closeness = Scoring.topsis(criteria, new double[] { 0.1, 0.4, 0.3, 0.2 }, candidates);

		assertThat(closeness[0]).isCloseTo(0.74269409, within(1e-8));
		assertThat(closeness[1]).isCloseTo(0.40359933, within(1e-8));
		assertThat(closeness[2]).isCloseTo(0.17586999, within(1e-8));
		assertThat(closeness[3]).isCloseTo(0.44142927, within(1e-8));
		Scoring.Scores scores = Scoring.assess(criteria, new double[] { 0.1, 0.4, 0.3, 0.2 }, candidates);
		assertThat(scores.ranking()).filteredOn(r -> r.candidate().id().equals("a4"))
			.singleElement()
			.satisfies(r -> assertThat(r.topsisRank()).isEqualTo(2));
	}

	@Test
	void refusesWeightsThatAreNotWeights() {
		assertThatThrownBy(() -> Scoring.assess(List.of(GRID, PRICE), new double[] { 1 }, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Scoring.assess(List.of(GRID, PRICE), new double[] { 1, -1 }, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Scoring.assess(List.of(GRID, PRICE), new double[] { 0, 0 }, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
