package eu.balticaigf.portal.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.QueuedMail;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.privacy.PrivacySettings;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Races, purges and demo data against the real database. */
@PortalTest
class IntakeTests extends PortalIntegrationTest {

	@Autowired
	ApplicationStore store;

	@Autowired
	LinkRecovery recovery;

	@Autowired
	DraftPersonalData drafts;

	@Autowired
	Calls calls;

	@Autowired
	PrivacySettings privacy;

	@Autowired
	TransactionTemplate transactions;

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

	/**
	 * Walk-through 23: each sample contact is written to in their own language (a Finnish
	 * one, whose language the portal does not speak, in English).
	 */
	@Test
	void demoApplicationsContactsGetEmailsInTheirOwnLanguage() {
		Map<String, String> subjects = Map.of("ruta@example.lt", "Nauja nuoroda į paraišką ", "lukasz@example.pl",
				"Nowy link do wniosku ", "janis@example.lv", "Jauna saite uz pieteikumu ", "mari@example.ee",
				"Uus link taotlusele ", "aino@example.fi", "Your new link to application ");
		String client = "198.51.100." + Forms.randomDigits(2);
		subjects.forEach((contact, subject) -> {
			String reference = jdbc.sql("""
					SELECT a.reference FROM application a JOIN call c ON c.id = a.call_id
					WHERE c.slug = 'demo' AND a.contact_email = ?""").param(contact).query(String.class).single();
			assertThat(recovery.request(contact, reference, client).outcome()).isEqualTo(LinkRecovery.Outcome.SENT);
			assertThat(QueuedMail.to(jdbc, contact)).as(contact)
				.contains(new QueuedMail("application/link", subject + reference));
		});
	}

	/**
	 * V27 gives the samples an earlier start stored in English their contact's language,
	 * as a fresh start stores them.
	 */
	@Test
	void theMigrationGivesSamplesStoredInEnglishTheirContactsLanguage() throws IOException {
		String script = new ClassPathResource("db/migration/V27__demo_applications_language.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> languages = transactions.execute(status -> {
			status.setRollbackOnly();
			List<UUID> samples = IntStream.range(0, DemoApplications.SAMPLES.size())
				.mapToObj(DemoApplications::draftId)
				.toList();
			jdbc.sql("UPDATE application SET language = 'en' WHERE draft_id IN (:samples)")
				.param("samples", samples)
				.update();
			jdbc.sql(script).update();
			return samples.stream()
				.map(draft -> jdbc.sql("SELECT language FROM application WHERE draft_id = ?")
					.param(draft)
					.query(String.class)
					.single()
					.trim())
				.toList();
		});
		assertThat(languages)
			.isEqualTo(DemoApplications.SAMPLES.stream().map(DemoApplications.Sample::language).toList());
	}

}
