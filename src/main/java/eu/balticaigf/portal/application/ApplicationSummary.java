package eu.balticaigf.portal.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A call's applications added up at one moment, for dashboards and public statistics
 * ({@link Applications#summary}): small by construction (a few thousand cells however
 * many applications there are), and nothing in it names an organisation.
 *
 * @param cells the applications that share a status, category, country and size, one cell
 * per combination that occurs
 * @param days submissions per day in the zone the reader asked for, oldest first; days
 * without any are left out. Withdrawn applications count: they were submitted
 * @param largestInvestments the two largest investment intents among the applications
 * taking part
 * @param largestComputeDemands the two largest compute demands among them
 */
public record ApplicationSummary(List<Cell> cells, List<Day> days, Largest largestInvestments,
		Largest largestComputeDemands) {

	/**
	 * @param investors applications stating a private investment above zero
	 * @param demanders applications stating a compute demand above zero
	 */
	public record Cell(ApplicationStatus status, String category, String country, String size, long applications,
			long investors, long investmentEur, long demanders, long computeGpuHours) {

		public boolean withdrawn() {
			return status == ApplicationStatus.WITHDRAWN;
		}

		/**
		 * Taking part in the consortium's picture: neither withdrawn by the applicant nor
		 * declined by the ministry.
		 */
		public boolean active() {
			return !withdrawn() && status != ApplicationStatus.DECLINED;
		}

		public boolean accepted() {
			return status == ApplicationStatus.ACCEPTED;
		}

	}

	public record Day(LocalDate date, long applications) {
	}

	/**
	 * The largest and the second largest single amount (0 where there is none).
	 */
	public record Largest(long first, long second) {

		public static final Largest NONE = new Largest(0, 0);

		/** From the amounts, largest first. */
		public static Largest of(List<Long> descending) {
			return new Largest(descending.isEmpty() ? 0 : descending.get(0),
					descending.size() < 2 ? 0 : descending.get(1));
		}

	}

}
