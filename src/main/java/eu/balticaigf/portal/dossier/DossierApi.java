package eu.balticaigf.portal.dossier;

import java.net.URI;

import eu.balticaigf.portal.bid.BidFacts;
import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dossiers for integrations (DESIGN.md, "Wave 2 contract"): a POST with a read-write
 * token queues one and answers 202 with its location (the version's status, which names
 * its files once done); the PDF and the workbook of any finished version as issued.
 */
@RestController
class DossierApi {

	private final BidFacts bids;

	private final DossierJobs jobs;

	private final DossierStore store;

	DossierApi(BidFacts bids, DossierJobs jobs, DossierStore store) {
		this.bids = bids;
		this.jobs = jobs;
		this.store = store;
	}

	/** {@code language}: one of lt, en, pl, lv, et; English when left out. */
	record Request(String language) {
	}

	/**
	 * @param status QUEUED, RUNNING, DONE, REFUSED or FAILED
	 * @param problem why a refused or failed one has no file (TOO_MANY_PAGES, ERROR, …)
	 */
	record Status(String bid, int version, String language, String status, Integer pages, String pdf, String pdfSha256,
			String xlsx, String xlsxSha256, String problem) {
	}

	@PostMapping("/api/v1/bids/{slug}/dossiers")
	ResponseEntity<Status> start(@PathVariable String slug, @RequestBody(required = false) Request request) {
		bids.title(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no bid " + slug + "."));
		String language = request == null ? null : request.language();
		if (language != null && !eu.balticaigf.portal.shared.web.Languages.CODES.contains(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language is one of lt, en, pl, lv, et.");
		}
		DossierStore.Version version = jobs.request(slug, DossierPages.language(language), AuditLog.currentActor());
		return ResponseEntity.accepted().location(URI.create(location(slug, version.version()))).body(status(version));
	}

	@GetMapping("/api/v1/bids/{slug}/dossiers/{version:\\d+}")
	Status status(@PathVariable String slug, @PathVariable int version) {
		return store.version(slug, version)
			.map(DossierApi::status)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Bid " + slug + " has no dossier version " + version + "."));
	}

	@GetMapping("/api/v1/bids/{slug}/dossiers/{version}.{format}")
	ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable int version, @PathVariable String format) {
		return DossierPages.file(store, slug, version, format);
	}

	private static Status status(DossierStore.Version v) {
		boolean done = v.status() == DossierStore.Status.DONE;
		String base = location(v.bidSlug(), v.version());
		return new Status(v.bidSlug(), v.version(), v.language(), v.status().name(), v.pages(),
				done ? base + ".pdf" : null, v.pdfSha256(), done ? base + ".xlsx" : null, v.xlsxSha256(), v.problem());
	}

	private static String location(String slug, int version) {
		return "/api/v1/bids/" + slug + "/dossiers/" + version;
	}

}
