package eu.balticaigf.portal.audit;

import eu.balticaigf.portal.shared.Csv;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for admins: filtered, paged, and exported as CSV with the same filters
 * (each export audited).
 */
@Controller
class AuditController {

	/**
	 * An export is bounded so that one click cannot tie up the database; narrow the
	 * filters for more.
	 */
	static final int EXPORT_LIMIT = 100_000;

	/** An action to filter by, with its label. */
	record ActionChoice(String code, String label) {
	}

	private final AuditEntries entries;

	private final ReadableAudit readable;

	private final AuditLog audit;

	AuditController(AuditEntries entries, ReadableAudit readable, AuditLog audit) {
		this.entries = entries;
		this.readable = readable;
		this.audit = audit;
	}

	@GetMapping("/staff/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditEntries.Filter filter = new AuditEntries.Filter(actor, action, target, from, to);
		long total = entries.count(filter);
		int current = Math.max(0, page);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("filter", filter);
		model.addAttribute("actions", actionChoices(filter.action(), locale));
		model.addAttribute("rows", readable.rows(entries.find(filter, current, AuditEntries.PAGE_SIZE), locale));
		model.addAttribute("total", total);
		model.addAttribute("exportHref", href("/staff/audit/export", filter, null));
		if (current > 0) {
			model.addAttribute("previousHref", href("/staff/audit", filter, current - 1));
		}
		if ((long) (current + 1) * AuditEntries.PAGE_SIZE < total) {
			model.addAttribute("nextHref", href("/staff/audit", filter, current + 1));
		}
		return "audit/log";
	}

	@GetMapping("/staff/audit/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		AuditEntries.Filter filter = new AuditEntries.Filter(actor, action, target, from, to);
		List<AuditEntries.Entry> rows = entries.find(filter, 0, EXPORT_LIMIT);
		audit.record(AuditLog.currentActor(), "staff.audit.exported", AuditLog.Target.of("audit_log", null), null,
				exported(filter, rows.size()));
		byte[] csv = Csv.of(
				List.of("id", "at", "actor", "action", "target_type", "target_id", "before", "after", "client_address"),
				rows.stream()
					.map(row -> Arrays.asList(row.id(), row.at().toString(), row.actor(), row.action(),
							row.targetType(), row.targetId(), row.before(), row.after(), row.clientAddress()))
					.toList());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
			.body(csv);
	}

	/**
	 * The actions in the log by their labels, alphabetically, and the one filtered by
	 * even when the log has none of it (a bookmarked filter, or the beginning of a family
	 * of actions such as {@code review.}).
	 */
	private List<ActionChoice> actionChoices(String chosen, Locale locale) {
		List<String> codes = new ArrayList<>(entries.actions());
		if (StringUtils.hasText(chosen) && !codes.contains(chosen.strip())) {
			codes.add(chosen.strip());
		}
		Collator order = Collator.getInstance(locale);
		return codes.stream()
			.map(code -> new ActionChoice(code, readable.actionLabel(code, locale)))
			.sorted(Comparator.comparing(ActionChoice::label, order))
			.toList();
	}

	/**
	 * A link with the filters in use (blank ones left out), and a page number if given.
	 */
	private static String href(String path, AuditEntries.Filter filter, Integer page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		Map<String, Object> given = new LinkedHashMap<>();
		putIfGiven(given, "actor", filter.actor());
		putIfGiven(given, "action", filter.action());
		putIfGiven(given, "target", filter.target());
		putIfGiven(given, "from", filter.from());
		putIfGiven(given, "to", filter.to());
		putIfGiven(given, "page", page);
		// As variables, so that every value is encoded in full (a "+" in an address too).
		given.keySet().forEach(name -> link.queryParam(name, "{" + name + "}"));
		return link.encode().buildAndExpand(given).toUriString();
	}

	/** The filters as given (blank ones left out) and how many entries went out. */
	private static Map<String, Object> exported(AuditEntries.Filter filter, int rows) {
		Map<String, Object> exported = new LinkedHashMap<>();
		putIfGiven(exported, "actor", filter.actor());
		putIfGiven(exported, "action", filter.action());
		putIfGiven(exported, "target", filter.target());
		putIfGiven(exported, "from", filter.from());
		putIfGiven(exported, "to", filter.to());
		exported.put("rows", rows);
		return exported;
	}

	private static void putIfGiven(Map<String, Object> map, String key, Object value) {
		if (value != null && !value.toString().isBlank()) {
			map.put(key, value.toString());
		}
	}

}
