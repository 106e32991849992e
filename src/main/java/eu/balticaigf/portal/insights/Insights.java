package eu.balticaigf.portal.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.balticaigf.portal.call.Call;

import org.springframework.stereotype.Service;

/**
 * A call's figures, computed by one aggregate query and reused for {@code portal.insights.cache-ttl} (5 s by
 * default). Dashboards and statistics are read far more often than they change meaningfully; at a million
 * applications one computation takes long enough (docs/benchmarks.md) that a burst of readers must not each pay it.
 * Concurrent readers of an expired entry wait for one computation instead of starting their own. The cache is per
 * node: several nodes each compute at most once per interval, which the database easily bears.
 */
@Service
class Insights {

	private final InsightsRepository repository;

	private final InsightsSettings settings;

	private final Clock clock;

	private final Map<Long, Figures> cache = new ConcurrentHashMap<>();

	private final Map<Long, Object> locks = new ConcurrentHashMap<>();

	Insights(InsightsRepository repository, InsightsSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	Figures figures(Call call) {
		Figures cached = fresh(call.id());
		if (cached != null) {
			return cached;
		}
		synchronized (locks.computeIfAbsent(call.id(), id -> new Object())) {
			cached = fresh(call.id());
			if (cached != null) {
				return cached;
			}
			Figures figures = repository.figures(call.id(), call.zone(), clock.instant());
			if (!settings.cacheTtl().isZero()) {
				cache.put(call.id(), figures);
			}
			return figures;
		}
	}

	private Figures fresh(long callId) {
		Figures figures = cache.get(callId);
		if (figures == null) {
			return null;
		}
		Instant now = clock.instant();
		return figures.computedAt().plus(settings.cacheTtl()).isAfter(now) ? figures : null;
	}

}
