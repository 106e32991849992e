package eu.balticaigf.portal.meeting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile text typed into the real meeting registration form (issue 8): markup and script
 * come back as text on the registrant's pages, the staff pages and the confirmation
 * e-mail, and the exports never start a cell with a formula. The pages are read as
 * served, with every check of {@code PageChecks}: the hostile text has no internal code
 * in it.
 */
@PortalTest
class HostileRegistrationTests extends PortalIntegrationTest {

	private static final String NAME = "Ona <script>alert(1)</script>";

	// Starts with "=" so that the exports must neutralise it as well.
	private static final String ORGANISATION = "=1+2\"><img src=x onerror=alert(1)>";

	private static final List<String> RAW = List.of("<script>alert", "<img src=x", "\"><img");

	private static final String NAME_ESCAPED = "Ona &lt;script&gt;alert(1)&lt;/script&gt;";

	// As jte escapes text between tags: a quote cannot end anything there, so it stays a
	// quote; RAW below makes sure no tag comes out of it.
	private static final String ORGANISATION_ESCAPED = "=1+2\"&gt;&lt;img src=x onerror=alert(1)&gt;";

	@Autowired
	MeetingRepository meetings;

	@Test
	void markupInNameAndOrganisationIsShownAsTextInPagesTheEmailAndTheExports() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 5);
		String email = TestMeetings.email("hostile");
		Page registration = Visitor.at(port)
			.open("/meetings/" + meeting.slug() + "/register")
			.form("form[method=post]")
			.fill("fullName", NAME)
			.fill("email", email)
			.fill("organisationName", ORGANISATION)
			.choose("attendance", "IN_PERSON")
			.check("consentPrivacy")
			.submitAndFollow();
		assertThat(registration.path()).startsWith("/meetings/" + meeting.slug() + "/registrations/");
		assertShownAsText("registrant's private page", registration, NAME_ESCAPED);
		assertShownAsText("cancel question", registration.click("cancel-registration"), NAME_ESCAPED);

		Visitor staff = Visitor.at(port).speaking("en");
		staff.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		String staffPage = "/staff/meetings/" + meeting.slug();
		assertShownAsText("staff meeting page with its registration list", staff.open(staffPage), NAME_ESCAPED,
				ORGANISATION_ESCAPED);
		assertShownAsText("staff check-in search",
				staff.open(staffPage + "/check-in").form("form[method=get]").fill("q", "Ona").submit(), NAME_ESCAPED,
				ORGANISATION_ESCAPED);

		Inbox.Mail mail = Inbox.nth(email, 1);
		assertShownAsText("confirmation e-mail, HTML part", mail.html(), NAME_ESCAPED);
		String checkInPath = URI.create(mail.qr("check-in.png")).getPath();
		assertShownAsText("staff page behind the check-in QR code", staff.open(checkInPath), NAME_ESCAPED,
				ORGANISATION_ESCAPED);

		byte[] csv = staffDownload(get(staffPage + "/registrations.csv"));
		CSVRecord record = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
			.getRecords()
			.get(0);
		assertThat(record.get("fullName")).as("CSV export").isEqualTo(NAME);
		assertThat(record.get("organisationName")).as("CSV export").isEqualTo("'" + ORGANISATION);

		byte[] xlsx = staffDownload(get(staffPage + "/registrations.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).as("XLSX export").isEqualTo(NAME);
			assertThat(row.getCell(3).getCellType()).as("XLSX export").isEqualTo(CellType.STRING);
			assertThat(row.getCell(3).getStringCellValue()).as("XLSX export").isEqualTo("'" + ORGANISATION);
		}
	}

	private static void assertShownAsText(String where, Page page, String... escaped) {
		assertThat(page.status()).as(where).isEqualTo(200);
		assertShownAsText(where, page.body(), escaped);
	}

	private byte[] staffDownload(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("meeting-admin@ministry.test").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static void assertShownAsText(String where, String html, String... escaped) {
		for (String text : escaped) {
			assertThat(html).as(where).contains(text);
		}
		RAW.forEach(raw -> assertThat(html).as(where).doesNotContain(raw));
	}

}
