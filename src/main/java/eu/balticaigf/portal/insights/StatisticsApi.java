package eu.balticaigf.portal.insights;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public statistics as JSON (DESIGN.md §4): aggregates only, small cells suppressed.
 */
@RestController
class StatisticsApi {

	private final Insights insights;

	StatisticsApi(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/v1/calls/{slug}/statistics")
	PublicStatistics statistics(@PathVariable String slug) {
		return insights.call(slug)
			.map(insights::publicStatistics)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No call with this slug"));
	}

}
