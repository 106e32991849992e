package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Question;
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

/**
 * The public statistics as a page and as CSV: the same figures as the JSON, with the same
 * suppression.
 */
@Controller
class StatisticsPages {

	/** The CSV's value for a breakdown published without cells. */
	static final String WITHHELD = "withheld";

	/**
	 * One row of a public table: the shown value is a number in the reader's language or
	 * a suppression mark.
	 */
	record Row(String code, String label, String value) {
	}

	/**
	 * A public table; {@code group} heads the column of its groups; a withheld one has no
	 * rows and says why instead.
	 */
	record Table(String id, String caption, String group, List<Row> rows, boolean withheld) {
	}

	private final Insights insights;

	private final MessageSource messages;

	private final Formats formats;

	StatisticsPages(Insights insights, MessageSource messages, Formats formats) {
		this.insights = insights;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/calls/{slug}/statistics")
	String page(@PathVariable String slug, Model model, Locale locale) {
		Call call = find(slug);
		PublicStatistics statistics = insights.publicStatistics(call);
		Labels labels = new Labels(messages, locale);
		model.addAttribute("call", call);
		model.addAttribute("statistics", statistics);
		model.addAttribute("tables",
				List.of(table("by-status", "byStatus", statistics.byStatus(), labels::status, statistics, labels),
						table("by-category", "byCategory", statistics.byCategory(), labels::category, statistics,
								labels),
						table("by-country", "byCountry", statistics.byCountry(), labels::country, statistics, labels),
						table("by-size", "bySize", statistics.bySize(), labels::size, statistics, labels)));
		model.addAttribute("answerTables",
				insights.choiceQuestions(call)
					.stream()
					.map(question -> answers(question, statistics, labels))
					.toList());
		return "insights/statistics";
	}

	/**
	 * The same figures for spreadsheets: language-neutral codes and plain numbers, one
	 * figure per line, so that a partner ministry can load it without knowing our
	 * languages.
	 */
	@GetMapping("/calls/{slug}/statistics.csv")
	ResponseEntity<String> csv(@PathVariable String slug) {
		Call call = find(slug);
		PublicStatistics statistics = insights.publicStatistics(call);
		List<String> lines = new ArrayList<>();
		lines.add("section,key,value");
		lines.add("applications,total," + statistics.applications());
		csv(lines, "by_status", "byStatus", statistics.byStatus(), statistics);
		csv(lines, "by_category", "byCategory", statistics.byCategory(), statistics);
		csv(lines, "by_country", "byCountry", statistics.byCountry(), statistics);
		csv(lines, "by_size", "bySize", statistics.bySize(), statistics);
		// The answers to the call's choice questions, as on the page: one section per
		// question (its key), one line per answer (its code, "unanswered" for none).
		insights.choiceQuestions(call)
			.forEach(question -> csv(lines, "by_answer." + question.key(), "byAnswer." + question.key(),
					statistics.byAnswer().getOrDefault(question.key(), Map.of()), statistics));
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
		return insights.call(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A breakdown's lines: one per cell, or one saying that the whole breakdown is
	 * withheld.
	 */
	private static void csv(List<String> lines, String section, String name, Map<String, Object> cells,
			PublicStatistics statistics) {
		if (statistics.withheld().contains(name)) {
			lines.add(section + ",," + WITHHELD);
		}
		cells.forEach((key, value) -> lines.add(section + "," + key + "," + value));
	}

	private Table table(String id, String name, Map<String, Object> cells, Function<String, String> label,
			PublicStatistics statistics, Labels labels) {
		return table(id, labels.text("insights.public." + name), labels.text("insights.table.group"), cells, label,
				statistics.withheld().contains(name), labels);
	}

	/**
	 * The counts by answer of one choice question (the JSON's {@code byAnswer}, with its
	 * suppression), captioned with the question and its answers as the call's published
	 * form words them in the reader's language.
	 */
	private Table answers(Question question, PublicStatistics statistics, Labels labels) {
		Function<String, String> label = value -> {
			if (PublicStatistics.UNANSWERED.equals(value)) {
				return labels.text("insights.public.unanswered");
			}
			if (question.type() == Question.Type.YES_NO) {
				return labels.text("true".equals(value) ? "insights.yes" : "insights.no");
			}
			return question.choiceLabel(value, labels.locale());
		};
		return table("by-answer-" + question.key(), question.label(labels.locale()),
				labels.text("insights.public.answer"), statistics.byAnswer().getOrDefault(question.key(), Map.of()),
				label, statistics.withheld().contains("byAnswer." + question.key()), labels);
	}

	private Table table(String id, String caption, String group, Map<String, Object> cells,
			Function<String, String> label, boolean withheld, Labels labels) {
		return new Table(id, caption, group,
				cells.entrySet()
					.stream()
					.map(cell -> new Row(cell.getKey(), label.apply(cell.getKey()), shown(cell.getValue(), labels)))
					.toList(),
				withheld);
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
