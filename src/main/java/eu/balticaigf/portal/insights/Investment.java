package eu.balticaigf.portal.insights;

/** The private-funding arithmetic, in whole euros. */
final class Investment {

	private Investment() {
	}

	/**
	 * What is still missing to reach the target; never below zero (an over-subscribed
	 * call has no gap).
	 */
	static long gap(long targetEur, long indicativeEur) {
		return Math.max(0, Math.subtractExact(targetEur, indicativeEur));
	}

	/**
	 * {@code part} as a whole per cent of {@code whole}, rounded half up; 0 when the
	 * whole is 0.
	 */
	static long percent(long part, long whole) {
		if (whole <= 0) {
			return 0;
		}
		return java.math.BigDecimal.valueOf(part)
			.multiply(java.math.BigDecimal.valueOf(100))
			.divide(java.math.BigDecimal.valueOf(whole), 0, java.math.RoundingMode.HALF_UP)
			.longValueExact();
	}

}
