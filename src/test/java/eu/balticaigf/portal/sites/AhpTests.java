package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AhpTests {

	@Test
	void weighsTheIssuesMatrixAsSaatysMethodDoes() {
		// Issue 18, point 3: computed by hand with the eigenvector method.
		Ahp.Result result = Ahp.weigh(new double[][] { { 1, 3, 5 }, { 1.0 / 3, 1, 3 }, { 1.0 / 5, 1.0 / 3, 1 } });

		assertThat(result.weights()[0]).isCloseTo(0.637, within(0.0005));
		assertThat(result.weights()[1]).isCloseTo(0.258, within(0.0005));
		assertThat(result.weights()[2]).isCloseTo(0.105, within(0.0005));
		assertThat(result.lambdaMax()).isCloseTo(3.0385, within(0.0005));
		assertThat(result.consistencyRatio()).isCloseTo(0.033, within(0.0005));
	}

	@Test
	void aPerfectlyConsistentMatrixGivesItsRatiosAndNoInconsistency() {
		Ahp.Result result = Ahp.weigh(new double[][] { { 1, 2, 4 }, { 0.5, 1, 2 }, { 0.25, 0.5, 1 } });

		assertThat(result.weights()).containsExactly(new double[] { 4.0 / 7, 2.0 / 7, 1.0 / 7 }, within(1e-9));
		assertThat(result.consistencyRatio()).isCloseTo(0, within(1e-9));
	}

	@Test
	void refusesAMatrixAboveTheRatioNamingThePairThatDisagreesMost() {
		// Consistent with weights 8:4:2:1 except that the first criterion is now said to
		// matter an eighth as much as the last: that judgement is the odd one out.
		double[][] matrix = { { 1, 2, 4, 1.0 / 8 }, { 0.5, 1, 2, 4 }, { 0.25, 0.5, 1, 2 }, { 8, 0.25, 0.5, 1 } };

		assertThatThrownBy(() -> Ahp.weigh(matrix)).isInstanceOfSatisfying(Ahp.Inconsistent.class, refused -> {
			assertThat(refused.result().consistencyRatio()).isGreaterThan(0.10);
			assertThat(refused.result().worstRow()).isZero();
			assertThat(refused.result().worstColumn()).isEqualTo(3);
			assertThat(refused).hasMessageContaining("comparison of 1 with 4");
		});
	}

	@Test
	void refusesWhatIsNotAComparisonMatrix() {
		assertThatThrownBy(() -> Ahp.weigh(new double[][] { { 1, 3 }, { 3, 1 } })).isInstanceOfSatisfying(
				Ahp.NotAComparisonMatrix.class,
				refused -> assertThat(refused.reason()).isEqualTo(Ahp.NotAComparisonMatrix.Reason.RECIPROCAL));
		assertThatThrownBy(() -> Ahp.weigh(new double[][] { { 1, 10 }, { 0.1, 1 } })).isInstanceOfSatisfying(
				Ahp.NotAComparisonMatrix.class,
				refused -> assertThat(refused.reason()).isEqualTo(Ahp.NotAComparisonMatrix.Reason.SCALE));
		assertThatThrownBy(() -> Ahp.weigh(new double[][] { { 1, 2, 3 }, { 0.5, 1 } })).isInstanceOfSatisfying(
				Ahp.NotAComparisonMatrix.class,
				refused -> assertThat(refused.reason()).isEqualTo(Ahp.NotAComparisonMatrix.Reason.SIZE));
		assertThatThrownBy(() -> Ahp.weigh(new double[][] { { 2, 1 }, { 1, 1 } })).isInstanceOfSatisfying(
				Ahp.NotAComparisonMatrix.class,
				refused -> assertThat(refused.reason()).isEqualTo(Ahp.NotAComparisonMatrix.Reason.DIAGONAL));
	}

	@Test
	void acceptsReciprocalsTypedToThreeDecimals() {
		Ahp.Result result = Ahp.weigh(new double[][] { { 1, 3, 5 }, { 0.333, 1, 3 }, { 0.2, 0.333, 1 } });

		assertThat(result.weights()[0]).isCloseTo(0.637, within(0.001));
	}

}
