package eu.balticaigf.portal.review;

import eu.balticaigf.portal.shared.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import eu.balticaigf.portal.shared.SpreadsheetCells;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.call.Calls;

/**
 * The filtered application list as CSV or XLSX, for the back office and the API, with the
 * stage and the score summary (how many reviewers scored, the mean of their weighted
 * averages, whether they disagree). Every cell is neutralised, not only what an applicant
 * typed, so that a spreadsheet never runs one as a formula. Each export is audited (who,
 * which filter, how many rows): the file carries applicants' data out of the portal.
 */
@Component
class ApplicationExport {

	static final List<String> HEADER = List.of("reference", "call", "stage", "organisationName", "country",
			"registryCode", "category", "size", "contributionAreas", "investmentIntentEur", "computeDemandGpuHours",
			"language", "submittedAt", "decidedAt", "scoredBy", "meanWeightedAverage", "disagreement");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReviewQueue queue;

	private final AuditLog audit;

	private final Calls calls;

	ApplicationExport(ReviewQueue queue, AuditLog audit, Calls calls) {
		this.queue = queue;
		this.audit = audit;
		this.calls = calls;
	}

	ResponseEntity<byte[]> response(String format, ReviewQueue.Filter filter) {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be csv or xlsx");
		}
		List<ReviewQueue.Row> rows = queue.all(filter);
		Map<String, Object> exported = new LinkedHashMap<>(filter.described());
		exported.put("format", format);
		exported.put("rows", rows.size());
		audit.record(AuditLog.currentActor(), "applications.exported", AuditLog.Target.NONE, null, exported);
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("applications." + format).build().toString())
			.body(xlsx ? xlsx(rows, questionKeys(rows)) : csv(rows, questionKeys(rows)));
	}

	/**
	 * One column per question key of the calls exported (every version of their forms),
	 * after the fixed columns, named by the key.
	 */
	private List<String> questionKeys(List<ReviewQueue.Row> rows) {
		java.util.Set<String> slugs = new java.util.HashSet<>();
		rows.forEach(row -> slugs.add(row.call()));
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		calls.all()
			.stream()
			.filter(call -> slugs.contains(call.slug()))
			.forEach(call -> keys.addAll(calls.questionKeys(call.id())));
		return List.copyOf(keys);
	}

	static byte[] csv(List<ReviewQueue.Row> rows, List<String> keys) {
		return Csv.of(header(keys), rows.stream().map(row -> values(row, keys)).toList());
	}

	private static List<String> header(List<String> keys) {
		List<String> header = new ArrayList<>(HEADER);
		header.addAll(keys);
		return header;
	}

	/**
	 * Columns written as numbers in XLSX, so that a spreadsheet sums and sorts them, with
	 * how each is shown.
	 */
	private static final Map<String, String> NUMBER_FORMATS = Map.of("investmentIntentEur", "#,##0",
			"computeDemandGpuHours", "#,##0", "scoredBy", "0", "meanWeightedAverage", "0.00");

	static byte[] xlsx(List<ReviewQueue.Row> rows, List<String> keys) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("applications");
			write(sheet.createRow(0), header(keys));
			Map<Integer, CellStyle> numberColumns = new HashMap<>();
			NUMBER_FORMATS.forEach((column, format) -> {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
				numberColumns.put(HEADER.indexOf(column), style);
			});
			int index = 1;
			for (ReviewQueue.Row row : rows) {
				Row sheetRow = sheet.createRow(index++);
				write(sheetRow, values(row, keys));
				numberColumns.forEach((column, style) -> asNumber(sheetRow.getCell(column), style));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An empty cell stays empty (no score yet, no investment named). */
	private static void asNumber(Cell cell, CellStyle style) {
		String value = cell.getStringCellValue();
		if (!value.isEmpty()) {
			cell.setCellValue(Double.parseDouble(value));
			cell.setCellStyle(style);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private static List<String> values(ReviewQueue.Row row, List<String> keys) {
		List<String> values = new ArrayList<>();
		values.add(row.reference());
		values.add(row.call());
		values.add(row.stage());
		values.add(row.organisationName());
		values.add(row.country());
		values.add(row.registryCode());
		values.add(row.category());
		values.add(row.size());
		values.add(String.join(";", row.contributionAreas()));
		values.add(text(row.investmentIntentEur()));
		values.add(text(row.computeDemandGpuHours()));
		values.add(row.language());
		values.add(time(row.submittedAt()));
		values.add(time(row.decidedAt()));
		values.add(String.valueOf(row.scores().reviewers()));
		values.add(text(row.scores().meanWeightedAverage()));
		values.add(String.valueOf(row.scores().disagreement()));
		for (String key : keys) {
			Object answer = row.answers().get(key);
			values.add(answer instanceof Map<?, ?> file ? String.valueOf(file.get("name"))
					: answer instanceof java.util.Collection<?> many
							? String.join(";", many.stream().map(String::valueOf).toList())
							: answer instanceof java.math.BigDecimal number ? number.toPlainString() : text(answer));
		}
		return values.stream().map(SpreadsheetCells::neutralise).toList();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String time(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
	}

}
