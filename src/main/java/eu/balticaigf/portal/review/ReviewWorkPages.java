package eu.balticaigf.portal.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.staff.StaffDirectory;

/**
 * The forms on the detail page besides moves: a reviewer's scores and internal notes
 * (reviewers and admins), and assignment of reviewers (admins only, by hand or balanced
 * by load across the filtered queue).
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

	private final Calls calls;

	private final StaffDirectory directory;

	private final MessageSource messages;

	ReviewWorkPages(DetailPage detail, Scoring scoring, Notes notes, Assignments assignments, ReviewQueue queue,
			Conflicts conflicts, Calls calls, StaffDirectory directory, MessageSource messages) {
		this.detail = detail;
		this.scoring = scoring;
		this.notes = notes;
		this.assignments = assignments;
		this.queue = queue;
		this.conflicts = conflicts;
		this.calls = calls;
		this.directory = directory;
		this.messages = messages;
	}

	/** The note form: an internal note, as typed. */
	record NoteForm(String note) {
	}

	/** The assignment forms: the reviewer's address. */
	record AssignmentForm(String reviewer) {
	}

	/**
	 * A reviewer's scores, one field per criterion of the call's rubric
	 * ({@link Scoring#field}), so they are read by name rather than bound to a record.
	 */
	@PostMapping("/{reference}/scores")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String score(@PathVariable String reference, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		StoredApplication application = detail.find(reference);
		try {
			List<Rubric.Criterion> invalid = scoring.score(application, form);
			if (!invalid.isEmpty()) {
				Errors errors = new MapBindingResult(form, "scores");
				invalid.forEach(criterion -> errors.rejectValue(Scoring.field(criterion.code()),
						"review.score.required", new Object[] { ReviewText.criterionName(criterion) }, null));
				return detail.show(application, form, FieldErrors.of(errors), model);
			}
			done(redirect, "review.score.saved", null, DetailPage.Section.SCORES, locale);
		}
		catch (IllegalMove refusal) {
			refused(redirect, refusal.message(messages, locale), DetailPage.Section.SCORES);
		}
		return DetailPage.Section.SCORES.redirect(reference);
	}

	@PostMapping("/{reference}/notes")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String note(@PathVariable String reference, @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		StoredApplication application = detail.find(reference);
		String problem = Notes.problem(form.note());
		if (problem != null) {
			errors.rejectValue("note", problem, new Object[] { Notes.MAX_LENGTH }, null);
			return detail.show(application, model, FieldErrors.of(errors));
		}
		notes.add(application, form.note());
		done(redirect, "review.note.saved", null, DetailPage.Section.NOTES, locale);
		return DetailPage.Section.NOTES.redirect(reference);
	}

	@PostMapping("/{reference}/assignments")
	@PreAuthorize("hasRole('ADMIN')")
	String assign(@PathVariable String reference, AssignmentForm form, RedirectAttributes redirect, Locale locale) {
		String reviewer = form.reviewer() == null ? null : form.reviewer().strip();
		if (reviewer != null && assignments.assign(detail.find(reference), reviewer)) {
			done(redirect, "review.assign.done", name(reviewer), DetailPage.Section.REVIEWERS, locale);
		}
		else {
			refused(redirect, messages.getMessage("review.assign.ineligible", null, locale),
					DetailPage.Section.REVIEWERS);
		}
		return DetailPage.Section.REVIEWERS.redirect(reference);
	}

	@PostMapping("/{reference}/assignments/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String unassign(@PathVariable String reference, AssignmentForm form, RedirectAttributes redirect, Locale locale) {
		if (form.reviewer() == null) {
			// Only a hand-made post gets here: the page's form always names the reviewer.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		assignments.unassign(detail.find(reference), form.reviewer());
		done(redirect, "review.unassign.done", name(form.reviewer()), DetailPage.Section.REVIEWERS, locale);
		return DetailPage.Section.REVIEWERS.redirect(reference);
	}

	/** Balances every open, unassigned application of the queue as currently filtered. */
	@PostMapping("/balance")
	@PreAuthorize("hasRole('ADMIN')")
	String balance(QueueParams asked, RedirectAttributes redirect, Locale locale) {
		QueueParams params = asked.checked(calls, locale).params();
		int assigned = assignments.balance(queue.all(params.filter(conflicts.hiddenFrom(AuditLog.currentActor()))));
		redirect.addFlashAttribute("done",
				messages.getMessage("review.balance.done", new Object[] { assigned }, locale));
		String query = params.query();
		return "redirect:/staff/applications" + (query.isEmpty() ? "" : "?" + query);
	}

	/**
	 * A member of staff as messages name them: by name, or by address where they have
	 * none.
	 */
	private String name(String email) {
		return directory.displayNames(List.of(email)).getOrDefault(email, email);
	}

	/** The success message, shown in the part of the page the save returns to. */
	private void done(RedirectAttributes redirect, String key, String argument, DetailPage.Section section,
			Locale locale) {
		redirect.addFlashAttribute("done", messages.getMessage(key, new Object[] { argument }, locale));
		redirect.addFlashAttribute("section", section.anchor);
	}

	private static void refused(RedirectAttributes redirect, String refusal, DetailPage.Section section) {
		redirect.addFlashAttribute("refusal", refusal);
		redirect.addFlashAttribute("section", section.anchor);
	}

}
