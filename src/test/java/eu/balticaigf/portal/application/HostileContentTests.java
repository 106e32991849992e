package eu.balticaigf.portal.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.PortalTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile text typed into the real application form (issue 8): markup and script come back as text on every page,
 * in the e-mail and in the exports, and line breaks never become e-mail headers.
 */
@PortalTest
class HostileContentTests {

	// No parentheses here: IntakeTests recognises the demo's sample applications by a "(" in the name.
	private static final String ORGANISATION = "=1+2<script>document.title='organisation'</script>";

	private static final String CONTACT = "<img src=x onerror=alert('contact')>";

	private static final String DESCRIPTION = "<b onmouseover=alert('description')>Mes</b><script>alert('description')</script>"
			+ " kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais.";

	private static final List<String> RAW = List.of("<script>document.title", "<img src=x",
			"<b onmouseover", "<script>alert('description')");

	private static final List<String> ESCAPED = List.of("&lt;script&gt;document.title=&#39;organisation&#39;&lt;/script&gt;",
			"&lt;img src=x onerror=alert(&#39;contact&#39;)&gt;", "&lt;b onmouseover=alert(&#39;description&#39;)&gt;");

	@Autowired
	MockMvc mvc;

	@Test
	void markupInEveryTextFieldIsShownAsTextInPagesTheEmailAndTheExports() throws Exception {
		String email = Forms.randomEmail();
		MultiValueMap<String, String> fields = Forms.valid(email);
		fields.set("organisationName", ORGANISATION);
		fields.set("contactName", CONTACT);
		fields.set("description", DESCRIPTION);
		String registryCode = fields.getFirst("registryCode");

		String reference = submit(fields, checkPage -> assertShownAsText("check answers page", checkPage));

		MimeMessage receipt = TestMail.awaitMessagesTo(email, 1).get(0);
		String html = htmlPart(receipt);
		assertThat(html).as("receipt e-mail, HTML part").contains("&lt;script&gt;document.title=&#39;organisation&#39;&lt;/script&gt;");
		RAW.forEach(raw -> assertThat(html).as("receipt e-mail, HTML part").doesNotContain(raw));

		Matcher link = Pattern.compile("/applications/" + reference + "/[A-Za-z0-9_-]{43}").matcher(TestMailText.of(receipt));
		assertThat(link.find()).isTrue();
		assertShownAsText("applicant's own page", page(get(link.group()).param("lang", "en")));
		assertShownAsText("staff detail page",
				page(get("/staff/applications/" + reference).with(user("r@ministry.test").roles("REVIEWER"))));

		String csv = new String(mvc.perform(get("/staff/applications/export").param("format", "csv")
			.param("q", registryCode)
			.with(user("v@ministry.test").roles("VIEWER"))).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).as("CSV export")
			.contains(reference)
			.contains("'" + ORGANISATION)
			.doesNotContain("," + ORGANISATION)
			.doesNotContain(",\"" + ORGANISATION);
		byte[] xlsx = mvc.perform(get("/staff/applications/export").param("format", "xlsx")
			.param("q", registryCode)
			.with(user("v@ministry.test").roles("VIEWER"))).andReturn().getResponse().getContentAsByteArray();
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
		MultiValueMap<String, String> fields = Forms.valid(email);
		fields.set("organisationName", "UAB Evil\r\nBcc: " + victim);
		fields.set("contactName", "Ona\r\nBcc: " + victim + "\r\nX-Injected: yes");
		submit(fields, checkPage -> {
		});
		MimeMessage receipt = TestMail.awaitMessagesTo(email, 1).get(0);
		assertThat(receipt.getHeader("Bcc")).isNull();
		assertThat(receipt.getHeader("X-Injected")).isNull();

		// An address with a line break is not an address: the form refuses it, so nothing is ever sent to it.
		MultiValueMap<String, String> injected = Forms.valid(email + "\r\nBcc: " + victim);
		injected.addAll(Forms.served(mvc, "demo"));
		String refused = mvc.perform(Forms.postForm("/calls/demo/apply", injected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("govuk-error-summary").contains("href=\"#contactEmail\"");

		Thread.sleep(1000);
		assertThat(TestMail.messagesTo(victim)).isEmpty();
		assertThat(TestMail.messagesTo(email)).hasSize(1);
	}

	interface PageCheck {

		void check(String html);

	}

	/** The real journey: served form, answers, check page, submit; returns the reference on the confirmation. */
	private String submit(MultiValueMap<String, String> fields, PageCheck onCheckPage) throws Exception {
		MultiValueMap<String, String> hidden = Forms.served(mvc, "demo");
		fields.addAll(hidden);
		String check = mvc.perform(Forms.postForm("/calls/demo/apply", fields))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).as("answers accepted").doesNotContain("govuk-error-summary");
		onCheckPage.check(check);
		String draftId = hidden.getFirst("draftId");
		mvc.perform(Forms.postForm("/calls/demo/apply/submit", MultiValueMap.fromSingleValue(Map.of("draftId", draftId))))
			.andExpect(status().is3xxRedirection());
		String confirmation = page(get("/calls/demo/apply/confirmation").param("draft", draftId).param("lang", "en"));
		Matcher matcher = Pattern.compile("id=\"application-reference\">([^<]+)<").matcher(confirmation);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static void assertShownAsText(String where, String html) {
		ESCAPED.forEach(escaped -> assertThat(html).as(where).contains(escaped));
		RAW.forEach(raw -> assertThat(html).as(where).doesNotContain(raw));
	}

	private static String htmlPart(Part part) throws Exception {
		if (part.isMimeType("text/html")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String html = htmlPart(multipart.getBodyPart(i));
				if (html != null) {
					return html;
				}
			}
		}
		return null;
	}

}
