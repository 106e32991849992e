package eu.balticaigf.portal.privacy;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eMailAddressesAreMaskedInTheLog(CapturedOutput output) {
		LoggerFactory.getLogger(LogMaskingTests.class).warn("Could not deliver to ona.petraite@example.lt, retrying");
		assertThat(output.getOut()).contains("Could not deliver to o***@example.lt, retrying")
			.doesNotContain("ona.petraite@example.lt");
	}

	/**
	 * A whole journey: apply (form, check answers, submit, confirmation, receipt sent), register for a meeting, then an
	 * admin exports and erases the person. Nothing logged on the way contains the address.
	 */
	@Test
	void noRawAddressIsLoggedDuringAWholeJourney(CapturedOutput output) throws Exception {
		String email = "journey-" + UUID.randomUUID().toString().substring(0, 12) + "@example.lt";
		String form = mvc.perform(get("/calls/demo/apply").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		MultiValueMap<String, String> fields = application(email);
		for (String hidden : new String[] { "draftId", "servedAt", "formSignature" }) {
			fields.add(hidden, hidden(form, hidden));
		}
		mvc.perform(post("/calls/demo/apply").params(fields).param("lang", "en").with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/calls/demo/apply/submit").param("draftId", fields.getFirst("draftId")).param("lang", "en")
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/calls/demo/apply/confirmation").param("draft", fields.getFirst("draftId")).param("lang", "en"))
			.andExpect(status().isOk());
		mvc.perform(post("/meetings/demo-info/register").with(csrf())
			.param("fullName", "Jūratė Kazlauskienė")
			.param("email", email)
			.param("attendance", "ONLINE")
			.param("consentPrivacy", "true")).andExpect(status().is3xxRedirection());
		assertThat(TestMail.awaitMessagesTo(email, 2)).hasSize(2);

		// The consents of both forms were recorded with the notice version, under the address's hash only.
		assertThat(jdbc.sql("""
				SELECT string_agg(purpose || '@' || notice_version, ',' ORDER BY purpose) FROM consent_record
				WHERE subject_hash = ?""").param(DataSubjects.hash(email)).query(String.class).single())
			.isEqualTo("APPLICATION_PROCESSING@2025-07-28,MEETING_REGISTRATION@2025-07-28,PARTNER_DIRECTORY@2025-07-28");

		mvc.perform(post("/staff/privacy/export").with(csrf()).with(user("admin@example.lt").roles("ADMIN"))
			.param("email", email)).andExpect(status().isOk());
		mvc.perform(post("/staff/privacy/erase").with(csrf()).with(user("admin@example.lt").roles("ADMIN"))
			.param("email", email)
			.param("reason", "Asked by " + email)
			.param("confirm", "true")).andExpect(status().isOk());

		assertThat(output.getAll()).doesNotContainIgnoringCase(email);
	}

	static MultiValueMap<String, String> application(String email) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("organisationName", "UAB „Žurnalas“");
		form.add("country", "LT");
		form.add("registryCode", String.valueOf(100_000_000 + (long) (Math.random() * 899_999_999)));
		form.add("category", "STARTUP");
		form.add("organisationSize", "SMALL");
		form.add("contactName", "Jūratė Kazlauskienė");
		form.add("contactEmail", email);
		form.add("contactPhone", "8 612 34567");
		form.add("contributionAreas", "DATA");
		form.add("description", "Mes kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais.");
		form.add("consentPrivacy", "true");
		form.add("consentDirectory", "true");
		return form;
	}

	static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

}
