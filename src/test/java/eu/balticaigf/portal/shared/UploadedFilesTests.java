package eu.balticaigf.portal.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import eu.balticaigf.portal.shared.UploadedFiles.Kind;
import eu.balticaigf.portal.shared.UploadedFiles.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFilesTests {

	private static final long LIMIT = 1024 * 1024;

	private static final Set<Kind> ANY = EnumSet.allOf(Kind.class);

	@Test
	void acceptsEachKindByItsContentWhateverItsName() throws Exception {
		assertThat(UploadedFiles.check("letter.pdf", TestFiles.pdf("Signed"), LIMIT, ANY).kind()).isEqualTo(Kind.PDF);
		assertThat(UploadedFiles.check("plan.xlsx", TestFiles.xlsx(), LIMIT, ANY).kind()).isEqualTo(Kind.XLSX);
		assertThat(UploadedFiles.check("letter.docx", TestFiles.docx(), LIMIT, ANY).kind()).isEqualTo(Kind.DOCX);
		assertThat(UploadedFiles.check("site.png", TestFiles.png(), LIMIT, ANY).kind()).isEqualTo(Kind.PNG);
		assertThat(UploadedFiles.check("site.jpg", TestFiles.jpeg(), LIMIT, ANY).kind()).isEqualTo(Kind.JPEG);
		// The name says nothing: a PDF called .png is a PDF.
		assertThat(UploadedFiles.check("photo.png", TestFiles.pdf("x"), LIMIT, ANY).kind()).isEqualTo(Kind.PDF);
	}

	/** Issue 15 QA: a PNG called fake.pdf was later served as "fake.pdf". */
	@Test
	void theNameCarriesTheEndingOfTheRealKind() throws Exception {
		assertThat(UploadedFiles.check("fake.pdf", TestFiles.png(), LIMIT, ANY).name()).isEqualTo("fake.png");
		assertThat(UploadedFiles.check("photo.PNG", TestFiles.pdf("x"), LIMIT, ANY).name()).isEqualTo("photo.pdf");
		assertThat(UploadedFiles.check("site.jpeg", TestFiles.jpeg(), LIMIT, ANY).name()).isEqualTo("site.jpeg");
		assertThat(UploadedFiles.check("Plan v2.1", TestFiles.xlsx(), LIMIT, ANY).name()).isEqualTo("Plan v2.1.xlsx");
		assertThat(UploadedFiles.check("letter.docx", TestFiles.docx(), LIMIT, ANY).name()).isEqualTo("letter.docx");
	}

	@Test
	void givesTheSha256OfWhatWasSent() throws Exception {
		byte[] pdf = TestFiles.pdf("Signed");
		UploadedFiles.Checked checked = UploadedFiles.check("letter.pdf", pdf, LIMIT, Set.of(Kind.PDF));
		assertThat(checked.sha256()).hasSize(64).isEqualTo(UploadedFiles.sha256(pdf));
		assertThat(checked.size()).isEqualTo(pdf.length);
		assertThat(UploadedFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void refusesAKindNotAcceptedHereEvenWhenNamedAsOne() {
		refused("letter.pdf", TestFiles.png(), Set.of(Kind.PDF), Problem.WRONG_KIND);
		refused("letter.pdf", TestFiles.docx(), Set.of(Kind.PDF), Problem.WRONG_KIND);
		refused("letter.pdf", "Dear ministry, we commit.".getBytes(StandardCharsets.UTF_8), Set.of(Kind.PDF),
				Problem.WRONG_KIND);
		refused("plan.xlsx", TestFiles.zip(), ANY, Problem.WRONG_KIND);
		refused("letter.pdf", "<html>%PDF-</html>".getBytes(StandardCharsets.UTF_8), ANY, Problem.WRONG_KIND);
	}

	@Test
	void refusesEmptyAndOversizedFiles() {
		refused("letter.pdf", new byte[0], ANY, Problem.EMPTY);
		refused("letter.pdf", TestFiles.pdfOfSize(2_000), 1_000, ANY, Problem.TOO_LARGE);
	}

	@Test
	void refusesEachKindCutShort() {
		refused("letter.pdf", TestFiles.truncated(TestFiles.pdf("Signed"), 0.9), ANY, Problem.DAMAGED);
		refused("letter.pdf", TestFiles.truncated(TestFiles.pdf("Signed"), 0.5), ANY, Problem.DAMAGED);
		refused("plan.xlsx", TestFiles.truncated(TestFiles.xlsx(), 0.9), ANY, Problem.DAMAGED);
		refused("letter.docx", TestFiles.truncated(TestFiles.docx(), 0.6), ANY, Problem.DAMAGED);
		refused("site.png", TestFiles.truncated(TestFiles.png(), 0.8), ANY, Problem.DAMAGED);
		refused("site.jpg", TestFiles.truncated(TestFiles.jpeg(), 0.8), ANY, Problem.DAMAGED);
	}

	@Test
	void refusesAlteredContent() {
		byte[] png = TestFiles.png();
		png[20] ^= 0x55;
		refused("site.png", png, ANY, Problem.DAMAGED);
		byte[] xlsx = TestFiles.xlsx();
		xlsx[xlsx.length / 3] ^= 0x55;
		refused("plan.xlsx", xlsx, ANY, Problem.DAMAGED);
		String pdf = new String(TestFiles.pdf("Signed"), StandardCharsets.ISO_8859_1);
		byte[] wrongOffset = pdf.replaceFirst("startxref\n\\d+", "startxref\n12").getBytes(StandardCharsets.ISO_8859_1);
		refused("letter.pdf", wrongOffset, ANY, Problem.DAMAGED);
	}

	@Test
	void refusesNamesWithFoldersOrLineBreaks() {
		for (String name : new String[] { "../letter.pdf", "C:\\Users\\ona\\letter.pdf", "/etc/letter.pdf",
				"letter.pdf\r\nBcc: x@example.com", "letter\n.pdf", "", "  ", ".htaccess", "..", "a".repeat(300) }) {
			refused(name, TestFiles.pdf("Signed"), ANY, Problem.BAD_NAME);
		}
		refused(null, TestFiles.pdf("Signed"), ANY, Problem.BAD_NAME);
	}

	@Test
	void keepsPlainNamesInAnyLanguage() throws Exception {
		assertThat(
				UploadedFiles.check("Įsipareigojimo raštas (pasirašytas).pdf", TestFiles.pdf("x"), LIMIT, ANY).name())
			.isEqualTo("Įsipareigojimo raštas (pasirašytas).pdf");
	}

	@Test
	void saysWhatIsWrongWithTheLimitAndKind() {
		UploadedFiles.Refused tooLarge = refused("letter.pdf", TestFiles.pdfOfSize(2_000), 1_000, ANY,
				Problem.TOO_LARGE);
		var message = UploadedFiles.message(tooLarge, 5L * 1024 * 1024, Set.of(Kind.PDF));
		assertThat(message.getCodes()).containsExactly("upload.error.tooLarge");
		assertThat(Arrays.asList(message.getArguments())).first().isEqualTo(5L);
	}

	private static UploadedFiles.Refused refused(String name, byte[] content, Set<Kind> accepted, Problem problem) {
		return refused(name, content, LIMIT, accepted, problem);
	}

	private static UploadedFiles.Refused refused(String name, byte[] content, long limit, Set<Kind> accepted,
			Problem problem) {
		var thrown = assertThatThrownBy(() -> UploadedFiles.check(name, content, limit, accepted))
			.as(name + " refused as " + problem)
			.isInstanceOf(UploadedFiles.Refused.class);
		thrown.extracting(e -> ((UploadedFiles.Refused) e).problem()).isEqualTo(problem);
		try {
			UploadedFiles.check(name, content, limit, accepted);
		}
		catch (UploadedFiles.Refused refused) {
			return refused;
		}
		throw new AssertionError();
	}

}
