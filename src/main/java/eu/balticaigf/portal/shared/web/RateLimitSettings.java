package eu.balticaigf.portal.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on public form posts per client address.
 *
 * @param enabled   off only for benchmarks of the raw submit path
 * @param burst     posts an address may make at once
 * @param perMinute posts an address regains per minute after a burst
 */
@ConfigurationProperties("portal.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30") int burst,
		@DefaultValue("30") int perMinute) {
}
