package eu.balticaigf.portal.sites;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.shared.Csv;
import eu.balticaigf.portal.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * An assessment's ranking and its comparison (every value with its source) as CSV or
 * XLSX, for staff pages and the API alike: codes and numbers as a program wants them,
 * numbers as numbers in the workbook, text passed through {@link SpreadsheetCells}.
 */
final class SiteExports {

	static final List<String> RANKING = List.of("rank", "site", "name", "status", "score", "coverage", "topsis",
			"topsis_rank", "missing", "estimated", "out", "illustrative");

	static final List<String> COMPARISON = List.of("site", "name", "criterion", "label", "weight", "value", "unit",
			"estimate", "source", "measured_on", "entered_by");

	private SiteExports() {
	}

	static List<List<Object>> ranking(SiteAssessments.Evaluation evaluation) {
		SitesApi.Assessment assessment = SitesApi.describe(evaluation);
		List<List<Object>> rows = new ArrayList<>();
		for (SitesApi.Ranked r : assessment.ranking()) {
			rows.add(row(r.rank(), r.site(), r.name(), evaluation.sites().get(r.site()).status().name(), r.score(),
					r.coverage(), r.topsis(), r.topsisRank(), String.join(" ", r.missing()),
					String.join(" ", r.estimated()), null, r.illustrative()));
		}
		for (SitesApi.Out o : assessment.out()) {
			String failures = String.join(" ",
					o.failures()
						.stream()
						.map(f -> f.criterion() + "=" + number(f.value()) + " limit " + number(f.limit()))
						.toList());
			rows.add(row(null, o.site(), o.name(), evaluation.sites().get(o.site()).status().name(), null, null, null,
					null, String.join(" ", o.missing()), null, failures, o.illustrative()));
		}
		return rows;
	}

	static List<List<Object>> comparison(SiteAssessments.Evaluation evaluation) {
		List<List<Object>> rows = new ArrayList<>();
		for (Site site : evaluation.sites().values()) {
			Map<String, SiteAssessments.Shown> values = evaluation.values().get(site.slug());
			for (SiteCriterion criterion : evaluation.catalogue()) {
				SiteAssessments.Shown shown = values.get(criterion.code());
				SiteValue entered = shown == null ? null : shown.entered();
				rows.add(row(site.slug(), site.name(), criterion.code(), criterion.labels().get("en"),
						evaluation.weight(criterion.code()), shown == null ? null : shown.value(), criterion.unit(),
						shown != null && shown.estimate(), entered == null ? null : entered.source(),
						entered == null || entered.measuredOn() == null ? null : entered.measuredOn().toString(),
						entered == null ? null : entered.enteredBy()));
			}
		}
		return rows;
	}

	/**
	 * The file in the asked format ({@code csv} or {@code xlsx}; another is not found).
	 */
	static ResponseEntity<byte[]> file(String name, String format, List<String> header, List<List<Object>> rows) {
		byte[] body;
		MediaType type;
		switch (format) {
			case "csv" -> {
				body = Csv.of(header, rows);
				type = new MediaType("text", "csv", StandardCharsets.UTF_8);
			}
			case "xlsx" -> {
				body = xlsx(name, header, rows);
				type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format).build().toString())
			.body(body);
	}

	static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int i = 0; i < cells.size(); i++) {
					Object cell = cells.get(i);
					if (cell instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (cell instanceof Boolean truth) {
						row.createCell(i).setCellValue(truth);
					}
					else if (cell != null) {
						row.createCell(i).setCellValue(SpreadsheetCells.neutralise(cell.toString()));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}

	private static String number(double value) {
		return SiteRegisterPages.plain(value);
	}

}
