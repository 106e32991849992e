package eu.balticaigf.portal.sites;

/**
 * A criterion as the scoring sees it.
 *
 * @param code stable name, e.g. {@code grid-capacity}
 * @param direction whether more or less is better
 * @param limit the hard limit, or null: the least acceptable value when more is better,
 * the most when less is better
 */
record Criterion(String code, Direction direction, Double limit) {

	enum Direction {

		MORE_IS_BETTER, LESS_IS_BETTER

	}

	Criterion {
		java.util.Objects.requireNonNull(code);
		java.util.Objects.requireNonNull(direction);
		if (limit != null && !Double.isFinite(limit)) {
			throw new IllegalArgumentException("A hard limit must be a number.");
		}
	}

	/** Whether this value is beyond the hard limit (a value on the limit passes). */
	boolean fails(double value) {
		if (limit == null) {
			return false;
		}
		return direction == Direction.MORE_IS_BETTER ? value < limit : value > limit;
	}

}
