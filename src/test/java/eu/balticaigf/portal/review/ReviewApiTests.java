package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;

/**
 * The decision API: 200 from an open stage, 409 once decided or withdrawn, 400 with a
 * message otherwise.
 */
@PortalTest
class ReviewApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder decision(String reference, String body) {
		return post("/api/v1/applications/" + reference + "/decision")
			.header("Authorization", "Bearer " + PortalTest.API_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String stageOf(long id) {
		return jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single();
	}

	@Test
	void acceptingAnOpenApplicationRecordsItAndMailsTheApplicantInTheirLanguage() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "lt", "UAB Decision");
		mvc.perform(decision(created.reference(), """
				{"decision": "ACCEPTED", "reason": "Strong compute demand"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.previousStatus").value("SUBMITTED"));
		assertThat(stageOf(created.id())).isEqualTo("ACCEPTED");
		assertThat(jdbc
			.sql("SELECT count(*) FROM review_event WHERE application_id = ? AND to_stage = 'ACCEPTED'"
					+ " AND reason = 'Strong compute demand' AND actor = 'token:bootstrap'")
			.param(created.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.accept' AND target_id = ?")
			.param(created.reference())
			.query(Long.class)
			.single()).isEqualTo(1);
		List<MimeMessage> mails = TestMail.awaitMessagesTo(created.email(), 1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Jūsų paraiška " + created.reference() + " priimta");

		mvc.perform(get("/api/v1/applications/" + created.reference()).header("Authorization",
				"Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[0].to").value("ACCEPTED"));
	}

	@Test
	void aDecidedOrWithdrawnApplicationAnswers409() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Decided Ltd");
		mvc.perform(decision(created.reference(), """
				{"decision": "DECLINED", "reason": "Out of scope"}""")).andExpect(status().isOk());
		mvc.perform(decision(created.reference(), """
				{"decision": "ACCEPTED", "reason": "Changed our mind"}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already")));
		assertThat(stageOf(created.id())).isEqualTo("DECLINED");

		TestApplications.Created withdrawn = TestApplications.insert(jdbc, "en", "Withdrawn Ltd");
		jdbc.sql("UPDATE application SET status = 'WITHDRAWN' WHERE id = ?").param(withdrawn.id()).update();
		mvc.perform(decision(withdrawn.reference(), """
				{"decision": "DECLINED", "reason": "x"}""")).andExpect(status().isConflict());
	}

	@Test
	void anythingElseIs400WithAMessage() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Bad Request Ltd");
		for (String body : List.of("""
				{"decision": "MAYBE", "reason": "x"}""", """
				{"decision": "ACCEPTED", "reason": "  "}""", """
				{"decision": "ACCEPTED"}""", "{not json", """
				{"decision": "WITHDRAWN", "reason": "x"}""")) {
			mvc.perform(decision(created.reference(), body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(decision(created.reference(), """
				{"decision": "MAYBE", "reason": "x"}"""))
			.andExpect(jsonPath("$.detail").value("The decision must be ACCEPTED or DECLINED."));
		assertThat(stageOf(created.id())).isEqualTo("SUBMITTED");
		mvc.perform(decision("NO-SUCH-REFERENCE", """
				{"decision": "ACCEPTED", "reason": "x"}""")).andExpect(status().isNotFound());
	}

	@Test
	void decidingNeedsAToken() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Anonymous Ltd");
		mvc.perform(post("/api/v1/applications/" + created.reference() + "/decision").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"ACCEPTED\", \"reason\": \"x\"}")).andExpect(status().isUnauthorized());
		assertThat(stageOf(created.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void theListFiltersBySearchAndStage() throws Exception {
		TestApplications.Created created = TestApplications.insert(jdbc, "en", "Searchable Ltd");
		mvc.perform(get("/api/v1/applications").param("q", created.registryCode())
			.param("status", "submitted")
			.header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].reference").value(created.reference()))
			.andExpect(jsonPath("$.countsByStatus.SUBMITTED").value(1));
		mvc.perform(get("/api/v1/applications").param("status", "NONSENSE")
			.header("Authorization", "Bearer " + PortalTest.API_TOKEN)).andExpect(status().isBadRequest());
	}

}
