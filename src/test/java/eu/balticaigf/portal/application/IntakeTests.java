package eu.balticaigf.portal.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Races, purges and demo data against the real database. */
@PortalTest
class IntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationStore store;

	@RepeatedTest(5)
	void concurrentSubmitsOfOneDraftMakeOneApplication() throws Exception {
		String email = Forms.randomEmail();
		MultiValueMap<String, String> fields = Forms.valid(email);
		fields.addAll(Forms.served(mvc, "demo"));
		mvc.perform(Forms.postForm("/calls/demo/apply", fields)).andExpect(status().isOk());
		MultiValueMap<String, String> submit = MultiValueMap.fromSingleValue(Map.of("draftId", fields.getFirst("draftId")));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Callable<String> post = () -> mvc.perform(Forms.postForm("/calls/demo/apply/submit", submit))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			List<Future<String>> results = pool.invokeAll(List.of(post, post, post, post));
			for (Future<String> result : results) {
				assertThat(result.get()).isEqualTo("/calls/demo/apply/confirmation?draft=" + fields.getFirst("draftId"));
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?").param(email).query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?").param(email).query(Long.class)
			.single()).isOne();
	}

	@Test
	void draftsOfClosedCallsArePurged() {
		long closedCall = jdbc.sql("SELECT id FROM call WHERE slug = 'baltic-aigf-2025'").query(Long.class).single();
		UUID draft = UUID.randomUUID();
		store.saveDraft(draft, closedCall, ApplicationForm.empty(), "en", java.time.Instant.now());
		assertThat(store.purgeDraftsOfClosedCalls(java.time.Instant.now())).isPositive();
		assertThat(store.draft(draft)).isEmpty();
	}

	@Test
	void demoCallHasSampleApplicationsOnce() {
		assertThat(jdbc.sql("""
				SELECT count(*) FROM application a JOIN call c ON c.id = a.call_id
				WHERE c.slug = 'demo' AND a.contact_email LIKE '%@example.%' AND a.organisation_name LIKE '%(%'""")
			.query(Long.class).single()).isEqualTo(DemoApplications.SAMPLES.size());
	}

}
