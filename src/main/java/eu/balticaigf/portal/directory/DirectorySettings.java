package eu.balticaigf.portal.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory's limits.
 *
 * @param linkValidity how long a sign-in link works (once)
 * @param linksPerAddress sign-in links one address receives within {@code window}
 * @param requestsPerClient sign-in requests one client may make within {@code window}
 * @param window the period both limits count over
 * @param pageSize organisations on one page of the directory
 */
@ConfigurationProperties("portal.directory")
record DirectorySettings(@DefaultValue("15m") Duration linkValidity, @DefaultValue("3") int linksPerAddress,
		@DefaultValue("10") int requestsPerClient, @DefaultValue("15m") Duration window,
		@DefaultValue("20") int pageSize) {
}
