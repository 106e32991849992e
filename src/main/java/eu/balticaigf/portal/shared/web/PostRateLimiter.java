package eu.balticaigf.portal.shared.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for public POSTs. In memory on each node: with N
 * nodes behind a load balancer an address may post up to N times the limit, which is
 * acceptable for slowing down abuse (it is not a quota). Behind a proxy list it in
 * {@code portal.rate-limit.trusted-proxies} so that the client's address, not the
 * proxy's, is limited ({@link ClientAddress}).
 */
@Component
public class PostRateLimiter {

	/** The answer: allowed, or how many seconds until the next post will be. */
	public record Decision(boolean allowed, long retryAfterSeconds) {
	}

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final RateLimitSettings settings;

	private final Clock clock;

	PostRateLimiter(RateLimitSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	public Decision tryAcquire(String address) {
		if (!settings.enabled()) {
			return new Decision(true, 0);
		}
		long nowMillis = clock.millis();
		if (buckets.size() > MAX_TRACKED) {
			// Forget addresses whose bucket has refilled: they would start full anyway.
			buckets.values().removeIf(bucket -> bucket.isFullAt(nowMillis, settings));
		}
		return buckets.computeIfAbsent(address, key -> new Bucket(settings.burst(), nowMillis))
			.take(nowMillis, settings);
	}

	private static final class Bucket {

		private double tokens;

		private long updatedMillis;

		Bucket(double tokens, long nowMillis) {
			this.tokens = tokens;
			this.updatedMillis = nowMillis;
		}

		synchronized Decision take(long nowMillis, RateLimitSettings settings) {
			refill(nowMillis, settings);
			if (tokens >= 1) {
				tokens -= 1;
				return new Decision(true, 0);
			}
			double perMilli = settings.perMinute() / 60_000.0;
			long wait = perMilli <= 0 ? 60 : (long) Math.ceil((1 - tokens) / perMilli / 1000.0);
			return new Decision(false, Math.max(1, wait));
		}

		synchronized boolean isFullAt(long nowMillis, RateLimitSettings settings) {
			refill(nowMillis, settings);
			return tokens >= settings.burst();
		}

		private void refill(long nowMillis, RateLimitSettings settings) {
			long elapsed = Math.max(0, nowMillis - updatedMillis);
			tokens = Math.min(settings.burst(), tokens + elapsed * settings.perMinute() / 60_000.0);
			updatedMillis = nowMillis;
		}

	}

}
