package eu.balticaigf.portal.sites;

/**
 * Weights from pairwise comparisons (Saaty's analytic hierarchy process): the principal
 * eigenvector of the comparison matrix, found by power iteration, and the consistency
 * ratio that says whether the comparisons agree with each other well enough to trust.
 */
final class Ahp {

	/** Above this ratio the comparisons contradict each other too much (Saaty's rule). */
	static final double MAX_CONSISTENCY_RATIO = 0.10;

	/**
	 * Saaty's random index by matrix size (index = n): the mean consistency index of
	 * random reciprocal matrices (Saaty, The Analytic Hierarchy Process, 1980).
	 */
	private static final double[] RANDOM_INDEX = { 0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
			1.56, 1.57, 1.59 };

	static final int MAX_SIZE = RANDOM_INDEX.length - 1;

	private static final double TOLERANCE = 1e-12;

	private static final int MAX_ITERATIONS = 10_000;

	private Ahp() {
	}

	/**
	 * The weights a consistent enough matrix gives.
	 * @throws NotAComparisonMatrix when it is not a square reciprocal matrix of 1–9 scale
	 * judgements
	 * @throws Inconsistent when its consistency ratio is above 0.10, naming the pair
	 * whose judgement disagrees most with the weights
	 */
	static Result weigh(double[][] matrix) {
		Result result = evaluate(matrix);
		if (result.consistencyRatio() > MAX_CONSISTENCY_RATIO) {
			throw new Inconsistent(result);
		}
		return result;
	}

	/** The weights and consistency of a well-formed matrix, however inconsistent. */
	static Result evaluate(double[][] matrix) {
		check(matrix);
		int n = matrix.length;
		double[] weights = new double[n];
		java.util.Arrays.fill(weights, 1.0 / n);
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] next = multiply(matrix, weights);
			double sum = 0;
			for (double value : next) {
				sum += value;
			}
			double change = 0;
			for (int i = 0; i < n; i++) {
				next[i] /= sum;
				change = Math.max(change, Math.abs(next[i] - weights[i]));
			}
			weights = next;
			if (change < TOLERANCE) {
				break;
			}
		}
		double[] product = multiply(matrix, weights);
		double lambdaMax = 0;
		for (int i = 0; i < n; i++) {
			lambdaMax += product[i] / weights[i];
		}
		lambdaMax /= n;
		double consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
		double consistencyRatio = n <= 2 ? 0 : consistencyIndex / RANDOM_INDEX[n];
		// The judgement furthest from what the weights imply (a_ij against w_i / w_j) is
		// the one to revisit first.
		int worstRow = 0;
		int worstColumn = n > 1 ? 1 : 0;
		double worstDeviation = -1;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double deviation = Math.abs(Math.log(matrix[i][j] * weights[j] / weights[i]));
				if (deviation > worstDeviation + TOLERANCE) {
					worstDeviation = deviation;
					worstRow = i;
					worstColumn = j;
				}
			}
		}
		return new Result(weights, lambdaMax, consistencyRatio, worstRow, worstColumn);
	}

	private static double[] multiply(double[][] matrix, double[] vector) {
		double[] result = new double[vector.length];
		for (int i = 0; i < matrix.length; i++) {
			double sum = 0;
			for (int j = 0; j < vector.length; j++) {
				sum += matrix[i][j] * vector[j];
			}
			result[i] = sum;
		}
		return result;
	}

	private static void check(double[][] matrix) {
		if (matrix == null || matrix.length < 2 || matrix.length > MAX_SIZE) {
			throw new NotAComparisonMatrix(NotAComparisonMatrix.Reason.SIZE, -1, -1);
		}
		int n = matrix.length;
		for (int i = 0; i < n; i++) {
			if (matrix[i] == null || matrix[i].length != n) {
				throw new NotAComparisonMatrix(NotAComparisonMatrix.Reason.SIZE, i, -1);
			}
		}
		for (int i = 0; i < n; i++) {
			if (Math.abs(matrix[i][i] - 1) > 1e-9) {
				throw new NotAComparisonMatrix(NotAComparisonMatrix.Reason.DIAGONAL, i, i);
			}
			for (int j = 0; j < n; j++) {
				double value = matrix[i][j];
				if (!Double.isFinite(value) || value < 1.0 / 9 - 1e-9 || value > 9 + 1e-9) {
					throw new NotAComparisonMatrix(NotAComparisonMatrix.Reason.SCALE, i, j);
				}
				// 1/3 typed as 0.333 is fine; 3 against 1/5 is not.
				if (Math.abs(value * matrix[j][i] - 1) > 0.01) {
					throw new NotAComparisonMatrix(NotAComparisonMatrix.Reason.RECIPROCAL, Math.min(i, j),
							Math.max(i, j));
				}
			}
		}
	}

	/**
	 * @param weights summing to 1, in the matrix's order
	 * @param lambdaMax the principal eigenvalue
	 * @param consistencyRatio the consistency index over Saaty's random index (0 for two
	 * criteria, which cannot disagree)
	 * @param worstRow with {@code worstColumn}, the pair whose judgement is furthest from
	 * the weights (row before column)
	 */
	record Result(double[] weights, double lambdaMax, double consistencyRatio, int worstRow, int worstColumn) {
	}

	/** Comparisons that contradict each other too much to give weights. */
	static final class Inconsistent extends IllegalArgumentException {

		private final transient Result result;

		Inconsistent(Result result) {
			super("The consistency ratio is %.3f, above %.2f; the comparison of %d with %d disagrees most.".formatted(
					result.consistencyRatio(), MAX_CONSISTENCY_RATIO, result.worstRow() + 1, result.worstColumn() + 1));
			this.result = result;
		}

		Result result() {
			return result;
		}

	}

	/** A matrix that is not one of pairwise comparisons. */
	static final class NotAComparisonMatrix extends IllegalArgumentException {

		enum Reason {

			/** Not square, or fewer than two or more than fifteen criteria. */
			SIZE,
			/** A criterion compared with itself is not 1. */
			DIAGONAL,
			/** A judgement outside 1/9 … 9. */
			SCALE,
			/** a_ji is not 1 / a_ij. */
			RECIPROCAL

		}

		private final Reason reason;

		private final int row;

		private final int column;

		NotAComparisonMatrix(Reason reason, int row, int column) {
			super(switch (reason) {
				case SIZE -> "The matrix must be square, with 2 to " + MAX_SIZE + " rows.";
				case DIAGONAL -> "Row " + (row + 1) + " compared with itself must be 1.";
				case SCALE -> "Row " + (row + 1) + ", column " + (column + 1) + " must be between 1/9 and 9.";
				case RECIPROCAL -> "Row " + (column + 1) + ", column " + (row + 1) + " must be 1 divided by row "
						+ (row + 1) + ", column " + (column + 1) + ".";
			});
			this.reason = reason;
			this.row = row;
			this.column = column;
		}

		Reason reason() {
			return reason;
		}

		int row() {
			return row;
		}

		int column() {
			return column;
		}

	}

}
