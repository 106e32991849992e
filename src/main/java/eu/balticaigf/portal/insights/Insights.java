package eu.balticaigf.portal.insights;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.call.Question;

import org.springframework.stereotype.Service;

/**
 * A call's figures, from the application module's summary. No cache: the summary answers
 * in milliseconds however many applications there are (docs/benchmarks.md), and staff
 * deciding applications expect to see their decision counted at once.
 */
@Service
class Insights {

	private final Calls calls;

	private final Applications applications;

	private final Clock clock;

	Insights(Calls calls, Applications applications, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.clock = clock;
	}

	/** The call a page or the API asks about by its slug. */
	Optional<Call> call(String slug) {
		return calls.find(slug);
	}

	Figures figures(Call call) {
		return Figures.of(applications.summary(call.id(), call.zone()), clock.instant());
	}

	/** What the public may see of the call's figures (small cells suppressed). */
	PublicStatistics publicStatistics(Call call) {
		Map<String, List<String>> choices = new LinkedHashMap<>();
		choiceQuestions(call).forEach(question -> choices.put(question.key(), question.values()));
		return PublicStatistics.of(call, figures(call), choices,
				applications.answerCounts(call.id(), List.copyOf(choices.keySet())));
	}

	/**
	 * The call's choice questions, as its published form version words them: the
	 * questions whose answers the statistics count, in the form's order.
	 */
	List<Question> choiceQuestions(Call call) {
		return calls.form(call).questions().stream().filter(question -> question.type().isChoice()).toList();
	}

}
