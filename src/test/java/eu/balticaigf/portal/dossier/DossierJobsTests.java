package eu.balticaigf.portal.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;

/**
 * Versions and the job (issue 19, points 3 to 5): admins generate from the page, which
 * shows progress without script; each version is kept with its fingerprints and is
 * downloaded again byte for byte; one job at a time per bid, taken once by one node,
 * taken again only when its node's lease ran out, and never finished twice; the page
 * limit refuses with a named message and no file; the page says what changed since the
 * version before. Each test works on a bid of its own.
 */
@PortalTest
class DossierJobsTests extends PortalIntegrationTest {

	@Autowired
	DossierJobs jobs;

	@Autowired
	DossierStore store;

	@Test
	void anAdminGeneratesFromThePageWhichShowsProgressAndEveryVersionComesBackByteForByte() throws Exception {
		String slug = bid("page", 3);
		Visitor admin = signedIn(Role.ADMIN);
		Page queued = admin.open("/staff/bids/" + slug + "/dossiers")
			.form("#generate-form")
			.choose("language", "lt")
			.submit()
			.followed();
		assertThat(queued.textOf("#queued")).contains("Version 1 is queued");
		assertThat(queued.has("#progress")).isTrue();
		assertThat(queued.document().select("meta[http-equiv=refresh]").attr("content")).isEqualTo("3");
		assertThat(queued.textOf("#versions [data-version=1]")).contains("Queued", "Lithuanian");

		runQueue();
		Page done = admin.open("/staff/bids/" + slug + "/dossiers");
		assertThat(done.has("#progress")).isFalse();
		assertThat(done.has("meta[http-equiv=refresh]")).isFalse();
		assertThat(done.textOf("#versions [data-version=1]")).contains("Ready");
		DossierStore.Version version = store.version(slug, 1).orElseThrow();
		assertThat(done.textOf("#versions [data-version=1]")).contains(version.pdfSha256(), version.xlsxSha256());
		assertThat(version.language()).isEqualTo("lt");
		assertThat(version.pages()).isPositive();
		assertThat(version.inputs()).contains("\"bid\"", slug);
		assertThat(admin.get(done.byId("pdf-1").attr("href")).status()).isEqualTo(200);

		byte[] first = download("/api/v1/bids/" + slug + "/dossiers/1.pdf");
		byte[] again = download("/api/v1/bids/" + slug + "/dossiers/1.pdf");
		assertThat(UploadedFiles.sha256(first)).isEqualTo(version.pdfSha256());
		assertThat(again).isEqualTo(first);
		assertThat(UploadedFiles.sha256(download("/api/v1/bids/" + slug + "/dossiers/1.xlsx")))
			.isEqualTo(version.xlsxSha256());
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_type = 'dossier' AND target_id = ?")
			.param(slug + "/1")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("dossier.requested", "dossier.generated");
	}

	@Test
	void viewersAndReviewersFollowAndDownloadButDoNotGenerate() {
		String slug = bid("read", 1);
		assertThat(signedIn(Role.VIEWER).open("/staff/bids/" + slug + "/dossiers").has("#generate-form")).isFalse();
		assertThat(signedIn(Role.REVIEWER).open("/staff/bids/" + slug + "/dossiers").has("#generate-form")).isFalse();
		assertThat(signedIn(Role.VIEWER).open("/staff/bids/" + slug + "/dossiers").text())
			.contains("No dossier has been generated yet.");
	}

	@Test
	void aSecondRequestWhileOneIsQueuedIsTheSameRequest() {
		String slug = bid("twice", 1);
		DossierStore.Version first = jobs.request(slug, Locale.ENGLISH, "a@ministry.test");
		DossierStore.Version second = jobs.request(slug, Locale.ENGLISH, "b@ministry.test");
		assertThat(second.version()).isEqualTo(first.version());
		assertThat(store.versions(slug)).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'dossier.requested' AND target_id = ?")
			.param(slug + "/1")
			.query(Long.class)
			.single()).isEqualTo(1);
		runQueue();
	}

	@Test
	void aJobIsTakenOnceAgainOnlyAfterItsLeaseRanOutAndIsNeverFinishedTwice() {
		String slug = bid("lease", 1);
		runQueue();
		jobs.request(slug, Locale.ENGLISH, "a@ministry.test");
		Instant now = Instant.now();
		DossierStore.Claimed taken = claimOf(slug, now).orElseThrow();
		// Another node polling meanwhile finds nothing of this bid's to take.
		assertThat(claimOf(slug, now)).isEmpty();

		// The first node died: once its lease ran out, another node takes the job again.
		Instant later = now.plus(Duration.ofMinutes(6));
		DossierStore.Claimed retaken = claimOf(slug, later).orElseThrow();
		assertThat(retaken.attempts()).isEqualTo(taken.attempts() + 1);
		DossierStore.Files files = new DossierStore.Files(new byte[] { 1 }, "a", new byte[] { 2 }, "b", 1, "{}", "{}",
				"{}");
		assertThat(store.finish(taken, files, 80, later)).as("the first take lost the job").isFalse();
		assertThat(store.finish(retaken, files, 80, later)).isTrue();
		assertThat(store.finish(retaken, files, 80, later)).as("finished once").isFalse();
		assertThat(claimOf(slug, later.plus(Duration.ofHours(1)))).as("a finished job is never taken again").isEmpty();
	}

	@Test
	void aDossierOverThePageLimitIsRefusedWithANamedMessageAndNoFile() {
		String slug = bid("long", 2);
		DossierJobs strict = jobs.with(new DossierSettings(1, Duration.ofMinutes(5), 3));
		strict.request(slug, Locale.ENGLISH, "a@ministry.test");
		runQueue(strict);
		DossierStore.Version refused = store.version(slug, 1).orElseThrow();
		assertThat(refused.status()).isEqualTo(DossierStore.Status.REFUSED);
		assertThat(refused.problem()).isEqualTo("TOO_MANY_PAGES");
		assertThat(refused.pdfSha256()).isNull();
		assertThat(store.file(slug, 1, "pdf")).isEmpty();
		Page page = signedIn(Role.VIEWER).open("/staff/bids/" + slug + "/dossiers");
		assertThat(page.textOf("#versions [data-version=1]")).contains("Refused");
		assertThat(page.textOf("#problem-1")).isEqualTo("Over the page limit: the dossier came to " + refused.pages()
				+ " pages, more than the 1 allowed. No file was issued.");
		assertThat(page.has("#pdf-1")).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'dossier.refused' AND target_id = ?")
			.param(slug + "/1")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePageSaysWhatChangedSinceTheVersionBefore() {
		String slug = bid("changes", 2);
		jobs.request(slug, Locale.ENGLISH, "a@ministry.test");
		runQueue();
		long bidId = jdbc.sql("SELECT id FROM bid WHERE slug = ?").param(slug).query(Long.class).single();
		for (String name : new String[] { "Šiaulių Duomenų Centras (test)", "Tartu Arvutuskeskus (test)" }) {
			jdbc.sql("""
					INSERT INTO bid_member (bid_id, organisation_name, country, category, added_by)
					VALUES (?, ?, 'LT', 'CLOUD_COMPUTE_PROVIDER', 'test')""").params(bidId, name).update();
		}
		jdbc.sql("DELETE FROM bid_member WHERE bid_id = ? AND organisation_name = ?")
			.params(bidId, "Member 1 of " + slug)
			.update();
		jobs.request(slug, Locale.ENGLISH, "a@ministry.test");
		runQueue();

		Page page = signedIn(Role.VIEWER).open("/staff/bids/" + slug + "/dossiers");
		assertThat(page.textOf("#changes")).isEqualTo("What changed in version 2 since version 1");
		assertThat(page.textOf("#members-added"))
			.isEqualTo("Šiaulių Duomenų Centras (test) Tartu Arvutuskeskus (test)");
		assertThat(page.textOf("#members-removed")).isEqualTo("Member 1 of " + slug);
		assertThat(page.textOf("#changed-totals")).contains("The consortium – Members by country: Members");
	}

	@Test
	void theApiStartsADossierAndAnswersItsLocation() throws Exception {
		String slug = bid("api", 1);
		var started = mvc
			.perform(
					post("/api/v1/bids/" + slug + "/dossiers").header("Authorization", "Bearer " + PortalTest.API_TOKEN)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"language\": \"pl\"}"))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse();
		assertThat(started.getHeader("Location")).isEqualTo("/api/v1/bids/" + slug + "/dossiers/1");
		assertThat(started.getContentAsString()).contains("\"status\":\"QUEUED\"", "\"language\":\"pl\"");
		runQueue();
		String answer = mvc
			.perform(get("/api/v1/bids/" + slug + "/dossiers/1").header("Authorization",
					"Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).contains("\"status\":\"DONE\"", "\"pdf\":\"/api/v1/bids/" + slug + "/dossiers/1.pdf\"");
		mvc.perform(post("/api/v1/bids/no-such-bid/dossiers").header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/bids/" + slug + "/dossiers").header("Authorization", "Bearer " + PortalTest.API_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"de\"}")).andExpect(status().isBadRequest());
	}

	/** A bid of the test's own with a few members, so no other test sees its dossiers. */
	private String bid(String name, int members) {
		String slug = "dossier-" + name + "-" + System.nanoTime();
		long id = jdbc.sql("""
				INSERT INTO bid (slug, title, capital_cost_cents, running_cost_cents) VALUES (?, ?, 100000000, 5000000)
				RETURNING id""").params(slug, "Test bid " + name).query(Long.class).single();
		for (int i = 1; i <= members; i++) {
			jdbc.sql("""
					INSERT INTO bid_member (bid_id, organisation_name, country, category, added_by)
					VALUES (?, ?, 'PL', 'UNIVERSITY', 'test')""").params(id, "Member " + i + " of " + slug).update();
		}
		return slug;
	}

	private Optional<DossierStore.Claimed> claimOf(String slug, Instant at) {
		// Claim only this bid's job: other tests' rows are not this test's business.
		Optional<DossierStore.Claimed> claimed = store.claim(at, Duration.ofMinutes(5), 3);
		claimed.ifPresent(c -> assertThat(c.bidSlug()).isEqualTo(slug));
		return claimed;
	}

	private void runQueue() {
		runQueue(jobs);
	}

	private static void runQueue(DossierJobs jobs) {
		while (jobs.runOnce()) {
			// until the queue is empty
		}
	}

	private byte[] download(String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
