package eu.balticaigf.portal.meeting;

/**
 * Someone holds a place at a meeting: registered into a free seat or online place, or
 * promoted from the waiting list. Other modules (dashboards) may listen; the meeting
 * module does not depend on them.
 *
 * @param promoted true when the place came from the waiting list
 */
public record SeatConfirmed(String meetingSlug, long registrationId, Attendance attendance, boolean promoted) {
}
