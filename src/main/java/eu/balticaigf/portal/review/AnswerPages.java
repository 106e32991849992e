package eu.balticaigf.portal.review;

import java.time.Clock;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.shared.web.FieldErrors;

/**
 * The applicant answers staff's question, through a private link of the application
 * module (the one in the question e-mail or any earlier one): a wrong reference or token
 * is "not found". The answer moves the application back to review; a second submission
 * finds no open question and changes nothing. After the answer-by date an answer is still
 * taken: the page says it is late, and staff see when it came (a late answer is better
 * than none).
 */
@Controller
@RequestMapping("/applications/{reference}/{token}/answer")
class AnswerPages {

	private final Applications applications;

	private final ReviewWorkflow workflow;

	private final ApplicationCalls calls;

	private final Clock clock;

	AnswerPages(Applications applications, ReviewWorkflow workflow, ApplicationCalls calls, Clock clock) {
		this.applications = applications;
		this.workflow = workflow;
		this.calls = calls;
		this.clock = clock;
	}

	/** The answer form: the applicant's answer, as typed. */
	record AnswerForm(String answer) {
	}

	@GetMapping
	String show(@PathVariable String reference, @PathVariable String token, @RequestParam(required = false) String done,
			Model model) {
		StoredApplication application = find(reference, token);
		model.addAttribute("answered", "answered".equals(done));
		return page(application, reference, token, model);
	}

	@PostMapping
	String answer(@PathVariable String reference, @PathVariable String token,
			@ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model) {
		StoredApplication application = find(reference, token);
		if (workflow.openQuestion(application).isEmpty()) {
			return "redirect:" + base(reference, token);
		}
		String answer = form.answer();
		String problem = answer == null || answer.isBlank() ? "review.answer.required"
				: answer.strip().length() > Review.REASON_MAX ? "review.answer.tooLong" : null;
		if (problem != null) {
			errors.rejectValue("answer", problem, new Object[] { Review.REASON_MAX }, null);
			model.addAttribute("errors", FieldErrors.of(errors));
			return page(application, reference, token, model);
		}
		try {
			workflow.answerInformation(reference, answer);
		}
		catch (IllegalMove alreadyAnswered) {
			// A double click or a second tab: the first answer moved the application on;
			// this one changes nothing.
			return "redirect:" + base(reference, token);
		}
		return "redirect:" + base(reference, token) + "?done=answered";
	}

	private String page(StoredApplication application, String reference, String token, Model model) {
		Optional<ReviewWorkflow.OpenQuestion> question = workflow.openQuestion(application);
		model.addAttribute("app", application);
		model.addAttribute("question", question.map(ReviewWorkflow.OpenQuestion::text).orElse(null));
		model.addAttribute("answerBy", question.map(ReviewWorkflow.OpenQuestion::answerBy).orElse(null));
		model.addAttribute("late", question.map(open -> open.lateAt(clock.instant())).orElse(false));
		model.addAttribute("zone", calls.zoneOf(application));
		model.addAttribute("action", base(reference, token));
		model.addAttribute("viewLink", "/applications/" + reference + "/" + token);
		return "review/answer";
	}

	private StoredApplication find(String reference, String token) {
		return applications.byPrivateLink(reference, token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String base(String reference, String token) {
		return "/applications/" + reference + "/" + token + "/answer";
	}

}
