package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.privacy.DataSubjects;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Consents are recorded with the notice version when applying, and again when amending under a newer notice. */
@PortalTest
class ConsentRecordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void submitRecordsConsentsAndAmendUnderANewNoticeRecordsThemAgain() throws Exception {
		String email = Forms.randomEmail();
		MultiValueMap<String, String> fields = Forms.valid(email);
		fields.add("consentDirectory", "true");
		fields.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", fields)).andExpect(status().isOk());
		mvc.perform(Forms.postForm("/calls/demo/apply/submit",
				MultiValueMap.fromSingleValue(Map.of("draftId", fields.getFirst("draftId")))))
			.andExpect(status().is3xxRedirection());
		String text = TestMailText.of(TestMail.awaitMessagesTo(email, 1).get(0));
		Matcher found = Pattern.compile("/applications/(BAI-[A-Z0-9]{4}-[A-Z0-9]{4})/[A-Za-z0-9_-]{43}").matcher(text);
		assertThat(found.find()).as(text).isTrue();
		String link = found.group();
		String reference = found.group(1);
		assertThat(consents(email)).isEqualTo("APPLICATION_PROCESSING@2025-07-28,PARTNER_DIRECTORY@2025-07-28");

		MultiValueMap<String, String> changed = Forms.valid(email);
		changed.add("consentDirectory", "true");
		changed.put("registryCode", List.of(jdbc.sql("SELECT registry_code FROM application WHERE reference = ?")
			.param(reference).query(String.class).single()));
		changed.put("description", List.of("A changed description that is certainly longer than fifty characters."));
		mvc.perform(Forms.postForm(link + "/amend", changed)).andExpect(redirectedUrl(link + "?done=amended"));
		// Same notice, same contact: the tick confirms the consent already recorded.
		assertThat(consents(email)).isEqualTo("APPLICATION_PROCESSING@2025-07-28,PARTNER_DIRECTORY@2025-07-28");

		// The consent on record was given to an older notice: amending is a new consent to the current one.
		jdbc.sql("UPDATE application SET consent_privacy_version = '2024-01-01' WHERE reference = ?").param(reference).update();
		changed.put("description", List.of("Another changed description, again longer than fifty characters."));
		mvc.perform(Forms.postForm(link + "/amend", changed)).andExpect(redirectedUrl(link + "?done=amended"));
		assertThat(jdbc.sql("SELECT consent_privacy_version FROM application WHERE reference = ?").param(reference)
			.query(String.class).single()).isEqualTo("2025-07-28");
		assertThat(consents(email)).isEqualTo("APPLICATION_PROCESSING@2025-07-28,APPLICATION_PROCESSING@2025-07-28,"
				+ "PARTNER_DIRECTORY@2025-07-28,PARTNER_DIRECTORY@2025-07-28");
		assertThat(jdbc.sql("SELECT DISTINCT source_reference FROM consent_record WHERE subject_hash = ?")
			.param(DataSubjects.hash(email)).query(String.class).list()).containsExactly("application:" + reference);
	}

	/** After an erasure the first application has no contact: a second application is refused without a notice. */
	@Test
	void applyingAgainForAnOrganisationWhoseContactWasErasedIsRefusedQuietly() throws Exception {
		String first = Forms.randomEmail();
		MultiValueMap<String, String> fields = Forms.valid(first);
		submit(fields);
		TestMail.awaitMessagesTo(first, 1);
		jdbc.sql("UPDATE application SET contact_name = NULL, contact_email = NULL, contact_phone = NULL"
				+ " WHERE registry_code = ?").param(fields.getFirst("registryCode")).update();

		String second = Forms.randomEmail();
		MultiValueMap<String, String> again = Forms.valid(second);
		again.put("registryCode", List.of(fields.getFirst("registryCode")));
		again.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", again)).andExpect(status().isOk());
		mvc.perform(Forms.postForm("/calls/demo/apply/submit",
				MultiValueMap.fromSingleValue(Map.of("draftId", again.getFirst("draftId")))))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE registry_code = ?")
			.param(fields.getFirst("registryCode")).query(Long.class).single()).isOne();
	}

	void submit(MultiValueMap<String, String> fields) throws Exception {
		fields.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", fields)).andExpect(status().isOk());
		mvc.perform(Forms.postForm("/calls/demo/apply/submit",
				MultiValueMap.fromSingleValue(Map.of("draftId", fields.getFirst("draftId")))))
			.andExpect(status().is3xxRedirection());
	}

	String consents(String email) {
		return jdbc.sql("""
				SELECT string_agg(purpose || '@' || notice_version, ',' ORDER BY purpose) FROM consent_record
				WHERE subject_hash = ?""").param(DataSubjects.hash(email)).query(String.class).single();
	}

}
