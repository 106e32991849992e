package eu.balticaigf.portal.staff;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.balticaigf.portal.shared.SpreadsheetCells;

/** The audit log for admins: filtered, paged, and exported as CSV with the same filters. */
@Controller
class AuditController {

	/** An export is bounded so that one click cannot tie up the database; narrow the filters for more. */
	static final int EXPORT_LIMIT = 100_000;

	private final AuditEntries entries;

	AuditController(AuditEntries entries) {
		this.entries = entries;
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
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries.find(filter, current, AuditEntries.PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", (long) (current + 1) * AuditEntries.PAGE_SIZE < total);
		return "staff/audit";
	}

	@GetMapping("/staff/audit/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<AuditEntries.Entry> rows = entries.find(new AuditEntries.Filter(actor, action, target, from, to), 0,
				EXPORT_LIMIT);
		StringBuilder csv = new StringBuilder("\uFEFFid,at,actor,action,target_type,target_id,before,after,client_address\r\n");
		for (AuditEntries.Entry row : rows) {
			csv.append(row.id()).append(',')
				.append(Csv.cell(row.at().toString())).append(',')
				.append(Csv.cell(row.actor())).append(',')
				.append(Csv.cell(row.action())).append(',')
				.append(Csv.cell(row.targetType())).append(',')
				.append(Csv.cell(row.targetId())).append(',')
				.append(Csv.cell(row.before())).append(',')
				.append(Csv.cell(row.after())).append(',')
				.append(Csv.cell(row.clientAddress())).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** RFC 4180 quoting, and no cell that a spreadsheet would run as a formula (CSV injection). */
	static final class Csv {

		private Csv() {
		}

		static String cell(String value) {
			return "\"" + SpreadsheetCells.neutralise(value).replace("\"", "\"\"") + "\"";
		}

	}

}
