package eu.balticaigf.portal.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data lets a newcomer use the portal today, although the real 2025 call has closed.
 * Production turns it off.
 *
 * @param enabled whether the demo call, meeting and sample data are created at start-up
 * @param meetingCapacity in-person seats of the demo meeting (online seats are unlimited)
 */
@ConfigurationProperties("portal.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("40") int meetingCapacity) {
}
