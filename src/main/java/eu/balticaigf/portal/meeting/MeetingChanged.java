package eu.balticaigf.portal.meeting;

import java.util.Map;

/**
 * An administrator changed a meeting (published inside the transaction of the change, as
 * {@link MeetingCreated}).
 *
 * @param before the changed details as they were, such as {@code capacityInPerson}
 * @param after the same details as they are now; details that did not change are in
 * neither
 */
public record MeetingChanged(String slug, Map<String, Object> before, Map<String, Object> after) {
}
