package eu.balticaigf.portal.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// A byte-order mark so that spreadsheet programs read the UTF-8 names (Ą, ł, ā,
		// õ) correctly.
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			printer.printRecord(HEADER);
			for (Registration registration : registrations) {
				printer.printRecord(row(registration, zone));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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
