package eu.balticaigf.portal.sites;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.balticaigf.portal.shared.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Sites and their values as a CSV file: one row per site, its details in the first
 * columns, then one column per criterion code. Every row is read before anything is
 * stored, and what is wrong is said by row (as a spreadsheet numbers them, the header
 * being row 1) and column. Spreadsheets set to Lithuanian, Polish, Latvian or Estonian
 * write semicolons between cells, so a header with semicolons and no commas is read that
 * way.
 */
final class SiteCsv {

	static final String SLUG = "slug";

	static final String NAME = "name";

	static final String OPERATOR = "operator";

	static final String COUNTRY = "country";

	static final String LATITUDE = "latitude";

	static final String LONGITUDE = "longitude";

	static final String STATUS = "status";

	static final String SOURCE = "source";

	static final String MEASURED_ON = "measured_on";

	static final List<String> DETAILS = List.of(SLUG, NAME, OPERATOR, COUNTRY, LATITUDE, LONGITUDE, STATUS, SOURCE,
			MEASURED_ON);

	private static final List<String> REQUIRED = List.of(SLUG, NAME, COUNTRY, STATUS);

	private SiteCsv() {
	}

	/**
	 * A site read from one row, with the values the row gives (empty cells give none).
	 */
	record Row(int number, String slug, SiteRegister.Details details, Map<String, SiteRegister.Evidence> values) {
	}

	/**
	 * What is wrong: a message code and its arguments, at a row and column (column null:
	 * the whole row; row 0: the whole file).
	 */
	record Problem(int row, String column, String code, Object... arguments) {
	}

	record Reading(List<Row> rows, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty() && !rows.isEmpty();
		}

	}

	static Reading read(String text, Set<String> criteria, LocalDate today) {
		String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (csv.isBlank()) {
			return new Reading(List.of(), List.of(new Problem(0, null, "sites.import.error.empty")));
		}
		String firstLine = csv.lines().findFirst().orElse("");
		char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(new StringReader(csv))) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
			return new Reading(List.of(), List.of(new Problem(0, null, "sites.import.error.unreadable")));
		}
		List<Problem> problems = new ArrayList<>();
		List<String> header = records.get(0).stream().map(cell -> cell.strip().toLowerCase()).toList();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i);
			if (!DETAILS.contains(column) && !criteria.contains(column)) {
				problems.add(new Problem(1, column, "sites.import.error.column"));
			}
			else if (header.indexOf(column) != i) {
				problems.add(new Problem(1, column, "sites.import.error.columnTwice"));
			}
		}
		for (String column : REQUIRED) {
			if (!header.contains(column)) {
				problems.add(new Problem(1, column, "sites.import.error.columnMissing"));
			}
		}
		if (!problems.isEmpty()) {
			return new Reading(List.of(), problems);
		}
		if (records.size() == 1) {
			return new Reading(List.of(), List.of(new Problem(0, null, "sites.import.error.noRows")));
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			int number = (int) record.getRecordNumber();
			if (record.size() != header.size()) {
				problems.add(new Problem(number, null, "sites.import.error.cells", record.size(), header.size()));
				continue;
			}
			Cells cells = new Cells(number, header, record, problems);
			String slug = cells.read(SLUG, SiteInput::slug);
			if (slug != null && seen.containsKey(slug)) {
				problems.add(new Problem(number, SLUG, "sites.import.error.slugTwice", seen.get(slug)));
			}
			else if (slug != null) {
				seen.put(slug, number);
			}
			String name = cells.read(NAME, typed -> SiteInput.text(typed, "sites.error.name", SiteInput.MAX_TEXT));
			String operator = cells.read(OPERATOR, typed -> SiteInput.optionalText(typed, SiteInput.MAX_TEXT));
			String country = cells.read(COUNTRY, typed -> SiteInput.country(typed, "sites.import.error.country"));
			Double latitude = cells.read(LATITUDE, typed -> SiteInput.degrees(typed, 90, "sites.error.latitude"));
			Double longitude = cells.read(LONGITUDE, typed -> SiteInput.degrees(typed, 180, "sites.error.longitude"));
			if (cells.fine(LATITUDE) && cells.fine(LONGITUDE) && (latitude == null) != (longitude == null)) {
				problems.add(new Problem(number, latitude == null ? LATITUDE : LONGITUDE, "sites.error.coordinates"));
			}
			SiteStatus status = cells.read(STATUS, typed -> SiteInput.status(typed, "sites.import.error.status"));
			Map<String, Double> numbers = new LinkedHashMap<>();
			for (String column : header) {
				if (criteria.contains(column)) {
					Double value = cells.read(column, typed -> SiteInput.number(typed, "sites.error.value"));
					if (value != null) {
						numbers.put(column, value);
					}
				}
			}
			String source = cells.read(SOURCE, typed -> SiteInput.optionalText(typed, SiteInput.MAX_SOURCE));
			LocalDate measuredOn = cells.read(MEASURED_ON, typed -> SiteInput.date(typed, today));
			if (!numbers.isEmpty() && source == null && cells.fine(SOURCE)) {
				problems.add(new Problem(number, SOURCE, "sites.error.source"));
			}
			Map<String, SiteRegister.Evidence> values = new LinkedHashMap<>();
			numbers.forEach((code, value) -> values.put(code, new SiteRegister.Evidence(value, source, measuredOn)));
			rows.add(new Row(number, slug,
					new SiteRegister.Details(name, operator, null, country, latitude, longitude, status), values));
		}
		return new Reading(problems.isEmpty() ? rows : List.of(), problems);
	}

	/** One row's cells, read by column name; what is wrong is added to the problems. */
	private static final class Cells {

		private final int number;

		private final List<String> header;

		private final CSVRecord record;

		private final List<Problem> problems;

		private final Set<String> wrong = new java.util.HashSet<>();

		Cells(int number, List<String> header, CSVRecord record, List<Problem> problems) {
			this.number = number;
			this.header = header;
			this.record = record;
			this.problems = problems;
		}

		<T> T read(String column, java.util.function.Function<String, T> reader) {
			int index = header.indexOf(column);
			if (index < 0) {
				// An optional column the file does not have: an empty cell.
				return reader.apply("");
			}
			try {
				return reader.apply(record.get(index));
			}
			catch (SiteInput.Invalid invalid) {
				wrong.add(column);
				problems.add(new Problem(number, column, invalid.code(), invalid.arguments()));
				return null;
			}
		}

		boolean fine(String column) {
			return !wrong.contains(column);
		}

	}

	/**
	 * A file to start from: the header with every criterion of the catalogue, and two
	 * made-up sites.
	 */
	static byte[] sample(List<SiteCriterion> catalogue) {
		List<String> header = new ArrayList<>(DETAILS);
		catalogue.forEach(c -> header.add(c.code()));
		List<List<Object>> rows = new ArrayList<>();
		rows.add(sampleRow(catalogue, "example-north", "Example North", "Example Energy SA", "PL", 54.35, 18.65,
				"PROPOSED", "Grid operator's connection offer, 2026", "2026-01-15",
				Map.of("grid-capacity", 120, "time-to-power", 24, "pue", 1.2)));
		rows.add(sampleRow(catalogue, "example-south", "Example South", null, "CZ", 49.98, 14.39, "SHORTLISTED",
				"https://example.org/site-study.pdf", "", Map.of("grid-capacity", 80, "renewable-share", 45)));
		return Csv.of(header, rows);
	}

	private static List<Object> sampleRow(List<SiteCriterion> catalogue, String slug, String name, String operator,
			String country, double latitude, double longitude, String status, String source, String measuredOn,
			Map<String, Number> values) {
		List<Object> row = new ArrayList<>(List.of(slug, name, operator == null ? "" : operator, country, latitude,
				longitude, status, source, measuredOn));
		catalogue.forEach(c -> row.add(values.containsKey(c.code()) ? values.get(c.code()) : null));
		return row;
	}

}
