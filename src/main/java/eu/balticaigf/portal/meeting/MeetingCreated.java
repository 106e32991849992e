package eu.balticaigf.portal.meeting;

import java.util.Map;

/**
 * An administrator created a meeting. Published inside the transaction of the change, so
 * that a synchronous listener (the staff module's audit log) records it exactly when the
 * change happens.
 *
 * @param details what the meeting was created with: titles, times, venue, online link,
 * capacity
 */
public record MeetingCreated(String slug, Map<String, Object> details) {
}
