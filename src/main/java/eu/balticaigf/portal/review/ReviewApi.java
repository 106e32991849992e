package eu.balticaigf.portal.review;

import eu.balticaigf.portal.application.ApplicationStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;

/**
 * Applications for integrations: list and read with a READ token, decide with a
 * READ_WRITE token (the API chain demands SCOPE_READ_WRITE for every non-GET). Errors are
 * RFC 9457 problem details with a translated message ({@link ReviewApiProblems}). Each
 * application, listed or read alone, carries its score summary in {@code scores}
 * (reviewers who scored, meanWeightedAverage, disagreement).
 */
@RestController
@RequestMapping("/api/v1/applications")
class ReviewApi {

	/**
	 * {@code reason} is internal (timeline, audit log); {@code message}, optional, goes
	 * to the applicant.
	 */
	record DecisionRequest(String decision, String reason, String message) {
	}

	record DecisionJson(String reference, String previousStatus, String status) {
	}

	record ListJson(List<ReviewQueue.Row> items, long total, int page, int pages, Map<String, Long> countsByStatus) {
	}

	record ApplicationJson(String reference, String status,
			eu.balticaigf.portal.application.ValidApplication application, List<ReviewWorkflow.TimelineEntry> timeline,
			Scoreboard.Summary scores) {
	}

	static final int PAGE_SIZE = 50;

	private final ReviewWorkflow workflow;

	private final ReviewQueue queue;

	private final Applications applications;

	private final Scoring scoring;

	private final ApplicationExport export;

	ReviewApi(ReviewWorkflow workflow, ReviewQueue queue, Applications applications, Scoring scoring,
			ApplicationExport export) {
		this.workflow = workflow;
		this.queue = queue;
		this.applications = applications;
		this.scoring = scoring;
		this.export = export;
	}

	@GetMapping
	ListJson list(@RequestParam(required = false) String call, @RequestParam(required = false) String status,
			@RequestParam(required = false) String country, @RequestParam(required = false) String category,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
		ReviewQueue.Filter filter = new ReviewQueue.Filter(call, stageParam(status), country, category, null, null,
				null, q);
		ReviewQueue.Page result = queue.page(filter, "submitted", false, Math.max(1, page), PAGE_SIZE,
				LocaleContextHolder.getLocale());
		return new ListJson(result.rows(), result.total(), result.page(), result.pages(), queue.countsByStage(filter));
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String call, @RequestParam(required = false) String status,
			@RequestParam(required = false) String country, @RequestParam(required = false) String category,
			@RequestParam(required = false) String q) {
		ReviewQueue.Filter filter = new ReviewQueue.Filter(call, stageParam(status), country, category, null, null,
				null, q);
		return export.response(format, filter);
	}

	@GetMapping("/{reference}")
	ApplicationJson one(@PathVariable String reference) {
		StoredApplication application = applications.find(reference)
			.orElseThrow(() -> new ReviewWorkflow.NoSuchApplication(reference));
		return new ApplicationJson(application.reference(), application.status().name(), application.data(),
				workflow.timeline(application.id()), scoring.scoreboard(application).summary());
	}

	@PostMapping("/{reference}/decision")
	DecisionJson decide(@PathVariable String reference, @RequestBody DecisionRequest request) {
		ApplicationStatus decision = ApplicationStatus.parse(request.decision())
			.filter(ApplicationStatus::decided)
			.orElseThrow(() -> new IllegalMove("review.decision.unknown"));
		ReviewWorkflow.Moved moved = workflow.decide(reference, decision, request.reason(), request.message());
		return new DecisionJson(moved.reference(), moved.from().name(), moved.to().name());
	}

	private static String stageParam(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		return ApplicationStatus.parse(status.strip().toUpperCase(Locale.ROOT))
			.map(ApplicationStatus::name)
			.orElseThrow(() -> new IllegalMove("review.filter.unknownStatus", status));
	}

}
