package eu.balticaigf.portal.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.Csv;
import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

/**
 * Introductions and their outcomes for staff (any role: counts only, nobody named), as a
 * page, as CSV, and as JSON for integrations ({@code /api/v1/directory/introductions},
 * read token).
 */
@Controller
class StaffIntroductionPages {

	static final String PATH = "/staff/directory/introductions";

	/** A labelled row of the page's role-and-country table. */
	record ShownRow(String role, String roleLabel, String country, String countryName, IntroductionStatistics.Row row) {
	}

	/** A labelled count. */
	record Count(String code, String label, long count) {
	}

	private static final List<String> CSV_HEADER = List.of("role", "country", "requests", "pending", "accepted",
			"declined", "expired", "outcome_yes", "outcome_not_yet", "outcome_no");

	private final IntroductionStatistics statistics;

	private final MessageSource messages;

	StaffIntroductionPages(IntroductionStatistics statistics, MessageSource messages) {
		this.statistics = statistics;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		IntroductionStatistics.Report report = statistics.report();
		Map<String, String> countries = Applications.countryNames(locale);
		model.addAttribute("byState", counts(report.byState(), "directory.introductions.state.", locale));
		model.addAttribute("outcomes", counts(report.outcomes(), "directory.introductions.outcome.", locale));
		model.addAttribute("rows",
				report.byRoleAndCountry()
					.stream()
					.map(row -> new ShownRow(row.role(),
							messages.getMessage("directory.card.role." + row.role(), null, row.role(), locale),
							row.country(), countries.getOrDefault(row.country(), row.country()), row))
					.toList());
		return "directory/staffIntroductions";
	}

	@GetMapping(PATH + ".csv")
	ResponseEntity<byte[]> csv() {
		byte[] csv = Csv.of(CSV_HEADER,
				statistics.report()
					.byRoleAndCountry()
					.stream()
					.map(row -> List.<Object>of(row.role(), row.country(), row.requests(), row.pending(),
							row.accepted(), row.declined(), row.expired(), row.yes(), row.notYet(), row.no()))
					.toList());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-introductions.csv\"")
			.body(csv);
	}

	@GetMapping("/api/v1/directory/introductions")
	@ResponseBody
	IntroductionStatistics.Report json() {
		return statistics.report();
	}

	private List<Count> counts(Map<String, Long> counts, String prefix, Locale locale) {
		return counts.entrySet()
			.stream()
			.map(entry -> new Count(entry.getKey(), messages.getMessage(prefix + entry.getKey(), null, locale),
					entry.getValue()))
			.toList();
	}

	/** The page on the back office's home, for every member of staff. */
	@Component
	static class Links extends LabelledBackOfficeLinks {

		Links(MessageSource messages) {
			super(messages, link(WORK, "directory.introductions.staff.title", PATH, "VIEWER", 39));
		}

	}

}
