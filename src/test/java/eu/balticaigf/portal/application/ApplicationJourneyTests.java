package eu.balticaigf.portal.application;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole journey on the real PostgreSQL: form, check answers, submit, confirmation, receipt e-mail. */
@PortalTest
class ApplicationJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	record Submitted(String draftId, String reference) {
	}

	Submitted apply(MultiValueMap<String, String> fields) throws Exception {
		MultiValueMap<String, String> hidden = Forms.served(mvc, "demo");
		fields.addAll(hidden);
		mvc.perform(Forms.postForm("/calls/demo/apply", fields))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Check your answers before applying"),
					containsString("UAB „Ąžuolynas“"), containsString("+37061234567"), containsString("EUR 2,500,000"),
					containsString("LT100001919017"), containsString("href=\"/calls/demo/apply?draft=" + hidden.getFirst("draftId") + "#section-contact\""))));
		String draftId = hidden.getFirst("draftId");
		mvc.perform(Forms.postForm("/calls/demo/apply/submit", MultiValueMap.fromSingleValue(java.util.Map.of("draftId", draftId))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/calls/demo/apply/confirmation?draft=" + draftId));
		String html = mvc.perform(get("/calls/demo/apply/confirmation").param("draft", draftId).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Application submitted"), containsString("What happens next"),
					containsString("(Vilnius)"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = Pattern.compile("id=\"application-reference\">(BAI-[A-Z0-9]{4}-[A-Z0-9]{4})<").matcher(html);
		assertThat(matcher.find()).as(html).isTrue();
		return new Submitted(draftId, matcher.group(1));
	}

	@Test
	void validApplicationGoesThroughCheckAnswersToConfirmationAndReceipt() throws Exception {
		String email = Forms.randomEmail();
		MultiValueMap<String, String> fields = Forms.valid(email);
		Submitted submitted = apply(fields);

		assertThat(jdbc.sql("""
				SELECT status || '|' || organisation_name || '|' || contact_phone || '|' || investment_intent_eur || '|'
				    || compute_demand_gpu_hours || '|' || array_to_string(contribution_areas, ',') || '|'
				    || consent_privacy_version || '|' || language || '|' || pic
				FROM application WHERE reference = ?""").param(submitted.reference()).query(String.class).single())
			.isEqualTo("SUBMITTED|UAB „Ąžuolynas“|+37061234567|2500000|100000|DATA,RESEARCH|2025-07-28|en|999999999");
		assertThat(jdbc.sql("SELECT count(*) FROM application_draft WHERE id = ?::uuid").param(submitted.draftId())
			.query(Long.class).single()).isZero();

		List<MimeMessage> mails = TestMail.awaitMessagesTo(email, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Application received: " + submitted.reference());
		String body = mails.get(0).getContent().toString();
		String text = TestMailText.of(mails.get(0));
		Matcher link = Pattern.compile("/applications/" + submitted.reference() + "/([A-Za-z0-9_-]{43})").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String token = link.group(1);
		// Only the token's hash is stored.
		assertThat(jdbc.sql("SELECT access_token_hash FROM application WHERE reference = ?").param(submitted.reference())
			.query(String.class).single()).isEqualTo(eu.balticaigf.portal.shared.SecureTokens.hash(token)).isNotEqualTo(token);
		assertThat(body).isNotNull();

		mvc.perform(get("/applications/" + submitted.reference() + "/" + token).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("UAB „Ąžuolynas“"), containsString("Submitted"))));
	}

	@Test
	void submittingTheSameDraftTwiceGivesTheSameApplication() throws Exception {
		String email = Forms.randomEmail();
		Submitted submitted = apply(Forms.valid(email));
		mvc.perform(Forms.postForm("/calls/demo/apply/submit",
				MultiValueMap.fromSingleValue(java.util.Map.of("draftId", submitted.draftId()))))
			.andExpect(redirectedUrl("/calls/demo/apply/confirmation?draft=" + submitted.draftId()));
		mvc.perform(get("/calls/demo/apply/confirmation").param("draft", submitted.draftId()))
			.andExpect(content().string(containsString(submitted.reference())));
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?").param(email).query(Long.class).single())
			.isOne();
		Thread.sleep(600);
		assertThat(TestMail.messagesTo(email)).hasSize(1);
	}

}
