package eu.balticaigf.portal.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.QueuedMail;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Hostile text typed into the real application form (issue 8): markup and script come
 * back as text on every page, in the e-mail and in the exports, and line breaks never
 * become e-mail headers.
 */
@PortalTest
class HostileContentTests extends PortalIntegrationTest {

	// No parentheses here: IntakeTests recognises the demo's sample applications by a "("
	// in the name.
	private static final String ORGANISATION = "=1+2<script>document.title='organisation'</script>";

	private static final String CONTACT = "<img src=x onerror=alert('contact')>";

	private static final String DESCRIPTION = "<b onmouseover=alert('description')>Mes</b><script>alert('description')</script>"
			+ " kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais.";

	private static final List<String> RAW = List.of("<script>document.title", "<img src=x", "<b onmouseover",
			"<script>alert('description')");

	// Compared with apostrophes as they are: jte leaves them unescaped in text (safe
	// there; in attributes it escapes them).
	private static final List<String> ESCAPED = List.of("&lt;script&gt;document.title='organisation'&lt;/script&gt;",
			"&lt;img src=x onerror=alert('contact')&gt;", "&lt;b onmouseover=alert('description')&gt;");

	/**
	 * What was typed on purpose (markup, capitals) is shown as typed: only the other page
	 * checks apply.
	 */
	Visitor visitor() {
		return Visitor.at(port).notCheckingCodes();
	}

	@Test
	void markupInEveryTextFieldIsShownAsTextInPagesTheEmailAndTheExports() throws Exception {
		String email = Forms.randomEmail();
		Form form = Forms.fillValid(Forms.applicationForm(visitor()), email)
			.fill("organisationName", ORGANISATION)
			.fill("contactName", CONTACT)
			.fill("description", DESCRIPTION);
		String registryCode = form.value("registryCode");
		Page check = form.submit("#continue").followed();
		assertThat(check.has(".govuk-error-summary")).as("answers accepted").isFalse();
		assertShownAsText("check answers page", check.body());
		String reference = check.form().submitAndFollow().byId("application-reference").text();

		Inbox.Mail receipt = Inbox.nth(email, 1);
		assertShownAsText("receipt e-mail, HTML part", receipt.html());

		String link = receipt.path("/applications/" + reference + "/[A-Za-z0-9_-]{43}");
		assertShownAsText("applicant's own page", visitor().open(link).body());
		Visitor reviewer = visitor();
		reviewer.signIn(StaffSignInSupport.create(context, Role.REVIEWER));
		assertShownAsText("staff detail page", reviewer.open("/staff/applications/" + reference).body());

		// The exports are files, not pages: fetched as the signed-in viewer's browser
		// downloads them.
		String csv = new String(
				mvc.perform(get("/staff/applications/export").param("format", "csv")
					.param("q", registryCode)
					.with(user("v@ministry.test").roles("VIEWER"))).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).as("CSV export")
			.contains(reference)
			.contains("'" + ORGANISATION)
			.doesNotContain("," + ORGANISATION)
			.doesNotContain(",\"" + ORGANISATION);
		byte[] xlsx = mvc
			.perform(get("/staff/applications/export").param("format", "xlsx")
				.param("q", registryCode)
				.with(user("v@ministry.test").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(3).getStringCellValue()).as("XLSX export").isEqualTo("'" + ORGANISATION);
		}
	}

	@Test
	void lineBreaksInNamesOrTheAddressCannotAddEmailHeaders() throws Exception {
		String victim = "victim-" + UUID.randomUUID() + "@example.com";
		String email = Forms.randomEmail();
		Forms.submit(Forms.fillValid(Forms.applicationForm(visitor()), email)
			.fill("organisationName", "UAB Evil\r\nBcc: " + victim)
			.fill("contactName", "Ona\r\nBcc: " + victim + "\r\nX-Injected: yes"), email);
		MimeMessage receipt = TestMail.awaitMessagesTo(email, 1).get(0);
		assertThat(receipt.getHeader("Bcc")).isNull();
		assertThat(receipt.getHeader("X-Injected")).isNull();
		// A blind copy would have been delivered in the same SMTP transaction as the
		// receipt, so it would be here by now.
		assertThat(TestMail.messagesTo(victim)).isEmpty();

		// An address with a line break is not an address: the form refuses it, so nothing
		// is ever sent to it.
		Page refused = Forms.fillValid(Forms.applicationForm(visitor()), email + "\r\nBcc: " + victim)
			.submit("#continue");
		assertThat(refused.errorFor("contactEmail"))
			.isEqualTo("Enter an e-mail address in the right format, like name@example.lt");

		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE position(? IN recipient) > 0")
			.param(victim)
			.query(Long.class)
			.single()).as("e-mails queued to an address naming the victim").isZero();
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/receipt");
	}

	private static void assertShownAsText(String where, String html) {
		String apostrophes = html.replace("&#39;", "'");
		ESCAPED.forEach(escaped -> assertThat(apostrophes).as(where).contains(escaped));
		RAW.forEach(raw -> assertThat(html).as(where).doesNotContain(raw));
	}

}
