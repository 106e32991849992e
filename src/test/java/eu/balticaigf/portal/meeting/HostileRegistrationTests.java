package eu.balticaigf.portal.meeting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile text typed into the real meeting registration form (issue 8): markup and script come back as text on the
 * registrant's page, the staff pages and the confirmation e-mail, and the exports never start a cell with a formula.
 */
@PortalTest
class HostileRegistrationTests {

	private static final String NAME = "Ona <script>alert(1)</script>";

	// Starts with "=" so that the exports must neutralise it as well.
	private static final String ORGANISATION = "=1+2\"><img src=x onerror=alert(1)>";

	private static final List<String> RAW = List.of("<script>alert", "<img src=x", "\"><img");

	private static final String NAME_ESCAPED = "Ona &lt;script&gt;alert(1)&lt;/script&gt;";

	private static final String ORGANISATION_ESCAPED = "=1+2&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Test
	void markupInNameAndOrganisationIsShownAsTextInPagesTheEmailAndTheExports() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 5);
		String email = TestMeetings.email("hostile");
		String privateLink = mvc.perform(post("/meetings/" + meeting.slug() + "/register").with(csrf())
			.param("fullName", NAME)
			.param("email", email)
			.param("organisationName", ORGANISATION)
			.param("attendance", "IN_PERSON")
			.param("consentPrivacy", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(privateLink).startsWith("/meetings/" + meeting.slug() + "/registrations/");

		assertShownAsText("registrant's private page", page(get(privateLink)), NAME_ESCAPED);

		String staffPage = "/staff/meetings/" + meeting.slug();
		assertShownAsText("staff meeting page with its registration list", staff(get(staffPage)), NAME_ESCAPED,
				ORGANISATION_ESCAPED);
		assertShownAsText("staff check-in search", staff(get(staffPage + "/check-in").param("q", "Ona")), NAME_ESCAPED,
				ORGANISATION_ESCAPED);

		MeetingMailTests.Mail mail = MeetingMailTests.Mail.of(TestMail.awaitMessagesTo(email, 1).get(0));
		assertShownAsText("confirmation e-mail, HTML part", mail.html(), NAME_ESCAPED);
		String checkInPath = URI.create(MeetingMailTests.decodeQr(mail.attachments().get("check-in.png"))).getPath();
		assertShownAsText("staff page behind the check-in QR code", staff(get(checkInPath)), NAME_ESCAPED,
				ORGANISATION_ESCAPED);

		byte[] csv = staffDownload(get(staffPage + "/registrations.csv"));
		CSVRecord record = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords().get(0);
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

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String staff(MockHttpServletRequestBuilder request)
			throws Exception {
		return page(request.param("lang", "en").with(user("meeting-admin@ministry.test").roles("ADMIN")));
	}

	private byte[] staffDownload(MockHttpServletRequestBuilder request)
			throws Exception {
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
