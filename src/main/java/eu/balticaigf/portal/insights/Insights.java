package eu.balticaigf.portal.insights;

import java.time.Clock;

import eu.balticaigf.portal.call.Call;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's figures, read from the insights read model. No cache: the read model answers
 * in milliseconds however many applications there are (docs/benchmarks.md), and staff
 * deciding applications expect to see their decision counted at once.
 */
@Service
class Insights {

	private final InsightsRepository repository;

	private final Clock clock;

	Insights(InsightsRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Figures figures(Call call) {
		return repository.figures(call.id(), clock.instant());
	}

}
