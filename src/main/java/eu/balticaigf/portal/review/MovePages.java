package eu.balticaigf.portal.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.shared.web.FieldErrors;

/**
 * The moves on an application's page: the review's stages, decisions, information
 * requests and reopening a decision. Whatever e-mails the applicant is shown first and
 * sent on confirmation (a decision through the decision preview, a question and a
 * reopening through a page of their own); a refused move shows the page again with the
 * chosen move and what was typed, and the message next to the field.
 */
@Controller
@RequestMapping("/staff/applications/{reference}")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
class MovePages {

	/**
	 * The move form's choices: the action a radio button posts and the transition it
	 * names.
	 */
	static final Map<String, Transition> MOVES = Map.of("startEligibilityCheck", Transition.START_ELIGIBILITY_CHECK,
			"startReview", Transition.START_REVIEW, "requestInformation", Transition.REQUEST_INFORMATION,
			"resumeReview", Transition.RESUME_REVIEW, "ACCEPTED", Transition.ACCEPT, "DECLINED", Transition.DECLINE);

	static final String CONFIRM_VIEW = "review/confirm";

	/**
	 * A radio button of the move form: its id, the action it posts and its label's key.
	 */
	record MoveChoice(String id, String value, String label) {
	}

	private static final MoveChoice ACCEPT = new MoveChoice("action-accept", "ACCEPTED", "review.action.accept");

	private static final MoveChoice DECLINE = new MoveChoice("action-decline", "DECLINED", "review.action.decline");

	/**
	 * The moves offered from a stage: its next step, if it has one, then the decisions.
	 */
	static List<MoveChoice> choices(ApplicationStatus stage) {
		MoveChoice next = switch (stage) {
			case SUBMITTED ->
				new MoveChoice("action-eligibility", "startEligibilityCheck", "review.action.startEligibilityCheck");
			case ELIGIBILITY_CHECK -> new MoveChoice("action-review", "startReview", "review.action.startReview");
			case UNDER_REVIEW ->
				new MoveChoice("action-info", "requestInformation", "review.action.requestInformation");
			case INFO_REQUESTED -> new MoveChoice("action-resume", "resumeReview", "review.action.resumeReview");
			default -> null;
		};
		return next == null ? List.of(ACCEPT, DECLINE) : List.of(next, ACCEPT, DECLINE);
	}

	/**
	 * What the confirmation page shows and posts: its wording's keys, the e-mail and the
	 * fields to send again.
	 */
	record Confirmation(String titleKey, String leadKey, String buttonKey, String action, Map<String, String> fields,
			Decisions.Preview email) {
	}

	private final DetailPage detail;

	private final ReviewWorkflow workflow;

	private final Decisions decisions;

	private final ReviewEmails emails;

	private final Outbox outbox;

	private final ApplicationCalls calls;

	private final MessageSource messages;

	private final Clock clock;

	MovePages(DetailPage detail, ReviewWorkflow workflow, Decisions decisions, ReviewEmails emails, Outbox outbox,
			ApplicationCalls calls, MessageSource messages, Clock clock) {
		this.detail = detail;
		this.workflow = workflow;
		this.decisions = decisions;
		this.emails = emails;
		this.outbox = outbox;
		this.calls = calls;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/move")
	String move(@PathVariable String reference, @ModelAttribute("move") DetailPage.MoveForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
			Locale locale) {
		StoredApplication application = detail.find(reference);
		Transition transition = MOVES.get(form.action() == null ? "" : form.action());
		if (transition == null) {
			errors.rejectValue("action", "review.move.noAction");
			return refused(application, errors, model);
		}
		// Only decisions and questions reach the applicant: a message typed for another
		// move goes nowhere.
		boolean tellsApplicant = transition.decides() || transition == Transition.REQUEST_INFORMATION;
		String message = tellsApplicant ? form.message() : null;
		if (!application.status().allows(transition)) {
			return refusedMove(reference, IllegalMove.from(reference, application.status(), transition), redirect,
					locale);
		}
		Review.problems(transition, form.reason(), message).forEach(problem -> problem.rejectIn(errors));
		Instant answerBy = null;
		if (transition == Transition.REQUEST_INFORMATION) {
			try {
				answerBy = Review.answerBy(form.answerBy(), today(application), calls.zoneOf(application));
			}
			catch (IllegalMove problem) {
				problem.rejectIn(errors);
			}
		}
		if (errors.hasErrors()) {
			return refused(application, errors, model);
		}
		if (transition.decides()) {
			model.addAttribute("single", reference);
			return ReviewPages.preview(decisions.propose(
					new Decisions.Choice(List.of(reference), form.action(), form.reason(), message), locale), model);
		}
		if (transition == Transition.REQUEST_INFORMATION && !confirmed) {
			// The link is made when the question is sent (only its hash is kept); the
			// preview shows where it goes.
			Email question = emails.question(application, message, answerBy, "/applications/" + reference + "/…");
			return confirmation(application, "question", "/staff/applications/" + reference + "/move", Map.of("action",
					form.action(), "reason", form.reason(), "message", message, "answerBy", form.answerBy().strip()),
					question, model);
		}
		try {
			switch (transition) {
				case START_ELIGIBILITY_CHECK -> workflow.startEligibilityCheck(reference, form.reason());
				case START_REVIEW -> workflow.startReview(reference, form.reason());
				case RESUME_REVIEW -> workflow.resumeReview(reference, form.reason());
				case REQUEST_INFORMATION -> workflow.requestInformation(reference, form.reason(), message, answerBy);
				default -> throw new IllegalStateException(transition.name());
			}
		}
		catch (IllegalMove refusal) {
			return refusedMove(reference, refusal, redirect, locale);
		}
		done(redirect, transition == Transition.REQUEST_INFORMATION ? "review.question.sent" : "review.moved", locale);
		return DetailPage.Section.MOVE.redirect(reference);
	}

	/**
	 * Takes a decision back: the application is under review again. The applicant's
	 * e-mail saying so is shown first; the confirmation sends it.
	 */
	@PostMapping("/reopen")
	String reopen(@PathVariable String reference, @ModelAttribute("move") DetailPage.MoveForm form,
			BindingResult errors, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect, Locale locale) {
		StoredApplication application = detail.find(reference);
		String reason = form.reason();
		String message = form.message();
		if (!application.status().allows(Transition.REOPEN)) {
			// Reopened a moment ago (a double click, a colleague) or never decided: said
			// as such.
			return refusedMove(reference, new IllegalMove("review.reopen.notDecided", reference, application.status()),
					redirect, locale);
		}
		Review.problems(Transition.REOPEN, reason, message).forEach(problem -> problem.rejectIn(errors));
		if (errors.hasErrors()) {
			return refused(application, errors, model);
		}
		if (!confirmed) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("reason", reason);
			fields.put("message", message == null ? "" : message);
			return confirmation(application, "reopen", "/staff/applications/" + reference + "/reopen", fields,
					emails.reopened(application, message), model);
		}
		try {
			workflow.reopen(reference, reason, message);
		}
		catch (IllegalMove refusal) {
			return refusedMove(reference, refusal, redirect, locale);
		}
		done(redirect, "review.reopened", locale);
		return DetailPage.Section.MOVE.redirect(reference);
	}

	/**
	 * The page again, with the move chosen and what was typed, and each problem next to
	 * its field.
	 */
	private String refused(StoredApplication application, Errors errors, Model model) {
		return detail.show(application, model, FieldErrors.of(errors));
	}

	/**
	 * A move the application's status no longer allows (a stale page, a colleague first):
	 * said in its section.
	 */
	private String refusedMove(String reference, IllegalMove refusal, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("refusal", refusal.message(messages, locale));
		redirect.addFlashAttribute("section", DetailPage.Section.MOVE.anchor);
		return DetailPage.Section.MOVE.redirect(reference);
	}

	private void done(RedirectAttributes redirect, String key, Locale locale) {
		redirect.addFlashAttribute("done", messages.getMessage(key, null, locale));
		redirect.addFlashAttribute("section", DetailPage.Section.MOVE.anchor);
	}

	private String confirmation(StoredApplication application, String kind, String action, Map<String, String> fields,
			Email email, Model model) {
		Map<String, String> posted = new LinkedHashMap<>(fields);
		posted.put("confirmed", "true");
		Outbox.Preview mail = outbox.preview(email);
		model.addAttribute("app", application);
		model.addAttribute("confirm",
				new Confirmation("review.confirm." + kind + ".title", "review.confirm." + kind + ".lead",
						"review.confirm." + kind + ".submit", action, posted,
						new Decisions.Preview(application.reference(), application.data().organisationName(),
								application.data().contactEmail(), application.language(), mail.subject(), mail.text(),
								null, false)));
		return CONFIRM_VIEW;
	}

	private LocalDate today(StoredApplication application) {
		ZoneId zone = calls.zoneOf(application);
		return LocalDate.now(clock.withZone(zone));
	}

}
