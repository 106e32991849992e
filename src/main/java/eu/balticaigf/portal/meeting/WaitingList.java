package eu.balticaigf.portal.meeting;

import java.util.List;

/**
 * The seat rules, free of the database so they can be tested alone. The caller guarantees
 * that nobody else decides seats of the same meeting at the same time (it holds the
 * meeting row's lock).
 */
final class WaitingList {

	private WaitingList() {
	}

	/**
	 * The status of a newcomer: online is always confirmed; in person, a free seat or the
	 * end of the queue.
	 */
	static RegistrationStatus statusForNewcomer(Attendance attendance, int capacity, long confirmedInPerson) {
		if (attendance == Attendance.ONLINE) {
			return RegistrationStatus.CONFIRMED;
		}
		return confirmedInPerson < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
	}

	/**
	 * Who moves up now: the first of the queue (in arrival order), as many as there are
	 * free seats. A capacity below the seats already confirmed frees nothing and takes no
	 * seat away.
	 */
	static <T> List<T> toPromote(int capacity, long confirmedInPerson, List<T> waitlistedInArrivalOrder) {
		long free = Math.max(0, capacity - confirmedInPerson);
		return waitlistedInArrivalOrder.subList(0, (int) Math.min(free, waitlistedInArrivalOrder.size()));
	}

	/** Seats a newcomer can still get, never negative. */
	static long seatsLeft(int capacity, long confirmedInPerson) {
		return Math.max(0, capacity - confirmedInPerson);
	}

}
