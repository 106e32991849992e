package eu.balticaigf.portal.insights;

/**
 * The applications of one call that share a status, category, country and size, added up.
 * Every figure of the dashboard and the public statistics is a sum over such cells, so
 * the database hands over at most a few thousand of them however many applications there
 * are.
 *
 * @param investors applications stating a private investment above zero
 * @param demanders applications stating a compute demand above zero
 */
record Cell(String status, String category, String country, String size, long applications, long investors,
		long investmentEur, long demanders, long computeGpuHours) {

	/**
	 * Withdrawn applications count nowhere except in the submissions per day and the
	 * staff's stage table.
	 */
	boolean withdrawn() {
		return Vocabulary.WITHDRAWN.equals(status);
	}

	/**
	 * Still part of the consortium's picture: neither withdrawn by the applicant nor
	 * declined by the ministry.
	 */
	boolean active() {
		return !withdrawn() && !Vocabulary.DECLINED.equals(status);
	}

	boolean accepted() {
		return Vocabulary.ACCEPTED.equals(status);
	}

	boolean sme() {
		return !"LARGE".equals(size);
	}

}
