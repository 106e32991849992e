package eu.balticaigf.portal.review;

import java.text.Collator;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Option;
import eu.balticaigf.portal.staff.StaffDirectory;

/**
 * The review back office: the queue with filters and counts, one application's page, and
 * decisions in bulk with a preview of each applicant's e-mail. Any staff role reads; only
 * reviewers and admins change anything.
 */
@Controller
@RequestMapping("/staff/applications")
class ReviewPages {

	static final int PAGE_SIZE = 25;

	/**
	 * The bulk decision form as posted, shown again when refused (what was ticked, chosen
	 * and typed); empty on a fresh page. {@code allMatching} is "true" when every
	 * application the filters match is meant, not only those ticked.
	 */
	record BulkForm(List<String> references, String allMatching, String decision, String reason, String message) {

		static final BulkForm EMPTY = new BulkForm(List.of(), null, null, null, null);

		boolean all() {
			return "true".equals(allMatching);
		}

		boolean ticked(String reference) {
			return references != null && references.contains(reference);
		}

		Decisions.Choice choice(List<String> chosen) {
			return new Decisions.Choice(chosen, decision, reason, message);
		}

	}

	private final ReviewQueue queue;

	private final DetailPage detail;

	private final Conflicts conflicts;

	private final Decisions decisions;

	private final Calls calls;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final ApplicationExport export;

	ReviewPages(ReviewQueue queue, DetailPage detail, Conflicts conflicts, Decisions decisions, Calls calls,
			StaffDirectory directory, MessageSource messages, ApplicationExport export) {
		this.queue = queue;
		this.detail = detail;
		this.conflicts = conflicts;
		this.decisions = decisions;
		this.calls = calls;
		this.directory = directory;
		this.messages = messages;
		this.export = export;
	}

	@GetMapping
	String queue(QueueParams asked, @RequestParam(defaultValue = "submitted") String sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "1") int page, Model model,
			Locale locale) {
		return queuePage(asked, sort, desc, page, BulkForm.EMPTY, FieldErrors.none(), model, locale);
	}

	/**
	 * The queue, with the bulk decision form as given and its problems next to its
	 * fields.
	 */
	private String queuePage(QueueParams asked, String sort, boolean desc, int page, BulkForm bulk, FieldErrors errors,
			Model model, Locale locale) {
		Map<String, String> countryNames = Applications.countryNames(locale);
		QueueParams.Checked checked = asked.checked(calls, locale);
		QueueParams params = checked.params();
		ReviewQueue.Filter filter = params.filter(conflicts.hiddenFrom(AuditLog.currentActor()));
		ReviewQueue.Page result = queue.page(filter, sort, desc, Math.max(1, page), PAGE_SIZE, locale);
		model.addAttribute("filters", params);
		model.addAttribute("ignored", checked.ignored().stream().map(ignored -> ignored(ignored, locale)).toList());
		model.addAttribute("filterQuery", params.query());
		model.addAttribute("anyStageQuery", params.anyStage().query());
		model.addAttribute("sort", sort);
		model.addAttribute("desc", desc);
		model.addAttribute("result", result);
		model.addAttribute("counts", queue.countsByStage(filter));
		model.addAttribute("stages",
				options(Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::name).toList(),
						"application.status.", locale));
		model.addAttribute("categories", options(Applications.CATEGORIES, "application.category.", locale));
		model.addAttribute("sizes", options(Applications.SIZES, "application.size.", locale));
		model.addAttribute("areas", options(Applications.CONTRIBUTION_AREAS, "application.area.", locale));
		Map<String, String> callTitles = callTitles(locale);
		model.addAttribute("callChoices",
				callTitles.entrySet().stream().map(call -> new Option(call.getKey(), call.getValue())).toList());
		model.addAttribute("callTitles", callTitles);
		model.addAttribute("countryChoices", countryChoices(params.country(), countryNames, locale));
		model.addAttribute("countryNames", countryNames);
		model.addAttribute("names", reviewerNames(result));
		model.addAttribute("bulk", bulk);
		model.addAttribute("errors", errors);
		Roles.addTo(model);
		return "review/queue";
	}

	/** A closed list's values, each labelled by its message ({@code prefix + value}). */
	private List<Option> options(List<String> values, String prefix, Locale locale) {
		return values.stream()
			.map(value -> new Option(value, messages.getMessage(prefix + value, null, locale)))
			.toList();
	}

	private Map<String, String> callTitles(Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		calls.all().forEach(call -> titles.put(call.slug(), call.title(locale)));
		return titles;
	}

	/**
	 * The countries applications came from (and the one chosen), by name in the reader's
	 * language.
	 */
	private List<Option> countryChoices(String chosen, Map<String, String> names, Locale locale) {
		Set<String> codes = new LinkedHashSet<>(queue.countries());
		if (chosen != null) {
			codes.add(chosen);
		}
		Collator collator = Collator.getInstance(locale);
		return codes.stream()
			.filter(names::containsKey)
			.map(code -> new Option(code, names.get(code)))
			.sorted(Comparator.comparing(Option::label, collator))
			.toList();
	}

	/** The reviewers of the listed rows by name. */
	private Map<String, String> reviewerNames(ReviewQueue.Page result) {
		Set<String> reviewers = new LinkedHashSet<>();
		result.rows().forEach(row -> reviewers.addAll(row.reviewers()));
		return directory.displayNames(reviewers);
	}

	private String ignored(QueueParams.Ignored ignored, Locale locale) {
		String label = messages.getMessage(switch (ignored.filter()) {
			case "category" -> "review.field.category";
			case "size" -> "review.field.size";
			case "area" -> "review.field.areas";
			default -> "review.filter." + ignored.filter();
		}, null, locale);
		return messages.getMessage("review.filter.ignored", new Object[] { label, ignored.value() }, locale);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, QueueParams params,
			Locale locale) {
		// What the queue page said it ignored is ignored here too.
		return export.response(format,
				params.checked(calls, locale).params().filter(conflicts.hiddenFrom(AuditLog.currentActor())));
	}

	/**
	 * One application's page; one hidden from the reader by a conflict they declared says
	 * so (404: to them it is not there), with the declaration and how to withdraw it.
	 */
	@GetMapping("/{reference}")
	String show(@PathVariable String reference, Model model, HttpServletResponse response) {
		try {
			return detail.show(detail.find(reference), model);
		}
		catch (DetailPage.HiddenByConflict hidden) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("conflict", detail.hidingDeclaration(reference).orElseThrow());
			return "review/hidden";
		}
	}

	/**
	 * Step one of a bulk decision: each applicant's e-mail as it will be sent, in their
	 * language; nothing changes yet. {@code allMatching} takes every application the
	 * queue's filters match, not only those ticked. A choice with a problem (nothing
	 * ticked, no decision, no reason) shows the queue again as it was, with what was
	 * ticked, chosen and typed, and the problem next to its field.
	 */
	@PostMapping("/bulk-decision")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String bulkPreview(@ModelAttribute("bulk") BulkForm bulk, BindingResult errors, QueueParams params,
			@RequestParam(defaultValue = "submitted") String sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		List<String> chosen = bulk.all() ? decisions.matching(params, locale) : bulk.references();
		Decisions.Proposal proposal = decisions.propose(bulk.choice(chosen), locale);
		if (proposal.refused()) {
			proposal.fieldProblems().forEach(problem -> problem.rejectIn(errors));
			return queuePage(params, sort, desc, page, bulk, FieldErrors.of(errors), model, locale);
		}
		return preview(proposal, model);
	}

	/** The page that shows a decision's e-mails before they go. */
	static String preview(Decisions.Proposal proposal, Model model) {
		model.addAttribute("proposal", proposal);
		return "review/bulk";
	}

	/**
	 * Step two: decides each one in its own transaction, so one already decided does not
	 * stop the others; then says what happened (for a single decision, to whom its e-mail
	 * goes).
	 */
	@PostMapping("/bulk-decision/confirm")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String bulkConfirm(BulkForm bulk, @RequestParam(defaultValue = "false") boolean single, RedirectAttributes redirect,
			Locale locale) {
		List<String> references = bulk.references();
		Decisions.Outcome outcome;
		try {
			outcome = decisions.decide(bulk.choice(references));
		}
		catch (IllegalArgumentException incomplete) {
			// Only a hand-made post gets here: the preview page always sends all three.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!outcome.refused().isEmpty()) {
			redirect.addFlashAttribute("refusal", messages.getMessage("review.bulk.refused",
					new Object[] { String.join(", ", outcome.refused()) }, locale));
		}
		if (single && references != null && references.size() == 1) {
			// A single decision, confirmed from its own page: back there.
			redirect.addFlashAttribute("section", DetailPage.Section.MOVE.anchor);
			outcome.decided()
				.stream()
				.findFirst()
				.ifPresent(decided -> redirect.addFlashAttribute("done", decided(decided, locale)));
			return DetailPage.Section.MOVE.redirect(references.get(0));
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("review.bulk.done", new Object[] { outcome.decided().size() }, locale));
		return "redirect:/staff/applications";
	}

	/**
	 * "Accepted; the decision e-mail is on its way to …", or that there was nobody to
	 * tell.
	 */
	private String decided(Decisions.Decided decided, Locale locale) {
		String status = messages.getMessage(decided.decision().label(), null, locale);
		return decided.mailedTo() == null
				? messages.getMessage("review.decided.unmailed", new Object[] { status }, locale)
				: messages.getMessage("review.decided.mailed", new Object[] { status, decided.mailedTo() }, locale);
	}

}
