package eu.balticaigf.portal.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.dossier.DossierModel.Cell;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * Issue 19's checks on the files themselves: the demo bid's dossier read back with PDFBox
 * and POI has every total of the model in the PDF's text and in the workbook as a number,
 * equal to what the database holds; the PDF is tagged, embeds its fonts and has a
 * bookmark per section; every letter of the five languages and Czech comes back.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierGenerationTests extends PortalIntegrationTest {

	/**
	 * Every letter with a diacritic of Lithuanian, Polish, Latvian, Estonian and Czech.
	 */
	static final String DIACRITICS = "ą č ę ė į š ų ū ž Ą Č Ę Ė Į Š Ų Ū Ž ł ń ó ś ź ż Ł Ń Ó Ś Ź Ż ā ē ģ ī ķ ļ ņ "
			+ "Ā Ē Ģ Ī Ķ Ļ Ņ õ ä ö ü Õ Ä Ö Ü á é í ý ú ů ř ě ď ť ň Á É Í Ý Ú Ů Ř Ě Ď Ť Ň";

	@Autowired
	DossierContents contents;

	@Autowired
	DossierPdf pdf;

	@Autowired
	DossierWorkbook workbook;

	private DossierModel model;

	private String text;

	private XSSFWorkbook sheets;

	private PDDocument document;

	@BeforeAll
	void generateTheDemoDossier() throws IOException {
		// The site assessment's section reads the latest frozen version: freeze one.
		Visitor reviewer = Visitor.at(port).speaking("en");
		reviewer.signIn(StaffSignInSupport.create(context, Role.REVIEWER));
		reviewer.open("/staff/sites/assessments/demo").form("form[action$='/freeze']").submit();

		model = contents.build("demo", Locale.ENGLISH).orElseThrow();
		byte[] file = pdf.render(model).bytes();
		// Kept beside the test reports for a person to look at.
		java.nio.file.Files.write(java.nio.file.Path.of("target", "dossier-demo.pdf"), file);
		document = Loader.loadPDF(file);
		text = plain(new PDFTextStripper().getText(document));
		sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(model)));
	}

	@Test
	void everyTotalOfTheModelIsInThePdfAndInTheWorkbookAsANumber() {
		List<DossierModel.Total> totals = model.totals();
		assertThat(totals).extracting(DossierModel.Total::key)
			.contains("funding.sources.target", "funding.sources.pledged", "funding.sources.gap",
					"consortium.byCountry.members", "consortium.hostStates.pledge", "commitments.commitments.counted");
		List<Double> numbers = workbookNumbers();
		for (DossierModel.Total total : totals) {
			assertThat(text).as(total.key()).contains(plain(total.value().shown(Locale.ENGLISH)));
			assertThat(numbers).as(total.key()).contains(((Number) total.value().value()).doubleValue());
		}
	}

	@Test
	void theTotalsEqualWhatTheDatabaseHolds() {
		long members = jdbc.sql("SELECT count(*) FROM bid_member m JOIN bid b ON b.id = m.bid_id WHERE b.slug = 'demo'")
			.query(Long.class)
			.single();
		long capitalCents = jdbc.sql("SELECT capital_cost_cents FROM bid WHERE slug = 'demo'")
			.query(Long.class)
			.single();
		long hostPledgeCents = jdbc.sql("""
				SELECT coalesce(sum(pledge_cents), 0) FROM bid_host_state s JOIN bid b ON b.id = s.bid_id
				WHERE b.slug = 'demo' AND s.status <> 'WITHDRAWN'""").query(Long.class).single();
		long counted = jdbc
			.sql("""
					SELECT count(*) FROM bid_commitment c JOIN bid_member m ON m.id = c.member_id JOIN bid b ON b.id = m.bid_id
					WHERE b.slug = 'demo' AND c.amount IS NOT NULL AND c.state IN ('SUBMITTED', 'SIGNED', 'VERIFIED')""")
			.query(Long.class)
			.single();
		long letters = jdbc
			.sql("""
					SELECT count(*) FROM bid_commitment c JOIN bid_member m ON m.id = c.member_id JOIN bid b ON b.id = m.bid_id
					WHERE b.slug = 'demo' AND c.letter_sha256 IS NOT NULL""")
			.query(Long.class)
			.single();

		assertThat(total("consortium.byCountry.members")).isEqualTo(members);
		assertThat(total("funding.sources.target")).isEqualTo(capitalCents / 100);
		assertThat(total("consortium.hostStates.pledge")).isEqualTo(hostPledgeCents / 100);
		assertThat(total("commitments.commitments.counted")).isEqualTo(counted);
		assertThat(text).contains(plain(Cell.count(letters).shown(Locale.ENGLISH)));
		assertThat(jdbc.sql("""
				SELECT letter_sha256 FROM bid_commitment c JOIN bid_member m ON m.id = c.member_id
				JOIN bid b ON b.id = m.bid_id WHERE b.slug = 'demo' AND c.letter_sha256 IS NOT NULL""")
			.query(String.class)
			.list()).isNotEmpty().allSatisfy(sha -> assertThat(text.replace(" ", "")).contains(sha));
	}

	@Test
	void thePdfIsTaggedEmbedsItsFontsAndHasABookmarkPerSection() throws IOException {
		assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
		assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Consortium dossier: " + model.title());
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
		List<String> bookmarks = new ArrayList<>();
		for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
			bookmarks.add(item.getTitle());
		}
		assertThat(bookmarks).containsExactlyElementsOf(model.sections().stream().map(s -> s.title()).toList());
		assertThat(bookmarks).contains("Summary", "Funding plan", "Site assessment", "Annex: signed letters");
	}

	@Test
	void aSectionWithoutDataSaysSoInsteadOfAnEmptyTable() {
		DossierModel.Section sites = model.sections()
			.stream()
			.filter(s -> s.key().equals("sites"))
			.findFirst()
			.orElseThrow();
		assertThat(sites.empty()).isNull();
		assertThat(text).contains("Weights", "Ranking");
	}

	@Test
	void everyDiacriticComesBackUnchangedFromThePdf() throws IOException {
		DossierModel fixture = new DossierModel("fixture", DIACRITICS, "en", model.generatedAt(), model.generated(),
				List.of(new DossierModel.Section("letters", DIACRITICS, List.of(DIACRITICS),
						List.of(new DossierModel.Table("t", DIACRITICS,
								List.of(new DossierModel.Column("c", DIACRITICS)),
								List.of(List.of(Cell.text(DIACRITICS))), null)),
						null)),
				Map.of(), Map.of(), Map.of());
		try (PDDocument read = Loader.loadPDF(pdf.render(fixture).bytes())) {
			// Lines wrap at the spaces between the letters: read as one line.
			String back = plain(new PDFTextStripper().getText(read));
			assertThat(back).contains(DIACRITICS);
		}
	}

	@Test
	void eachLanguageIsWrittenInItsOwnWords() throws IOException {
		for (String language : List.of("lt", "pl", "lv", "et")) {
			DossierModel written = contents.build("demo", Locale.forLanguageTag(language)).orElseThrow();
			try (PDDocument read = Loader.loadPDF(pdf.render(written).bytes())) {
				String back = plain(new PDFTextStripper().getText(read));
				for (DossierModel.Section section : written.sections()) {
					assertThat(back).as(language).contains(section.title());
				}
				assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo(language);
			}
		}
	}

	private long total(String key) {
		return model.totals()
			.stream()
			.filter(t -> t.key().equals(key))
			.map(t -> ((Number) t.value().value()).longValue())
			.findFirst()
			.orElseThrow();
	}

	private List<Double> workbookNumbers() {
		List<Double> numbers = new ArrayList<>();
		for (Sheet sheet : sheets) {
			for (Row row : sheet) {
				for (var cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
						numbers.add(cell.getNumericCellValue());
					}
				}
			}
		}
		return numbers;
	}

	/** Hard spaces and line breaks as plain spaces: how a reader compares figures. */
	private static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
	}

}
