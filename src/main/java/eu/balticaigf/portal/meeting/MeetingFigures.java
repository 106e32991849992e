package eu.balticaigf.portal.meeting;

/**
 * A meeting's registrations at a glance, for dashboards.
 *
 * @param registered everyone who registered and has not cancelled
 * @param confirmed confirmed seats, in person and online
 * @param waitlisted waiting for an in-person seat
 * @param attended checked in at the door
 */
public record MeetingFigures(String slug, int capacityInPerson, long registered, long confirmed, long waitlisted,
		long attended) {
}
