package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.privacy.PrivacySettings;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Races, purges and demo data against the real database. */
@PortalTest
class IntakeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationStore store;

	@Autowired
	DraftPersonalData drafts;

	@Autowired
	Calls calls;

	@Autowired
	PrivacySettings privacy;

	/**
	 * Four clicks on the check page's button at once (one browser's double clicks, or
	 * retries).
	 */
	@RepeatedTest(5)
	void concurrentSubmitsOfOneDraftMakeOneApplication() throws Exception {
		String email = Forms.randomEmail();
		Form fill = Forms.fillValid(Forms.applicationForm(Visitor.at(port)), email);
		String draftId = fill.value("draftId");
		Form submit = fill.submit("#continue").followed().form();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Callable<String> post = () -> submit.submit().location();
			List<Future<String>> results = pool.invokeAll(List.of(post, post, post, post));
			for (Future<String> result : results) {
				assertThat(result.get()).endsWith("/calls/demo/apply/confirmation?draft=" + draftId);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?")
			.param(email)
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?")
			.param(email)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void draftsOfClosedCallsArePurgedAndThoseOfOpenCallsKept() {
		Instant now = Instant.now();
		UUID closed = UUID.randomUUID();
		store.saveDraft(closed, calls.find("baltic-aigf-2025").orElseThrow().id(), ApplicationForm.empty(), "en", now);
		UUID open = UUID.randomUUID();
		store.saveDraft(open, calls.find("demo").orElseThrow().id(), ApplicationForm.empty(), "en", now);
		assertThat(drafts.purgeExpired(now, privacy)).isPositive();
		assertThat(store.draft(closed)).isEmpty();
		assertThat(store.draft(open)).isPresent();
	}

	@Test
	void demoCallHasSampleApplicationsOnce() {
		assertThat(jdbc.sql("""
				SELECT count(*) FROM application a JOIN call c ON c.id = a.call_id
				WHERE c.slug = 'demo' AND a.contact_email LIKE '%@example.%' AND a.organisation_name LIKE '%(%'""")
			.query(Long.class)
			.single()).isEqualTo(DemoApplications.SAMPLES.size());
	}

}
