package eu.balticaigf.portal.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Languages;

/**
 * Everything a dossier shows, built once ({@link DossierContents}): the PDF and the
 * workbook both print these sections and tables, so a figure cannot differ between them.
 *
 * @param language the language it is written in (a code of the portal's five)
 * @param generated when, as the cover says it
 * @param inputs the versions of what it was built from (the frozen assessment's, the
 * call's)
 * @param members the members' names by id, and {@code commitments} each commitment's
 * line, for what changed between two versions
 */
record DossierModel(String slug, String title, String language, Instant generatedAt, String generated,
		List<Section> sections, Map<String, String> inputs, Map<String, String> members,
		Map<String, String> commitments) {

	/**
	 * A section of the dossier; {@code empty} is what it says instead of tables when
	 * there is no data (null when there is).
	 */
	record Section(String key, String title, List<String> paragraphs, List<Table> tables, String empty) {

		String anchor() {
			return "section-" + key;
		}

	}

	record Column(String key, String heading) {
	}

	/** A table; {@code total} its last row (null for none), its first cell the label. */
	record Table(String key, String caption, List<Column> columns, List<List<Cell>> rows, List<Cell> total) {

		/** True when every column but the first holds numbers: the table aligns right. */
		boolean numeric(int column) {
			return rows.stream().allMatch(row -> row.get(column).number());
		}

	}

	/** How a cell's value is written. */
	enum Kind {

		TEXT, COUNT, EUR, DECIMAL, PERCENT, SCORE

	}

	/**
	 * A value: a String for TEXT, a Long for COUNT and EUR (whole euros), a BigDecimal
	 * for DECIMAL, a Double for PERCENT (0–1) and SCORE (0–1).
	 */
	record Cell(Kind kind, Object value) {

		static Cell text(String text) {
			return new Cell(Kind.TEXT, text == null ? "" : text);
		}

		static Cell count(long count) {
			return new Cell(Kind.COUNT, count);
		}

		/** Cents as whole euros, rounded half up (the API's and the pages' unit). */
		static Cell euros(long cents) {
			return new Cell(Kind.EUR,
					BigDecimal.valueOf(cents).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
		}

		static Cell wholeEuros(long euros) {
			return new Cell(Kind.EUR, euros);
		}

		static Cell decimal(BigDecimal value) {
			return value == null ? text("") : new Cell(Kind.DECIMAL, value.stripTrailingZeros());
		}

		static Cell percent(double share) {
			return new Cell(Kind.PERCENT, share);
		}

		static Cell score(Double score) {
			return score == null ? text("") : new Cell(Kind.SCORE, score);
		}

		boolean number() {
			return kind != Kind.TEXT;
		}

		/** The value as a reader of {@code locale} reads it. */
		String shown(Locale locale) {
			Locale formatting = Languages.forFormatting(locale);
			return switch (kind) {
				case TEXT -> (String) value;
				case EUR -> Formats.euros((Long) value, locale);
				case COUNT -> NumberFormat.getIntegerInstance(formatting).format(value);
				case DECIMAL -> {
					NumberFormat format = NumberFormat.getNumberInstance(formatting);
					format.setMaximumFractionDigits(2);
					yield format.format(value);
				}
				case PERCENT -> {
					NumberFormat format = NumberFormat.getPercentInstance(formatting);
					format.setMaximumFractionDigits(1);
					yield format.format(value);
				}
				case SCORE -> {
					NumberFormat format = NumberFormat.getNumberInstance(formatting);
					format.setMinimumFractionDigits(3);
					format.setMaximumFractionDigits(3);
					yield format.format(value);
				}
			};
		}

	}

	/** A total of a table: where it is ({@code section.table.column}) and its value. */
	record Total(String key, Cell value) {
	}

	/** Every number of every total row, in the order the dossier prints them. */
	List<Total> totals() {
		List<Total> totals = new ArrayList<>();
		for (Section section : sections) {
			for (Table table : section.tables()) {
				if (table.total() == null) {
					continue;
				}
				for (int i = 0; i < table.columns().size(); i++) {
					if (table.total().get(i).number()) {
						totals.add(new Total(section.key() + "." + table.key() + "." + table.columns().get(i).key(),
								table.total().get(i)));
					}
				}
			}
		}
		return totals;
	}

}
