package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.shared.web.PostRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every error of the form, the window, duplicates, save and return, bots and the rate limit, over MockMvc. */
@PortalTest
class ApplicationFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PostRateLimiter limiter;

	MultiValueMap<String, String> served(MultiValueMap<String, String> fields) throws Exception {
		fields.addAll(Forms.served(mvc, "demo"));
		return fields;
	}

	@Test
	void formHasTheContractFieldsSectionsAndHints() throws Exception {
		mvc.perform(get("/calls/demo/apply").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"organisationName\""),
					containsString("name=\"country\""), containsString("name=\"registryCode\""),
					containsString("name=\"vatNumber\""), containsString("name=\"pic\""), containsString("name=\"website\""),
					containsString("name=\"category\""), containsString("value=\"PUBLIC_SECTOR\""),
					containsString("name=\"organisationSize\""), containsString("name=\"contactName\""),
					containsString("name=\"contactEmail\""), containsString("name=\"contactPhone\""),
					containsString("name=\"contributionAreas\""), containsString("value=\"USE_CASES\""),
					containsString("name=\"investmentIntentEur\""), containsString("name=\"computeDemandGpuHours\""),
					containsString("name=\"description\""), containsString("name=\"consentPrivacy\" value=\"true\""),
					containsString("name=\"consentDirectory\" value=\"true\""), containsString("id=\"section-contact\""),
					containsString("The full legal name, as in the business register."),
					containsString("(Vilnius)"))));
	}

	@Test
	void callPageHasAnApplyButtonWhileOpen() throws Exception {
		mvc.perform(get("/calls/demo").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("href=\"/calls/demo/apply\""), containsString("Apply now"))));
		mvc.perform(get("/calls/baltic-aigf-2025").param("lang", "en"))
			.andExpect(content().string(not(containsString("/calls/baltic-aigf-2025/apply"))));
	}

	@Test
	void emptyFormListsEveryRequiredFieldInTheSummary() throws Exception {
		mvc.perform(Forms.postForm("/calls/demo/apply", served(new LinkedMultiValueMap<>())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("govuk-error-summary"),
					containsString("<title>Error: Apply to join the consortium"),
					containsString("href=\"#organisationName\""), containsString("Enter the organisation’s name"),
					containsString("href=\"#country\""), containsString("href=\"#registryCode\""),
					containsString("href=\"#category\""), containsString("href=\"#organisationSize\""),
					containsString("href=\"#contactName\""), containsString("href=\"#contactEmail\""),
					containsString("href=\"#contributionAreas\""), containsString("href=\"#description\""),
					containsString("href=\"#consentPrivacy\""), containsString("govuk-form-group--error"),
					containsString("aria-describedby=\"organisationName-hint organisationName-error\""))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "organisationName|x|The organisation’s name must be 2 to 200 characters",
			"registryCode|12345|Enter a Lithuanian legal entity code of 9 digits",
			"vatNumber|LT119511516|Enter a VAT number in the format of the country chosen",
			"pic|12|Enter a PIC of 9 digits", "website|ftp://x.lt|Enter a web address starting with http://",
			"category|HACKER|Choose “What kind of organisation is it?” from the options shown",
			"organisationSize|HUGE|Choose “Size of the organisation” from the options shown",
			"country|XX|Choose “Country of registration” from the options shown",
			"contactEmail|nope|Enter an e-mail address in the right format",
			"contactPhone|123|Enter a phone number that exists",
			"contributionAreas|EVERYTHING|from the options shown",
			"investmentIntentEur|12.5|Enter the investment as a whole number of euros",
			"investmentIntentEur|200 000 000 000|between 0 and 100 billion euros",
			"computeDemandGpuHours|lots|Enter the computing power as a whole number",
			"description|Short.|The description must be 50 to 4,000 characters",
			"consentDirectory|perhaps|Choose “List my organisation" })
	void eachRuleShowsItsMessageNextToTheFieldAndInTheSummary(String field, String value, String message)
			throws Exception {
		MultiValueMap<String, String> fields = Forms.valid(Forms.randomEmail());
		fields.put(field, List.of(value));
		mvc.perform(Forms.postForm("/calls/demo/apply", served(fields)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#" + field + "\""), containsString(message),
					containsString("id=\"" + field + "-error\""))));
	}

	@Test
	void aFormShownAgainKeepsEveryAnswerIncludingTheChosenCountry() throws Exception {
		MultiValueMap<String, String> fields = Forms.valid(Forms.randomEmail());
		fields.set("country", "NO");
		fields.set("description", "Too short.");
		mvc.perform(Forms.postForm("/calls/demo/apply", served(fields)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"NO\" selected=\"selected\">"),
					not(containsString("<option value=\"LT\" selected")), containsString("Too short."))));
	}

	@Test
	void repeatedSingleValueIsAFieldErrorNotAServerError() throws Exception {
		MultiValueMap<String, String> fields = Forms.valid(Forms.randomEmail());
		fields.add("country", "PL");
		fields.add("organisationName", "Second");
		mvc.perform(Forms.postForm("/calls/demo/apply", served(fields)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give only one answer for “Country of registration”"),
					containsString("Give only one answer for “Organisation name”"))));
	}

	@Test
	void errorsAreInTheApplicantsLanguage() throws Exception {
		MultiValueMap<String, String> fields = served(new LinkedMultiValueMap<>());
		fields.add("registryCode", "123");
		fields.add("country", "LT");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/calls/demo/apply")
			.params(fields)
			.param("lang", "lt")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Įrašykite 9 skaitmenų Lietuvos juridinio asmens kodą"),
					containsString("Įrašykite organizacijos pavadinimą"), containsString("Klaida:"))));
	}

	@Test
	void closedCallDoesNotServeTheFormAndSaysWhenItClosed() throws Exception {
		mvc.perform(get("/calls/baltic-aigf-2025/apply").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The call closed on 10 August 2025, 23:59 EEST (Vilnius)"),
					not(containsString("name=\"organisationName\"")))));
	}

	@Test
	void postArrivingAfterTheCloseIsRefusedClearly() throws Exception {
		MultiValueMap<String, String> fields = Forms.valid(Forms.randomEmail());
		fields.add("draftId", UUID.randomUUID().toString());
		mvc.perform(Forms.postForm("/calls/baltic-aigf-2025/apply", fields))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Your application arrived too late")));
		mvc.perform(Forms.postForm("/calls/baltic-aigf-2025/apply/submit",
				MultiValueMap.fromSingleValue(Map.of("draftId", UUID.randomUUID().toString()))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("before your application reached the portal")));
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?")
			.param(fields.getFirst("contactEmail")).query(Long.class).single()).isZero();
	}

	/** Marked demo so that the landing page keeps featuring the real call (the suite shares one database). */
	@Test
	void upcomingCallSaysWhenItOpens() throws Exception {
		jdbc.sql("""
				INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
				                  budget_eur, private_share_pct, planned_gpus, demo)
				VALUES ('upcoming-intake-test', 'Būsimas', 'Upcoming', 'Przyszły', 'Nākamais', 'Tulevane',
				        '2099-01-10 09:00:00+02', '2099-02-10 23:59:59+02', 'Europe/Vilnius', 1, 50, 1, true)
				ON CONFLICT (slug) DO NOTHING""").update();
		mvc.perform(get("/calls/upcoming-intake-test/apply").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Applications open on 10 January 2099, 09:00 EET (Vilnius)")));
	}

	@Test
	void unknownCallIsNotFound() throws Exception {
		mvc.perform(get("/calls/no-such-call/apply")).andExpect(status().isNotFound());
	}

	@Test
	void secondApplicationForTheSameOrganisationIsRefusedAndTheFirstContactIsTold() throws Exception {
		String firstEmail = Forms.randomEmail();
		MultiValueMap<String, String> first = Forms.valid(firstEmail);
		String code = first.getFirst("registryCode");
		String firstDraft = submit(first);
		assertThat(firstDraft).isNotNull();
		TestMail.awaitMessagesTo(firstEmail, 1);

		String secondEmail = Forms.randomEmail();
		MultiValueMap<String, String> second = Forms.valid(secondEmail);
		// The same code as typed differently: spaces do not make another organisation.
		second.put("registryCode", List.of(code.substring(0, 3) + " " + code.substring(3)));
		second.put("organisationName", List.of("Kita UAB"));
		second.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", second)).andExpect(status().isOk());
		String html = mvc
			.perform(Forms.postForm("/calls/demo/apply/submit",
					MultiValueMap.fromSingleValue(Map.of("draftId", second.getFirst("draftId")))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("An application for this organisation has already been made to this call")
			.doesNotContain("BAI-")
			.doesNotContain(firstEmail);
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?").param(secondEmail)
			.query(Long.class).single()).isZero();

		var notices = TestMail.awaitMessagesTo(firstEmail, 2);
		assertThat(notices).hasSize(2);
		String notice = TestMailText.of(notices.get(1));
		assertThat(notices.get(1).getSubject()).startsWith("Someone tried to apply again for your organisation");
		Matcher link = Pattern.compile("/applications/(BAI-[A-Z0-9-]{9})/([A-Za-z0-9_-]{43})").matcher(notice);
		assertThat(link.find()).as(notice).isTrue();
		mvc.perform(get("/applications/" + link.group(1) + "/" + link.group(2)).param("lang", "en"))
			.andExpect(status().isOk());
		Thread.sleep(500);
		assertThat(TestMail.messagesTo(secondEmail)).isEmpty();
	}

	/** Submits a whole application; returns the draft id. */
	String submit(MultiValueMap<String, String> fields) throws Exception {
		fields.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", fields)).andExpect(status().isOk());
		mvc.perform(Forms.postForm("/calls/demo/apply/submit",
				MultiValueMap.fromSingleValue(Map.of("draftId", fields.getFirst("draftId")))))
			.andExpect(status().is3xxRedirection());
		return fields.getFirst("draftId");
	}

	@Test
	void saveAndComeBackLaterMailsAResumeLink() throws Exception {
		String email = Forms.randomEmail();
		MultiValueMap<String, String> fields = served(new LinkedMultiValueMap<>());
		fields.add("organisationName", "UAB Pusiau užpildyta");
		fields.add("contactEmail", email);
		fields.add("action", "save");
		mvc.perform(Forms.postForm("/calls/demo/apply", fields))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Your application has been saved"), containsString(email))));
		var mails = TestMail.awaitMessagesTo(email, 1);
		assertThat(mails).hasSize(1);
		String text = TestMailText.of(mails.get(0));
		Matcher link = Pattern.compile("/calls/demo/apply/resume/([A-Za-z0-9_-]{43})").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(jdbc.sql("SELECT resume_token_hash FROM application_draft WHERE id = ?::uuid")
			.param(fields.getFirst("draftId")).query(String.class).single())
			.isEqualTo(eu.balticaigf.portal.shared.SecureTokens.hash(link.group(1)));
		mvc.perform(get("/calls/demo/apply/resume/" + link.group(1)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Welcome back"), containsString("UAB Pusiau užpildyta"),
					containsString("value=\"" + fields.getFirst("draftId") + "\""))));
		mvc.perform(get("/calls/demo/apply/resume/wrong-token")).andExpect(status().isNotFound());
	}

	@Test
	void saveWithoutAnEmailAsksForOne() throws Exception {
		MultiValueMap<String, String> fields = served(new LinkedMultiValueMap<>());
		fields.add("action", "save");
		mvc.perform(Forms.postForm("/calls/demo/apply", fields))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("so that we can send you a link")));
	}

	@Test
	void honeypotLooksLikeSuccessButStoresNothing() throws Exception {
		double before = botCount("honeypot");
		String email = Forms.randomEmail();
		MultiValueMap<String, String> fields = served(Forms.valid(email));
		fields.add(BotGuard.HONEYPOT, "+37052000000");
		mvc.perform(Forms.postForm("/calls/demo/apply", fields))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Application submitted"),
					containsString("id=\"application-reference\""))));
		assertThat(jdbc.sql("SELECT count(*) FROM application_draft WHERE id = ?::uuid").param(fields.getFirst("draftId"))
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?").param(email).query(Long.class)
			.single()).isZero();
		assertThat(botCount("honeypot")).isEqualTo(before + 1);
	}

	/** A person can post a stale or too-quick form too (autofill, an old tab): they get their answers back, kept. */
	@Test
	void aFormWithoutAValidStampComesBackWithTheAnswersAndStoresNothing() throws Exception {
		double before = botCount("forged");
		MultiValueMap<String, String> fields = Forms.valid(Forms.randomEmail());
		fields.add("draftId", UUID.randomUUID().toString());
		fields.add("servedAt", "0");
		fields.add("formSignature", "forged");
		fields.add("lang", "lt");
		mvc.perform(Forms.postForm("/calls/demo/apply", fields))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stamp-refused\"")))
			.andExpect(content().string(containsString("dar kartą paspauskite „Tęsti“")))
			.andExpect(content().string(containsString("value=\"" + fields.getFirst("organisationName") + "\"")))
			.andExpect(content().string(not(containsString("BAI-"))));
		assertThat(jdbc.sql("SELECT count(*) FROM application_draft WHERE id = ?::uuid").param(fields.getFirst("draftId"))
			.query(Long.class).single()).isZero();
		assertThat(botCount("forged")).isEqualTo(before + 1);
	}

	double botCount(String reason) {
		var counter = meters.find("portal.application.bot.rejected").tag("reason", reason).counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void tooManyPostsFromOneAddressAreAnsweredWith429AndWhenToTryAgain() throws Exception {
		String address = "10.77." + Forms.randomDigits(2) + "." + Forms.randomDigits(2);
		while (limiter.tryAcquire(address).allowed()) {
			// drain this address's bucket
		}
		mvc.perform(Forms.from(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/calls/demo/apply")
			.param("lang", "lt")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()), address))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(allOf(containsString("Per daug bandymų"), containsString("Palaukite"))));
		// Another address is not affected.
		mvc.perform(Forms.from(Forms.postForm("/calls/demo/apply", served(new LinkedMultiValueMap<>())), "10.78.0.1"))
			.andExpect(status().isOk());
	}

}
