package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Inbox;

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

	@Autowired
	ApplicationContext context;

	private static MockHttpServletRequestBuilder decision(String reference, String body) {
		return post("/api/v1/applications/" + reference + "/decision")
			.header("Authorization", "Bearer " + PortalTest.API_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String stageOf(TestSubmissions.Submitted application) {
		return TestSubmissions.statusOf(context, application.reference()).name();
	}

	@Test
	void acceptingAnOpenApplicationRecordsItAndMailsTheApplicantInTheirLanguage() throws Exception {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "lt", "UAB Decision");
		mvc.perform(decision(created.reference(), """
				{"decision": "ACCEPTED", "reason": "Strong compute demand"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.previousStatus").value("SUBMITTED"));
		assertThat(stageOf(created)).isEqualTo("ACCEPTED");
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
		// The second e-mail: the receipt of the submission came first.
		assertThat(Inbox.nth(created.email(), 2).subject())
			.isEqualTo("Jūsų paraiška " + created.reference() + " priimta");

		mvc.perform(get("/api/v1/applications/" + created.reference()).header("Authorization",
				"Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[0].to").value("ACCEPTED"));
	}

	@Test
	void aDecidedOrWithdrawnApplicationAnswers409() throws Exception {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "en", "Decided Ltd");
		mvc.perform(decision(created.reference(), """
				{"decision": "DECLINED", "reason": "Out of scope"}""")).andExpect(status().isOk());
		mvc.perform(decision(created.reference(), """
				{"decision": "ACCEPTED", "reason": "Changed our mind"}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Application " + created.reference()
					+ " has the status “Declined”: once decided or withdrawn, its stage can no longer change."));
		assertThat(stageOf(created)).isEqualTo("DECLINED");

		TestSubmissions.Submitted withdrawn = TestSubmissions.submit(context, "en", "Withdrawn Ltd",
				TestSubmissions.Profile.typical().withStatus(ApplicationStatus.WITHDRAWN));
		mvc.perform(decision(withdrawn.reference(), """
				{"decision": "DECLINED", "reason": "x"}""")).andExpect(status().isConflict());
	}

	@Test
	void anythingElseIs400WithAMessage() throws Exception {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "en", "Bad Request Ltd");
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
		assertThat(stageOf(created)).isEqualTo("SUBMITTED");
		mvc.perform(decision("NO-SUCH-REFERENCE", """
				{"decision": "ACCEPTED", "reason": "x"}""")).andExpect(status().isNotFound());
	}

	@Test
	void decidingNeedsAToken() throws Exception {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "en", "Anonymous Ltd");
		mvc.perform(post("/api/v1/applications/" + created.reference() + "/decision").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"ACCEPTED\", \"reason\": \"x\"}")).andExpect(status().isUnauthorized());
		assertThat(stageOf(created)).isEqualTo("SUBMITTED");
	}

	@Test
	void theListFiltersBySearchAndStage() throws Exception {
		TestSubmissions.Submitted created = TestSubmissions.submit(context, "en", "Searchable Ltd");
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
