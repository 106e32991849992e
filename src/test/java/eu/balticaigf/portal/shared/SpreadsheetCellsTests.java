package eu.balticaigf.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before
 * one) as a formula.
 */
class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+2", "-1+2", "@SUM(A1)", "\t=1+2", "\r=1+2",
			"=1+2\nsecond line" })
	void aCellThatASpreadsheetWouldRunIsNeutralised(String value) {
		assertThat(SpreadsheetCells.neutralise(value)).isEqualTo("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UAB Ąžuolynas", "1+2", "a=b", "" })
	void otherCellsAreLeftAlone(String value) {
		assertThat(SpreadsheetCells.neutralise(value)).isEqualTo(value);
	}

	@Test
	void nothingIsAnEmptyCell() {
		assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
	}

}
