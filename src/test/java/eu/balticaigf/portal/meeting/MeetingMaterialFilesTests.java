package eu.balticaigf.portal.meeting;

import java.nio.charset.StandardCharsets;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 §6, "materials (links or files)": staff upload a file as a meeting's material
 * through the served form; it is listed beside the links on the public page with its kind
 * and size and downloaded as an attachment; a bad upload is refused at its field with
 * nothing stored.
 */
class MeetingMaterialFilesTests extends PortalIntegrationTest {

	@Autowired
	MeetingRepository meetings;

	private long stored(Meeting meeting) {
		return jdbc.sql("SELECT count(*) FROM meeting_material_file WHERE meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single();
	}

	@Test
	void aFileIsListedBesideTheLinksWithItsKindAndSizeAndDownloadedAsAnAttachment() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Visitor admin = signedIn(Role.ADMIN);
		admin.open("/staff/meetings/" + meeting.slug() + "/edit")
			.form("form[method=post]")
			.fill("materials", "Slides (EN) | https://example.org/slides.pdf")
			.submitAndFollow();
		Page materials = admin.open("/staff/meetings/" + meeting.slug()).click("materials-link");
		assertThat(materials.byId("no-material-files").text()).isEqualTo("No files yet.");

		byte[] programme = TestFiles.pdf("Programme of the information meeting");
		Page added = materials.form("#material-upload")
			.fill("title", "Programme (LT)")
			.attach("file", "Programa.pdf", programme)
			.submitAndFollow();
		assertThat(added.byId("notice").text()).contains("The file has been added");
		assertThat(added.byId("material-files").select("tbody tr").eachText())
			.containsExactly("Programme (LT) Programa.pdf PDF " + kilobytes(programme) + " KB Remove Programme (LT)");
		assertThat(stored(meeting)).isOne();
		assertThat(jdbc.sql("SELECT sha256 FROM meeting_material_file WHERE meeting_id = ?")
			.param(meeting.id())
			.query(String.class)
			.single()).isEqualTo(UploadedFiles.sha256(programme));

		Page page = Visitor.at(port).speaking("lt").open("/meetings/" + meeting.slug() + "/register");
		assertThat(page.byId("meeting-materials").select("li").eachText()).containsExactly("Slides (EN)",
				"Programme (LT) (PDF, " + kilobytes(programme) + " KB)");
		String download = page.byId("meeting-materials").select("li").get(1).selectFirst("a").attr("href");
		Page file = Visitor.at(port).get(download);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("Programa.pdf");
		assertThat(file.header("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		assertThat(file.header("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(file.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(programme);

		Page removed = admin.open("/staff/meetings/" + meeting.slug() + "/materials")
			.form("#material-files form")
			.submitAndFollow();
		assertThat(removed.byId("notice").text()).contains("removed");
		assertThat(stored(meeting)).isZero();
		assertThat(Visitor.at(port).get(download).status()).isEqualTo(404);
		assertThat(Visitor.at(port).open("/meetings/" + meeting.slug() + "/register").byId("meeting-materials").text())
			.isEqualTo("Slides (EN)");
		assertThat(jdbc
			.sql("SELECT action FROM audit_log WHERE target_id = ? AND action LIKE 'meeting.material%' ORDER BY id")
			.param(meeting.slug())
			.query(String.class)
			.list()).containsExactly("meeting.material-added", "meeting.material-removed");
	}

	/**
	 * Issue 15 QA: the same content under a new title was "added" but not listed (it is
	 * stored once): it is said next to the file field instead.
	 */
	@Test
	void aFileAlreadyListedUnderAnotherTitleIsSaidSoNextToTheFileField() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Visitor admin = signedIn(Role.ADMIN);
		upload(admin, meeting, "Picture A", "a.png").followed();
		Page again = upload(admin, meeting, "Picture B", "b.png");
		assertThat(again.errorFor("file")).isEqualTo("This file is already listed as “Picture A”");
		assertThat(again.has("#notice")).isFalse();
		assertThat(stored(meeting)).isOne();
	}

	/** Issue 15 QA: a PNG called .pdf was served as "fake.pdf" typed image/png. */
	@Test
	void aFileIsListedAndServedUnderTheNameOfItsRealKind() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Page added = upload(signedIn(Role.ADMIN), meeting, "Picture A", "fake.pdf").followed();
		assertThat(added.byId("material-files").select("tbody tr").text()).contains("fake.png")
			.doesNotContain("fake.pdf");
		Page page = Visitor.at(port).open("/meetings/" + meeting.slug() + "/register");
		Page file = Visitor.at(port).get(page.byId("meeting-materials").selectFirst("a").attr("href"));
		assertThat(file.header("Content-Type").orElseThrow()).startsWith("image/png");
		assertThat(file.header("Content-Disposition").orElseThrow()).contains("fake.png").doesNotContain("fake.pdf");
	}

	/** The test picture, uploaded by staff under this title and file name. */
	private static Page upload(Visitor admin, Meeting meeting, String title, String fileName) {
		return admin.open("/staff/meetings/" + meeting.slug() + "/materials")
			.form("#material-upload")
			.fill("title", title)
			.attach("file", fileName, TestFiles.png())
			.submit();
	}

	@Test
	void aDoubleClickStoresTheFileOnce() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		var form = signedIn(Role.ADMIN).open("/staff/meetings/" + meeting.slug() + "/materials")
			.form("#material-upload")
			.fill("title", "Sheet")
			.attach("file", "figures.xlsx", TestFiles.xlsx());
		form.submit();
		form.submit();
		assertThat(stored(meeting)).isOne();
	}

	@Test
	void badUploadsAreRefusedAtTheirFieldWithNothingStored() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Visitor admin = signedIn(Role.ADMIN);
		String path = "/staff/meetings/" + meeting.slug() + "/materials";
		Page noTitle = admin.open(path).form("#material-upload").attach("file", "a.pdf", TestFiles.pdf("a")).submit();
		assertThat(noTitle.errorFor("title")).isEqualTo("Enter a title of up to 200 characters");
		Page wrongKind = admin.open(path)
			.form("#material-upload")
			.fill("title", "Script")
			.attach("file", "slides.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
			.submit();
		assertThat(wrongKind.errorFor("file")).isEqualTo("The selected file is not of a kind accepted here");
		assertThat(wrongKind.byId("title").val()).isEqualTo("Script");
		Page truncated = admin.open(path)
			.form("#material-upload")
			.fill("title", "Half")
			.attach("file", "half.png", TestFiles.truncated(TestFiles.png(), 0.5))
			.submit();
		assertThat(truncated.hasErrorFor("file")).isTrue();
		Page pathInName = admin.open(path)
			.form("#material-upload")
			.fill("title", "Sneaky")
			.attach("file", "..\\secret.pdf", TestFiles.pdf("x"))
			.submit();
		assertThat(pathInName.hasErrorFor("file")).isTrue();
		Page none = admin.open(path).form("#material-upload").fill("title", "Nothing").submit();
		assertThat(none.hasErrorFor("file")).isTrue();
		assertThat(stored(meeting)).isZero();
	}

	@Test
	void onlyAnAdministratorChangesTheFiles() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Page viewer = signedIn(Role.VIEWER).open("/staff/meetings/" + meeting.slug() + "/materials");
		assertThat(viewer.status()).isEqualTo(200);
		assertThat(viewer.has("#material-upload")).isFalse();
	}

	private static long kilobytes(byte[] content) {
		return Math.max(1, (content.length + 512) / 1024);
	}

}
