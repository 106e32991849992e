package eu.balticaigf.portal.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.balticaigf.portal.dossier.DossierModel.Cell;
import eu.balticaigf.portal.dossier.DossierModel.Kind;
import eu.balticaigf.portal.dossier.DossierModel.Section;
import eu.balticaigf.portal.dossier.DossierModel.Table;
import eu.balticaigf.portal.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The dossier's tables as a workbook: one sheet per section, each table under its
 * caption, numbers as numbers (euros, counts, amounts, shares) with a display format, so
 * that a reader can add them up again.
 */
@Component
class DossierWorkbook {

	private static final Map<Kind, String> FORMATS = new EnumMap<>(Map.of(Kind.COUNT, "#,##0", Kind.EUR,
			"\"EUR\" #,##0", Kind.DECIMAL, "#,##0.##", Kind.PERCENT, "0.0%", Kind.SCORE, "0.000"));

	byte[] write(DossierModel model) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
			FORMATS.forEach((kind, format) -> {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
				styles.put(kind, style);
			});
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			int index = 1;
			for (Section section : model.sections()) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(index++ + " " + section.title()));
				int row = 0;
				text(sheet.createRow(row++), 0, section.title(), bold);
				for (String paragraph : section.paragraphs()) {
					text(sheet.createRow(row++), 0, paragraph, null);
				}
				if (section.empty() != null) {
					text(sheet.createRow(row++), 0, section.empty(), null);
				}
				for (Table table : section.tables()) {
					row++;
					text(sheet.createRow(row++), 0, table.caption(), bold);
					Row header = sheet.createRow(row++);
					for (int i = 0; i < table.columns().size(); i++) {
						text(header, i, table.columns().get(i).heading(), bold);
					}
					for (List<Cell> cells : table.rows()) {
						cells(sheet.createRow(row++), cells, styles);
					}
					if (table.total() != null) {
						cells(sheet.createRow(row++), table.total(), styles);
					}
				}
				sheet.setColumnWidth(0, 40 * 256);
				for (int i = 1; i < 7; i++) {
					sheet.setColumnWidth(i, 18 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cells(Row row, List<Cell> cells, Map<Kind, CellStyle> styles) {
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (!cell.number()) {
				text(row, i, (String) cell.value(), null);
				continue;
			}
			org.apache.poi.ss.usermodel.Cell written = row.createCell(i);
			written.setCellValue(((Number) cell.value()).doubleValue());
			written.setCellStyle(styles.get(cell.kind()));
		}
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(SpreadsheetCells.neutralise(text));
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

}
