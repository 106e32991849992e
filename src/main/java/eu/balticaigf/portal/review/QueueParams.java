package eu.balticaigf.portal.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.web.util.UriComponentsBuilder;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * The queue's filters as the page posts them (query parameters of the queue, the exports
 * and the balancing form). {@code mine} keeps the applications assigned to the signed-in
 * reviewer.
 */
record QueueParams(String call, String stage, String country, String category, String size, String area,
		Boolean investment, String q, Boolean mine) {

	/**
	 * A filter value that names nothing the queue knows ("Lithuania" for a country): left
	 * out, and said so.
	 */
	record Ignored(String filter, String value) {
	}

	/** The filters that can be applied, and those left out. */
	record Checked(QueueParams params, List<Ignored> ignored) {
	}

	/**
	 * These filters with every value that names no known call, country code, stage or
	 * closed-list value left out, so that a mistyped link lists everything with a message
	 * rather than nothing without one. Country codes are read in any case.
	 */
	Checked checked(Calls calls, Locale locale) {
		return checked(calls.all().stream().map(Call::slug).toList(), Applications.countryNames(locale).keySet());
	}

	Checked checked(Collection<String> calls, Collection<String> countries) {
		List<Ignored> ignored = new ArrayList<>();
		QueueParams known = new QueueParams(known("call", call, calls, ignored),
				known("stage", stage, Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::name).toList(),
						ignored),
				known("country", country, code -> code.toUpperCase(Locale.ROOT), countries, ignored),
				known("category", category, Applications.CATEGORIES, ignored),
				known("size", size, Applications.SIZES, ignored),
				known("area", area, Applications.CONTRIBUTION_AREAS, ignored), investment, q, mine);
		return new Checked(known, ignored);
	}

	private static String known(String filter, String value, Collection<String> values, List<Ignored> ignored) {
		return known(filter, value, UnaryOperator.identity(), values, ignored);
	}

	/**
	 * The value as {@code values} spell it, or null (and said so, as it was typed) when
	 * it is none of them.
	 */
	private static String known(String filter, String value, UnaryOperator<String> spelling, Collection<String> values,
			List<Ignored> ignored) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String candidate = spelling.apply(value.strip());
		if (values.contains(candidate)) {
			return candidate;
		}
		ignored.add(new Ignored(filter, value.strip()));
		return null;
	}

	/**
	 * The filter for the signed-in reader, without the applications they declared a
	 * conflict with.
	 */
	ReviewQueue.Filter filter(Set<Long> hidden) {
		return new ReviewQueue.Filter(call, ApplicationStatus.parse(stage).map(ApplicationStatus::name).orElse(null),
				country, category, size, area, investment, q,
				Boolean.TRUE.equals(mine) ? AuditLog.currentActor() : null, hidden);
	}

	QueueParams anyStage() {
		return new QueueParams(call, null, country, category, size, area, investment, q, mine);
	}

	/**
	 * Whether any filter but the search is set: the panel that holds them is then shown
	 * open.
	 */
	public boolean filtered() {
		return Arrays.asList(call, stage, country, category, size, area)
			.stream()
			.anyMatch(value -> value != null && !value.isBlank()) || investment != null || Boolean.TRUE.equals(mine);
	}

	/**
	 * These filters as a query string (without "?"), for links that keep them: sorting,
	 * paging, exports.
	 */
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
