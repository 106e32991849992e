package eu.balticaigf.portal.meeting;

/**
 * A registration was cancelled by its private link; {@code heldSeat} says whether an
 * in-person seat was freed.
 */
public record RegistrationCancelled(String meetingSlug, long registrationId, boolean heldSeat) {
}
