package eu.balticaigf.portal.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.staff.AuditLog;

/**
 * The forms on the detail page besides moves: a reviewer's scores and internal notes (reviewers and admins), and
 * assignment of reviewers (admins only, by hand or balanced by load across the filtered queue).
 */
@Controller
@RequestMapping("/staff/applications")
class ReviewWorkPages {

	private final DetailPage detail;

	private final Scoring scoring;

	private final Notes notes;

	private final Assignments assignments;

	private final ReviewQueue queue;

	private final Conflicts conflicts;

	private final MessageSource messages;

	ReviewWorkPages(DetailPage detail, Scoring scoring, Notes notes, Assignments assignments, ReviewQueue queue,
			Conflicts conflicts, MessageSource messages) {
		this.detail = detail;
		this.scoring = scoring;
		this.notes = notes;
		this.assignments = assignments;
		this.queue = queue;
		this.conflicts = conflicts;
		this.messages = messages;
	}

	@PostMapping("/{reference}/scores")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String score(@PathVariable String reference, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		StoredApplication application = detail.find(reference);
		try {
			List<Rubric.Criterion> invalid = scoring.score(application, form);
			if (!invalid.isEmpty()) {
				Map<String, String> errors = new LinkedHashMap<>();
				for (Rubric.Criterion criterion : invalid) {
					errors.put(Scoring.field(criterion.code()), messages.getMessage("review.score.required",
							new Object[] { label(criterion, locale) }, locale));
				}
				return detail.show(application, form, errors, model);
			}
			redirect.addFlashAttribute("done", messages.getMessage("review.score.saved", null, locale));
		}
		catch (IllegalMove refusal) {
			redirect.addFlashAttribute("refusal", refusal.message(messages, locale));
		}
		return redirectTo(reference);
	}

	@PostMapping("/{reference}/notes")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String note(@PathVariable String reference, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect, Locale locale) {
		StoredApplication application = detail.find(reference);
		String problem = Notes.problem(note);
		if (problem != null) {
			model.addAttribute("noteInput", note);
			return detail.show(application, Map.of(), Map.of("note",
					messages.getMessage(problem, new Object[] { Notes.MAX_LENGTH }, locale)), model);
		}
		notes.add(application, note);
		redirect.addFlashAttribute("done", messages.getMessage("review.note.saved", null, locale));
		return redirectTo(reference);
	}

	@PostMapping("/{reference}/assignments")
	@PreAuthorize("hasRole('ADMIN')")
	String assign(@PathVariable String reference, @RequestParam(required = false) String reviewer,
			RedirectAttributes redirect, Locale locale) {
		if (reviewer != null && assignments.assign(detail.find(reference), reviewer.strip())) {
			redirect.addFlashAttribute("done", messages.getMessage("review.assign.done", new Object[] { reviewer }, locale));
		}
		else {
			redirect.addFlashAttribute("refusal", messages.getMessage("review.assign.ineligible", null, locale));
		}
		return redirectTo(reference);
	}

	@PostMapping("/{reference}/assignments/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String unassign(@PathVariable String reference, @RequestParam String reviewer, RedirectAttributes redirect,
			Locale locale) {
		assignments.unassign(detail.find(reference), reviewer);
		redirect.addFlashAttribute("done", messages.getMessage("review.unassign.done", new Object[] { reviewer }, locale));
		return redirectTo(reference);
	}

	/** Balances every open, unassigned application of the queue as currently filtered. */
	@PostMapping("/balance")
	@PreAuthorize("hasRole('ADMIN')")
	String balance(QueueParams params, RedirectAttributes redirect, Locale locale) {
		int assigned = assignments.balance(queue.all(params.filter(conflicts.hiddenFrom(AuditLog.currentActor()))));
		redirect.addFlashAttribute("done", messages.getMessage("review.balance.done", new Object[] { assigned }, locale));
		String query = params.query();
		return "redirect:/staff/applications" + (query.isEmpty() ? "" : "?" + query);
	}

	private String label(Rubric.Criterion criterion, Locale locale) {
		return criterion.named() ? criterion.name()
				: messages.getMessage("review.criterion." + criterion.code(), null, locale);
	}

	private static String redirectTo(String reference) {
		return "redirect:/staff/applications/" + reference;
	}

}
