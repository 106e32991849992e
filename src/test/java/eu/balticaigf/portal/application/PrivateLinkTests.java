package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** View, amend and withdraw an application with the private link from the receipt e-mail. */
@PortalTest
class PrivateLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Applies in Lithuanian and returns the private link's path from the receipt. */
	String applyAndGetLink(String email) throws Exception {
		MultiValueMap<String, String> fields = Forms.valid(email);
		fields.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", fields, "lt")).andExpect(status().isOk());
		mvc.perform(Forms.postForm("/calls/demo/apply/submit",
				MultiValueMap.fromSingleValue(Map.of("draftId", fields.getFirst("draftId"))), "lt"))
			.andExpect(status().is3xxRedirection());
		var mails = TestMail.awaitMessagesTo(email, 1);
		assertThat(mails).hasSize(1);
		String text = TestMailText.of(mails.get(0));
		Matcher link = Pattern.compile("/applications/BAI-[A-Z0-9]{4}-[A-Z0-9]{4}/[A-Za-z0-9_-]{43}").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		return link.group();
	}

	@Test
	void receiptIsInTheApplicantsLanguageWithReferenceDeadlineAndLink() throws Exception {
		String email = Forms.randomEmail();
		String link = applyAndGetLink(email);
		var mail = TestMail.messagesTo(email).get(0);
		String reference = link.split("/")[2];
		assertThat(mail.getSubject()).isEqualTo("Paraiška gauta: " + reference);
		assertThat(TestMailText.of(mail)).contains("Gavome organizacijos UAB „Ąžuolynas“ paraišką", reference,
				"(Vilniaus laiku)", PortalTest.PUBLIC_ADDRESS + link);
	}

	@Test
	void amendKeepsAHistoryAndWithdrawIsFinal() throws Exception {
		String link = applyAndGetLink(Forms.randomEmail());
		mvc.perform(get(link + "/amend").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("UAB „Ąžuolynas“"), containsString("Save changes"))));

		String email = Forms.randomEmail();
		MultiValueMap<String, String> changed = Forms.valid(email);
		changed.put("registryCode", List.of(jdbc.sql("SELECT registry_code FROM application WHERE reference = ?")
			.param(link.split("/")[2]).query(String.class).single()));
		changed.put("description", List.of("A changed description that is certainly longer than fifty characters."));
		changed.put("organisationSize", List.of("MEDIUM"));
		mvc.perform(Forms.postForm(link + "/amend", changed)).andExpect(redirectedUrl(link + "?done=amended"));
		mvc.perform(get(link).param("done", "amended").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Your changes have been saved."),
					containsString("Changed by the applicant"), containsString("organisationSize: SMALL → MEDIUM"),
					containsString("A changed description"))));
		assertThat(jdbc.sql("SELECT version FROM application WHERE reference = ?").param(link.split("/")[2])
			.query(Integer.class).single()).isEqualTo(2);

		// Invalid amendments are refused field by field, like the form.
		changed.put("pic", List.of("12"));
		mvc.perform(Forms.postForm(link + "/amend", changed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a PIC of 9 digits")));

		mvc.perform(get(link + "/withdraw").param("lang", "en"))
			.andExpect(content().string(containsString("Withdrawing is final")));
		MultiValueMap<String, String> withdrawal = new org.springframework.util.LinkedMultiValueMap<>();
		withdrawal.add("reason", "x".repeat(2001));
		withdrawal.add("lang", "en");
		mvc.perform(Forms.postForm(link + "/withdraw", withdrawal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the reason to 2,000 characters or fewer.")));
		assertThat(jdbc.sql("SELECT status FROM application WHERE reference = ?").param(link.split("/")[2])
			.query(String.class).single()).isEqualTo("SUBMITTED");
		withdrawal.set("reason", "We joined another consortium.");
		mvc.perform(Forms.postForm(link + "/withdraw", withdrawal))
			.andExpect(redirectedUrl(link + "?done=withdrawn"));
		// The review team sees the withdrawal, and why, in the timeline.
		mvc.perform(get("/staff/applications/" + link.split("/")[2]).param("lang", "en")
			.with(SecurityMockMvcRequestPostProcessors.user("viewer@ministry.test").roles("VIEWER")))
			.andExpect(content().string(allOf(containsString("applicant: Submitted → Withdrawn"),
					containsString("We joined another consortium."))));
		mvc.perform(get(link).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Withdrawn"), containsString("Withdrawn by the applicant"),
					containsString("can no longer be changed"), not(containsString("id=\"amend\"")))));
		assertThat(jdbc.sql("SELECT status FROM application WHERE reference = ?").param(link.split("/")[2])
			.query(String.class).single()).isEqualTo("WITHDRAWN");

		mvc.perform(Forms.postForm(link + "/amend", changed)).andExpect(status().isConflict());
		mvc.perform(Forms.postForm(link + "/withdraw", new org.springframework.util.LinkedMultiValueMap<>()))
			.andExpect(status().isConflict());
	}

	@Test
	void wrongTokenOrReferenceIsNotFound() throws Exception {
		String link = applyAndGetLink(Forms.randomEmail());
		String[] parts = link.split("/");
		mvc.perform(get("/applications/" + parts[2] + "/" + "A".repeat(43))).andExpect(status().isNotFound());
		mvc.perform(get("/applications/BAI-2222-2222/" + parts[3])).andExpect(status().isNotFound());
		mvc.perform(get("/applications/not-a-reference/" + parts[3])).andExpect(status().isNotFound());
		mvc.perform(Forms.postForm("/applications/" + parts[2] + "/" + "A".repeat(43) + "/withdraw",
				new org.springframework.util.LinkedMultiValueMap<>())).andExpect(status().isNotFound());

		// One applicant's token with another's (real) reference opens nothing of either.
		String[] other = applyAndGetLink(Forms.randomEmail()).split("/");
		String crossed = "/applications/" + other[2] + "/" + parts[3];
		mvc.perform(get(crossed)).andExpect(status().isNotFound());
		mvc.perform(get(crossed + "/amend")).andExpect(status().isNotFound());
		mvc.perform(get(crossed + "/withdraw")).andExpect(status().isNotFound());
		mvc.perform(Forms.postForm(crossed + "/amend", Forms.valid(Forms.randomEmail())))
			.andExpect(status().isNotFound());
		mvc.perform(Forms.postForm(crossed + "/withdraw", new org.springframework.util.LinkedMultiValueMap<>()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE reference IN (?, ?) AND status = 'SUBMITTED'")
			.params(parts[2], other[2]).query(Long.class).single()).isEqualTo(2);
	}

}
