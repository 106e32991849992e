package eu.balticaigf.portal.shared;

/**
 * Every export that staff open in a spreadsheet (CSV or XLSX) passes its cells through
 * here: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return)
 * as a formula, so such a cell gets a leading quote (OWASP's advice on CSV injection).
 * Anything typed into the portal can end up in an export.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** The value as text a spreadsheet shows and never runs; "" for null. */
	public static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

}
