package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public statistics as a page and as CSV: the same figures as the JSON, with the same suppression. */
@Controller
class StatisticsPages {

	/** One row of a public table: the shown value is a number in the reader's language or a suppression mark. */
	record Row(String code, String label, String value) {
	}

	record Table(String id, String caption, List<Row> rows) {
	}

	private final Calls calls;

	private final Insights insights;

	private final MessageSource messages;

	private final Formats formats;

	StatisticsPages(Calls calls, Insights insights, MessageSource messages, Formats formats) {
		this.calls = calls;
		this.insights = insights;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/calls/{slug}/statistics")
	String page(@PathVariable String slug, Model model, Locale locale) {
		Call call = find(slug);
		PublicStatistics statistics = PublicStatistics.of(call, insights.figures(call));
		Labels labels = new Labels(messages, locale);
		model.addAttribute("call", call);
		model.addAttribute("statistics", statistics);
		model.addAttribute("applications", shown(statistics.applications(), labels));
		model.addAttribute("tables", List.of(
				table("by-status", labels.text("insights.public.byStatus"), statistics.byStatus(), labels::status, labels),
				table("by-category", labels.text("insights.public.byCategory"), statistics.byCategory(),
						labels::category, labels),
				table("by-country", labels.text("insights.public.byCountry"), statistics.byCountry(), labels::country,
						labels),
				table("by-size", labels.text("insights.public.bySize"), statistics.bySize(), labels::size, labels)));
		return "insights/statistics";
	}

	/**
	 * The same figures for spreadsheets: language-neutral codes and plain numbers, one figure per line, so that a
	 * partner ministry can load it without knowing our languages.
	 */
	@GetMapping("/calls/{slug}/statistics.csv")
	ResponseEntity<String> csv(@PathVariable String slug) {
		Call call = find(slug);
		PublicStatistics statistics = PublicStatistics.of(call, insights.figures(call));
		List<String> lines = new ArrayList<>();
		lines.add("section,key,value");
		lines.add("applications,total," + statistics.applications());
		lines.add("applications,total_rounded," + statistics.applicationsRounded());
		statistics.byStatus().forEach((key, value) -> lines.add("by_status," + key + "," + value));
		statistics.byCategory().forEach((key, value) -> lines.add("by_category," + key + "," + value));
		statistics.byCountry().forEach((key, value) -> lines.add("by_country," + key + "," + value));
		statistics.bySize().forEach((key, value) -> lines.add("by_size," + key + "," + value));
		lines.add("investment,indicative_eur," + blankIfNull(statistics.investment().indicativeEur()));
		lines.add("investment,target_private_eur," + statistics.investment().targetPrivateEur());
		lines.add("investment,gap_eur," + blankIfNull(statistics.investment().gapEur()));
		lines.add("compute,demand_gpu_hours_per_year," + blankIfNull(statistics.computeDemandGpuHours()));
		lines.add("generated_at,," + statistics.generatedAt());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(call.slug() + "-statistics.csv").build().toString())
			.body(String.join("\r\n", lines) + "\r\n");
	}

	private Call find(String slug) {
		return calls.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Table table(String id, String caption, Map<String, Object> cells, Function<String, String> label,
			Labels labels) {
		return new Table(id, caption, cells.entrySet()
			.stream()
			.map(cell -> new Row(cell.getKey(), label.apply(cell.getKey()), shown(cell.getValue(), labels)))
			.toList());
	}

	private String shown(Object value, Labels labels) {
		if (value instanceof Long number) {
			return formats.number(number);
		}
		return Disclosure.UNDER_THRESHOLD.equals(value) ? labels.text("insights.public.underThreshold")
				: labels.text("insights.public.suppressed");
	}

	private static String blankIfNull(Long value) {
		return value == null ? "" : value.toString();
	}

}
