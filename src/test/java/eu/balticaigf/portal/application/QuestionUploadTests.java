package eu.balticaigf.portal.application;

import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.ServedForm;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Issue 15 §3: a call's file question takes only a whole file of an allowed kind, judged
 * by content, under its limit and with a plain name; anything else is named next to the
 * field and nothing is stored. A file chosen once stays with the draft; staff download it
 * as an attachment; it is part of the personal-data export and erasure.
 */
class QuestionUploadTests extends PortalIntegrationTest {

	private static final List<String> LANGUAGES = List.of("lt", "en", "pl", "lv", "et");

	/** A published copy of the demo call with a required PDF question of at most 1 MB. */
	private String callWithLetterQuestion(String... kinds) {
		Visitor admin = signedIn(Role.ADMIN);
		String slug = "upload-" + UUID.randomUUID().toString().substring(0, 8);
		admin.open("/staff/calls/demo/clone")
			.form("#clone-form")
			.fill("slug", slug)
			.uncheck("copy", "QUESTIONS")
			.submitAndFollow();
		Form question = admin.open("/staff/calls/" + slug + "/questions/new")
			.form("#question-form")
			.fill("key", "letter")
			.choose("type", "FILE")
			.check("required")
			.check("kinds", "PDF")
			.fill("maxMegabytes", "1");
		for (String kind : kinds) {
			question.check("kinds", kind);
		}
		for (String code : LANGUAGES) {
			question.fill("label[" + code + "]", "Letter of intent (" + code + ")");
		}
		question.submitAndFollow();
		admin.open("/staff/calls/" + slug).form("#publish-form").submitAndFollow();
		return slug;
	}

	private long storedFiles() {
		return jdbc.sql("SELECT count(*) FROM application_file").query(Long.class).single();
	}

	@Test
	void everyBadFileIsNamedNextToItsFieldAndNothingIsStored() throws Exception {
		String slug = callWithLetterQuestion();
		Form form = Journeys.fillApplication(
				Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").form("form[method=post]"),
				"bad-files-" + UUID.randomUUID() + "@example.lt");
		long before = storedFiles();
		assertThat(form.attach("q.letter", "letter.pdf", TestFiles.png()).submit("#continue").errorFor("q.letter"))
			.isEqualTo("The selected file must be a PDF document");
		assertThat(form.attach("q.letter", "letter.pdf", TestFiles.pdfOfSize(2 * 1024 * 1024))
			.submit("#continue")
			.errorFor("q.letter")).isEqualTo("The selected file must be smaller than 1 MB");
		assertThat(form.attach("q.letter", "letter.pdf", new byte[0]).submit("#continue").errorFor("q.letter"))
			.isEqualTo("The selected file is empty");
		assertThat(form.attach("q.letter", "letter.pdf", TestFiles.truncated(TestFiles.pdf("Letter"), 0.8))
			.submit("#continue")
			.errorFor("q.letter")).startsWith("The selected file is damaged or incomplete");
		assertThat(form.attach("q.letter", "../../letters/letter.pdf", TestFiles.pdf("Letter"))
			.submit("#continue")
			.errorFor("q.letter")).isEqualTo("The file name must be a plain name, without folders or line breaks");
		// A browser sends a line break in a file name encoded (%0A); a hand-made request
		// can send it as it is.
		ServedForm served = ServedForm.of(mvc, "/calls/" + slug + "/apply");
		String refused = mvc.perform(served
			.sent(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/calls/" + slug + "/apply")
				.file(new org.springframework.mock.web.MockMultipartFile("q.letter", "letter\nof intent.pdf",
						"application/pdf", TestFiles.pdf("Letter"))))
			.param("draftId", served.value("draftId"))
			.param("servedAt", served.value("servedAt"))
			.param("formSignature", served.value("formSignature"))
			.param("action", "continue")
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(refused).getElementById("q.letter-error").text())
			.contains("The file name must be a plain name, without folders or line breaks");
		Page none = Journeys
			.fillApplication(
					Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").form("form[method=post]"),
					"no-file-" + UUID.randomUUID() + "@example.lt")
			.submit("#continue");
		assertThat(none.errorFor("q.letter")).isEqualTo("Choose a file for “Letter of intent (en)”");
		assertThat(storedFiles()).isEqualTo(before);
	}

	/** Issue 15 QA: a file is named after what it is, not what its name claimed. */
	@Test
	void aPictureCalledPdfIsKeptAsAPicture() {
		String slug = callWithLetterQuestion("PNG");
		Page back = Journeys
			.fillApplication(
					Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").form("form[method=post]"),
					"renamed-" + UUID.randomUUID() + "@example.lt")
			.fill("description", "")
			.attach("q.letter", "fake.pdf", TestFiles.png())
			.submit("#continue");
		assertThat(back.hasErrorFor("q.letter")).isFalse();
		assertThat(back.byId("q.letter-uploaded").text()).contains("fake.png").doesNotContain("fake.pdf");
	}

	@Test
	void aFileChosenOnceIsKeptUntilSubmittedAndOnlyStaffDownloadIt() throws Exception {
		String slug = callWithLetterQuestion();
		String email = "letter-" + UUID.randomUUID() + "@example.lt";
		byte[] letter = TestFiles.pdf("We intend to join the consortium.");
		// Another answer is wrong: the form comes back, and the file is not asked for
		// again.
		Page back = Journeys
			.fillApplication(
					Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").form("form[method=post]"), email)
			.fill("description", "")
			.attach("q.letter", "Ketinimų raštas.pdf", letter)
			.submit("#continue");
		assertThat(back.hasErrorFor("q.letter")).isFalse();
		assertThat(back.byId("q.letter-uploaded").text()).contains("Ketinimų raštas.pdf");
		Page check = back.form("form[method=post]")
			.fill("description", "Kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais.")
			.submit("#continue")
			.followed();
		assertThat(check.text()).contains("Letter of intent (en)", "Ketinimų raštas.pdf");
		String reference = check.form().submitAndFollow().byId("application-reference").text();
		String sha256 = UploadedFiles.sha256(letter);

		mvc.perform(get("/api/v1/applications/" + reference).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(jsonPath("$.application.answers.letter.name").value("Ketinimų raštas.pdf"))
			.andExpect(jsonPath("$.application.answers.letter.type").value("application/pdf"))
			.andExpect(jsonPath("$.application.answers.letter.size").value(letter.length))
			.andExpect(jsonPath("$.application.answers.letter.sha256").value(sha256));
		Page staffPage = signedIn(Role.VIEWER).open("/staff/applications/" + reference);
		String download = staffPage.document().selectFirst("a[data-file=q.letter]").attr("href");
		assertThat(download).isEqualTo("/staff/application-files/" + sha256);
		Page file = signedIn(Role.REVIEWER).get(download);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(file.header("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		assertThat(file.header("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(Visitor.at(port).get(download).status()).isNotEqualTo(200);

		// The contact's data export lists the file; erasure takes it away.
		ApplicationPersonalData personalData = context.getBean(ApplicationPersonalData.class);
		assertThat(personalData.export(email).get(0).get("files").toString()).contains(sha256);
		personalData.erase(email);
		assertThat(jdbc.sql("SELECT count(*) FROM application_file WHERE sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT answers::text FROM application WHERE reference = ?")
			.param(reference)
			.query(String.class)
			.single()).doesNotContain("letter");
	}

}
