package eu.balticaigf.portal.meeting;

import java.time.Instant;

/**
 * A member of staff marked a registrant present at the door (published inside the
 * transaction of the check-in).
 *
 * @param via how the person was found: {@code name} (searched on the check-in page) or
 * {@code qr-code}
 */
public record GuestCheckedIn(String meetingSlug, long registrationId, Instant checkedInAt, String via) {
}
