package eu.balticaigf.portal.review;

import eu.balticaigf.portal.application.ApplicationStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.staff.AuditLog;

/**
 * The review back office: the queue with filters and counts, one application with its timeline, stage moves and
 * decisions, singly or in bulk with a preview of each applicant's e-mail. Any staff role reads; only reviewers and
 * admins change anything.
 */
@Controller
@RequestMapping("/staff/applications")
class ReviewPages {

	static final int PAGE_SIZE = 25;

	/** An e-mail as the applicant will read it, for the bulk preview. */
	record Preview(String reference, String organisation, String email, String language, String subject, String body,
			String refusal) {
	}

	private final ReviewQueue queue;

	private final ReviewWorkflow workflow;

	private final Applications applications;

	private final DetailPage detail;

	private final Conflicts conflicts;

	private final MessageSource messages;

	private final Outbox outbox;

	private final ApplicationExport export;

	ReviewPages(ReviewQueue queue, ReviewWorkflow workflow, Applications applications, DetailPage detail,
			Conflicts conflicts, MessageSource messages, Outbox outbox, ApplicationExport export) {
		this.outbox = outbox;
		this.export = export;
		this.queue = queue;
		this.workflow = workflow;
		this.applications = applications;
		this.detail = detail;
		this.conflicts = conflicts;
		this.messages = messages;
	}

	@GetMapping
	String queue(QueueParams params, @RequestParam(defaultValue = "submitted") String sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "1") int page, Model model) {
		ReviewQueue.Filter filter = params.filter(conflicts.hiddenFrom(AuditLog.currentActor()));
		ReviewQueue.Page result = queue.page(filter, sort, desc, Math.max(1, page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("params", params);
		model.addAttribute("filterQuery", params.query());
		model.addAttribute("anyStageQuery", params.anyStage().query());
		model.addAttribute("sort", sort);
		model.addAttribute("desc", desc);
		model.addAttribute("result", result);
		model.addAttribute("counts", queue.countsByStage(filter));
		model.addAttribute("stageNames", java.util.Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::name).toList());
		model.addAttribute("categories", Applications.CATEGORIES);
		model.addAttribute("sizes", Applications.SIZES);
		model.addAttribute("areas", Applications.CONTRIBUTION_AREAS);
		Roles.addTo(model);
		return "review/queue";
	}

	@GetMapping("/export")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
			QueueParams params) {
		return export.response(format, params.filter(conflicts.hiddenFrom(AuditLog.currentActor())));
	}

	@GetMapping("/{reference}")
	String show(@PathVariable String reference, Model model) {
		return detail.show(detail.find(reference), model);
	}

	@PostMapping("/{reference}/move")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String move(@PathVariable String reference, @RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
		detail.find(reference);
		if (action.isBlank()) {
			redirect.addFlashAttribute("refusal", messages.getMessage("review.move.noAction", null, locale));
			return "redirect:/staff/applications/" + reference;
		}
		if (decision(action) != null && reason != null && !reason.isBlank()) {
			// A decision e-mails the applicant: the e-mail is shown first and sent on confirmation, as in bulk.
			model.addAttribute("single", reference);
			return previews(List.of(reference), action, reason, model, locale);
		}
		try {
			switch (action) {
				case "startEligibilityCheck" -> workflow.startEligibilityCheck(reference, reason);
				case "startReview" -> workflow.startReview(reference, reason);
				case "requestInformation" -> workflow.requestInformation(reference, reason);
				case "resumeReview" -> workflow.resumeReview(reference, reason);
				case "ACCEPTED", "DECLINED" -> workflow.decide(reference, ApplicationStatus.valueOf(action), reason);
				default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
			redirect.addFlashAttribute("done", messages.getMessage("review.moved", null, locale));
		}
		catch (IllegalMove refusal) {
			redirect.addFlashAttribute("refusal",
					refusal.message(messages, locale));
		}
		return "redirect:/staff/applications/" + reference;
	}

	/**
	 * Step one of a bulk decision: shows each applicant's e-mail as it will be sent, in their language; nothing
	 * changes yet. {@code allMatching} takes every application the queue's filters match, not only those ticked.
	 */
	@PostMapping("/bulk-decision")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String bulkPreview(@RequestParam(name = "references", required = false) List<String> references,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean allMatching, QueueParams params, Model model,
			Locale locale) {
		if (allMatching) {
			references = queue.all(params.filter(conflicts.hiddenFrom(AuditLog.currentActor()))).stream()
				.map(ReviewQueue.Row::reference)
				.toList();
		}
		return previews(references, decision, reason, model, locale);
	}

	private String previews(List<String> references, String decision, String reason, Model model, Locale locale) {
		String reader = AuditLog.currentActor();
		ApplicationStatus chosen = decision(decision);
		List<String> problems = new ArrayList<>();
		if (references == null || references.isEmpty()) {
			problems.add(messages.getMessage("review.bulk.noneSelected", null, locale));
		}
		if (chosen == null) {
			problems.add(messages.getMessage("review.bulk.noDecision", null, locale));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(messages.getMessage("review.move.reasonRequired", null, locale));
		}
		List<Preview> previews = new ArrayList<>();
		if (problems.isEmpty()) {
			List<String> unavailable = new ArrayList<>();
			for (String reference : new LinkedHashSet<>(references)) {
				applications.find(reference)
					.filter(application -> !conflicts.conflicted(reader, application))
					.ifPresentOrElse(application -> previews.add(preview(application, chosen, reason, locale)),
							() -> unavailable.add(reference));
			}
			if (!unavailable.isEmpty()) {
				problems.add(messages.getMessage("review.bulk.unavailable",
						new Object[] { String.join(", ", unavailable) }, locale));
			}
			if (previews.stream().allMatch(preview -> preview.refusal() != null)) {
				problems.add(messages.getMessage("review.bulk.nothingToDecide", null, locale));
			}
		}
		model.addAttribute("problems", problems);
		model.addAttribute("previews", previews);
		model.addAttribute("decidable", previews.stream().filter(preview -> preview.refusal() == null).count());
		model.addAttribute("decision", chosen == null ? null : chosen.name());
		model.addAttribute("reason", reason);
		return "review/bulk";
	}

	/** Step two: decides each one in its own transaction, so one already decided does not stop the others. */
	@PostMapping("/bulk-decision/confirm")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String bulkConfirm(@RequestParam(name = "references", required = false) List<String> references,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		ApplicationStatus chosen = decision(decision);
		if (chosen == null || reason == null || reason.isBlank() || references == null) {
			// Only a hand-made post gets here: the preview page always sends all three.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		int decided = 0;
		List<String> refused = new ArrayList<>();
		for (String reference : new LinkedHashSet<>(references)) {
			try {
				detail.find(reference);
				workflow.decide(reference, chosen, reason);
				decided++;
			}
			catch (IllegalMove | ReviewWorkflow.NoSuchApplication | ResponseStatusException refusal) {
				refused.add(reference);
			}
		}
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("refusal",
					messages.getMessage("review.bulk.refused", new Object[] { String.join(", ", refused) }, locale));
		}
		if (references.size() == 1) {
			// A single decision, confirmed from its own page: back there.
			if (decided == 1) {
				redirect.addFlashAttribute("done", messages.getMessage("review.moved", null, locale));
			}
			return "redirect:/staff/applications/" + references.get(0);
		}
		redirect.addFlashAttribute("done", messages.getMessage("review.bulk.done", new Object[] { decided }, locale));
		return "redirect:/staff/applications";
	}

	private static ApplicationStatus decision(String value) {
		return ApplicationStatus.parse(value).filter(ApplicationStatus::decided).orElse(null);
	}

	/** The e-mail rendered by the outbox exactly as it will be stored; why not, in the reader's language. */
	private Preview preview(StoredApplication application, ApplicationStatus decision, String reason,
			Locale readerLocale) {
		String refusal = null;
		try {
			Review.judge(application.reference(), application.status(),
					decision == ApplicationStatus.ACCEPTED ? ApplicationStatus.Transition.ACCEPT
							: ApplicationStatus.Transition.DECLINE,
					reason);
		}
		catch (IllegalMove ex) {
			refusal = ex.message(messages, readerLocale);
		}
		Outbox.Preview mail = outbox.preview(ReviewWorkflow.decisionEmail(application, decision, reason));
		return new Preview(application.reference(), application.data().organisationName(),
				application.data().contactEmail(), application.language(), mail.subject(), mail.text(), refusal);
	}
}
