package eu.balticaigf.portal.meeting;

import java.time.Instant;

/**
 * One person's registration for one meeting. The state changes are the methods below;
 * each refuses a move that is not allowed from the current state, so a cancel link used
 * twice or a double check-in changes nothing.
 *
 * @param arrival the order in which seats were decided; the waiting list promotes by it
 */
record Registration(long id, long meetingId, long arrival, String fullName, String email, String organisationName,
		Attendance attendance, RegistrationStatus status, String language, Instant registeredAt, Instant confirmedAt,
		Instant cancelledAt, Instant checkedInAt) {

	boolean holdsInPersonSeat() {
		return status == RegistrationStatus.CONFIRMED && attendance == Attendance.IN_PERSON;
	}

	Registration cancel(Instant now) {
		if (status == RegistrationStatus.CANCELLED) {
			throw new IllegalMove("already cancelled");
		}
		return with(RegistrationStatus.CANCELLED, confirmedAt, now, checkedInAt);
	}

	Registration promote(Instant now) {
		if (status != RegistrationStatus.WAITLISTED) {
			throw new IllegalMove("only a waitlisted registration can be promoted, this one is " + status);
		}
		return with(RegistrationStatus.CONFIRMED, now, cancelledAt, checkedInAt);
	}

	Registration checkIn(Instant now) {
		if (status != RegistrationStatus.CONFIRMED) {
			throw new IllegalMove("only a confirmed registration can be checked in, this one is " + status);
		}
		if (checkedInAt != null) {
			throw new IllegalMove("already checked in");
		}
		return with(status, confirmedAt, cancelledAt, now);
	}

	/**
	 * Takes part the other way: online is never full, so it always confirms (a seat held
	 * in the room is given up); in the room it needs a free seat, else nothing changes.
	 * @param seatFree whether the room has a seat for one more, under the meeting's lock
	 */
	Registration changeAttendance(Attendance to, boolean seatFree, Instant now) {
		if (status == RegistrationStatus.CANCELLED) {
			throw new IllegalMove("a cancelled registration cannot change how it takes part");
		}
		if (checkedInAt != null) {
			throw new IllegalMove("already checked in");
		}
		if (to == attendance) {
			return this;
		}
		if (to == Attendance.IN_PERSON && !seatFree) {
			throw new IllegalMove("no seat is free in the room");
		}
		Instant confirmed = status == RegistrationStatus.CONFIRMED ? confirmedAt : now;
		return new Registration(id, meetingId, arrival, fullName, email, organisationName, to,
				RegistrationStatus.CONFIRMED, language, registeredAt, confirmed, cancelledAt, checkedInAt);
	}

	private Registration with(RegistrationStatus newStatus, Instant confirmed, Instant cancelled, Instant checkedIn) {
		return new Registration(id, meetingId, arrival, fullName, email, organisationName, attendance, newStatus,
				language, registeredAt, confirmed, cancelled, checkedIn);
	}

	static final class IllegalMove extends RuntimeException {

		IllegalMove(String message) {
			super(message);
		}

	}

}
