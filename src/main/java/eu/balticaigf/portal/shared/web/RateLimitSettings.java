package eu.balticaigf.portal.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on public form posts per client address.
 *
 * @param enabled off only for benchmarks of the raw submit path
 * @param burst posts an address may make at once
 * @param perMinute posts an address regains per minute after a burst
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is
 * believed; none by default, so a client cannot escape its limit by sending the header
 * itself
 */
@ConfigurationProperties("portal.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30") int burst,
		@DefaultValue("30") int perMinute, @DefaultValue List<String> trustedProxies) {

	public RateLimitSettings {
		trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
	}

}
