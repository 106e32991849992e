package eu.balticaigf.portal.meeting;

import eu.balticaigf.portal.shared.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.balticaigf.portal.shared.SpreadsheetCells;

/**
 * The registration list as CSV and XLSX for staff. Cells are neutralised so a spreadsheet
 * never runs a formula.
 */
final class RegistrationExport {

	static final List<String> HEADER = List.of("arrival", "fullName", "email", "organisationName", "attendance",
			"status", "registeredAt", "confirmedAt", "cancelledAt", "checkedInAt");

	private RegistrationExport() {
	}

	static byte[] csv(List<Registration> registrations, ZoneId zone) {
		return Csv.of(HEADER, registrations.stream().map(registration -> row(registration, zone)).toList());
	}

	static byte[] xlsx(List<Registration> registrations, ZoneId zone) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("registrations");
			write(sheet.createRow(0), HEADER);
			int index = 1;
			for (Registration registration : registrations) {
				write(sheet.createRow(index++), row(registration, zone));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private static List<String> row(Registration registration, ZoneId zone) {
		List<String> values = new ArrayList<>();
		values.add(String.valueOf(registration.arrival()));
		values.add(SpreadsheetCells.neutralise(registration.fullName()));
		values.add(SpreadsheetCells.neutralise(registration.email()));
		values.add(SpreadsheetCells.neutralise(registration.organisationName()));
		values.add(registration.attendance().name());
		values.add(registration.status().name());
		values.add(time(registration.registeredAt(), zone));
		values.add(time(registration.confirmedAt(), zone));
		values.add(time(registration.cancelledAt(), zone));
		values.add(time(registration.checkedInAt(), zone));
		return values;
	}

	private static String time(Instant instant, ZoneId zone) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
	}

}
