package eu.balticaigf.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way exports are written as CSV: RFC 4180 (commons-csv, CRLF), UTF-8 with a
 * byte-order mark so that spreadsheet programs read Ą, ł, ā and õ, and every text cell
 * passed through {@link SpreadsheetCells} so that none runs as a formula.
 */
public final class Csv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	private Csv() {
	}

	/** A header line and the rows; a cell may be text, a number or null. */
	public static byte[] of(List<String> header, Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream()
					.map(cell -> cell instanceof String text ? SpreadsheetCells.neutralise(text) : cell)
					.toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
