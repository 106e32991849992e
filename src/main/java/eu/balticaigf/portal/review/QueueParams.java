package eu.balticaigf.portal.review;

import eu.balticaigf.portal.application.ApplicationStatus;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import eu.balticaigf.portal.staff.AuditLog;

/**
 * The queue's filters as the page posts them (query parameters of the queue, the exports and the balancing form).
 * {@code mine} keeps the applications assigned to the signed-in reviewer.
 */
record QueueParams(String call, String stage, String country, String category, String size, String area,
		Boolean investment, String q, Boolean mine) {

	/** The filter for the signed-in reader, without the applications they declared a conflict with. */
	ReviewQueue.Filter filter(Set<Long> hidden) {
		return new ReviewQueue.Filter(call, ApplicationStatus.parse(stage).map(ApplicationStatus::name).orElse(null), country, category, size, area, investment, q,
				Boolean.TRUE.equals(mine) ? AuditLog.currentActor() : null, hidden);
	}

	QueueParams anyStage() {
		return new QueueParams(call, null, country, category, size, area, investment, q, mine);
	}

	/** These filters as a query string (without "?"), for links that keep them: sorting, paging, exports. */
	String query() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		add(uri, "call", call);
		add(uri, "stage", stage);
		add(uri, "country", country);
		add(uri, "category", category);
		add(uri, "size", size);
		add(uri, "area", area);
		add(uri, "investment", investment == null ? null : investment.toString());
		add(uri, "q", q);
		add(uri, "mine", Boolean.TRUE.equals(mine) ? "true" : null);
		String query = uri.encode().build().getQuery();
		return query == null ? "" : query;
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
