package eu.balticaigf.portal.insights;

import java.time.Clock;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Call;

import org.springframework.stereotype.Service;

/**
 * A call's figures, from the application module's summary. No cache: the summary answers
 * in milliseconds however many applications there are (docs/benchmarks.md), and staff
 * deciding applications expect to see their decision counted at once.
 */
@Service
class Insights {

	private final Applications applications;

	private final Clock clock;

	Insights(Applications applications, Clock clock) {
		this.applications = applications;
		this.clock = clock;
	}

	Figures figures(Call call) {
		return Figures.of(applications.summary(call.id(), call.zone()), clock.instant());
	}

}
