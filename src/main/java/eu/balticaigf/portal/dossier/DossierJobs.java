package eu.balticaigf.portal.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.shared.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossiers are generated in the background: a request queues a version (one at a time per
 * bid), and every node polls the queue, takes the oldest job with
 * {@code FOR UPDATE SKIP LOCKED} and generates it outside any transaction. A job left
 * running by a node that died is taken again once its lease has run out; a finished one
 * is never taken again, and a take that lost its job to another node cannot finish it.
 * Each request and outcome is audited.
 */
@Service
class DossierJobs {

	private static final Logger log = LoggerFactory.getLogger(DossierJobs.class);

	private final DossierStore store;

	private final DossierContents contents;

	private final DossierPdf pdf;

	private final DossierWorkbook workbook;

	private final DossierSettings settings;

	private final AuditLog audit;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DossierJobs(DossierStore store, DossierContents contents, DossierPdf pdf, DossierWorkbook workbook,
			DossierSettings settings, AuditLog audit, ObjectMapper json, TransactionTemplate transactions,
			Clock clock) {
		this.store = store;
		this.contents = contents;
		this.pdf = pdf;
		this.workbook = workbook;
		this.settings = settings;
		this.audit = audit;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** This job with other settings (a test's page limit). */
	DossierJobs with(DossierSettings other) {
		return new DossierJobs(store, contents, pdf, workbook, other, audit, json, transactions, clock);
	}

	/**
	 * Queues the bid's next version in this language, or answers the one queued or
	 * running already. The caller has checked that the bid exists.
	 */
	DossierStore.Version request(String slug, Locale language, String by) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			DossierStore.Requested requested = store.request(slug, Languages.supported(language).getLanguage(), by,
					now);
			DossierStore.Version version = requested.version();
			if (requested.created()) {
				audit.record(by, "dossier.requested", target(slug, version.version()), null,
						Map.of("language", version.language()));
			}
			return version;
		});
	}

	@Scheduled(fixedDelayString = "${portal.dossier.poll-interval:2s}",
			initialDelayString = "${portal.dossier.poll-interval:2s}")
	void poll() {
		while (runOnce()) {
			// until the queue is empty
		}
	}

	/** Takes and generates one job; false when there was none. */
	boolean runOnce() {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> store.abandon(now, settings.maxAttempts())
			.forEach(job -> audit.record(job.requestedBy(), "dossier.failed", target(job.bidSlug(), job.version()),
					null, Map.of("problem", "ABANDONED"))));
		Optional<DossierStore.Claimed> claimed = store.claim(now, settings.lease(), settings.maxAttempts());
		claimed.ifPresent(this::generate);
		return claimed.isPresent();
	}

	private void generate(DossierStore.Claimed job) {
		try {
			Optional<DossierModel> built = contents.build(job.bidSlug(), Locale.forLanguageTag(job.language()));
			if (built.isEmpty()) {
				stop(job, DossierStore.Status.FAILED, "NO_BID", null);
				return;
			}
			DossierModel model = built.get();
			DossierPdf.Rendered rendered = pdf.render(model);
			if (rendered.pages() > settings.maxPages()) {
				stop(job, DossierStore.Status.REFUSED, "TOO_MANY_PAGES", rendered.pages());
				return;
			}
			byte[] xlsx = workbook.write(model);
			Map<String, Object> totals = new LinkedHashMap<>();
			model.totals().forEach(total -> totals.put(total.key(), total.value()));
			Map<String, Object> kept = new LinkedHashMap<>();
			kept.put("members", model.members());
			kept.put("commitments", model.commitments());
			DossierStore.Files files = new DossierStore.Files(rendered.bytes(), UploadedFiles.sha256(rendered.bytes()),
					xlsx, UploadedFiles.sha256(xlsx), rendered.pages(), json.writeValueAsString(model.inputs()),
					json.writeValueAsString(totals), json.writeValueAsString(kept));
			transactions.executeWithoutResult(status -> {
				if (store.finish(job, files, settings.maxPages(), clock.instant())) {
					Map<String, Object> after = new LinkedHashMap<>();
					after.put("pages", files.pages());
					after.put("pdfSha256", files.pdfSha256());
					after.put("xlsxSha256", files.xlsxSha256());
					after.put("inputs", model.inputs());
					audit.record(job.requestedBy(), "dossier.generated", target(job.bidSlug(), job.version()), null,
							after);
				}
			});
		}
		catch (RuntimeException ex) {
			log.error("Dossier {} v{} failed", job.bidSlug(), job.version(), ex);
			stop(job, DossierStore.Status.FAILED, "ERROR", null);
		}
	}

	private void stop(DossierStore.Claimed job, DossierStore.Status status, String problem, Integer pages) {
		transactions.executeWithoutResult(tx -> {
			if (store.stop(job, status, problem, pages, settings.maxPages(), clock.instant())) {
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("problem", problem);
				after.put("pages", pages);
				after.put("pageLimit", settings.maxPages());
				audit.record(job.requestedBy(),
						status == DossierStore.Status.REFUSED ? "dossier.refused" : "dossier.failed",
						target(job.bidSlug(), job.version()), null, after);
			}
		});
	}

	static AuditLog.Target target(String slug, int version) {
		return AuditLog.Target.of("dossier", slug + "/" + version);
	}

}
