package eu.balticaigf.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application journey on a call: the form, the check-answers page, submission and the
 * confirmation, plus "save and come back later". Between the steps the form lives in a
 * database draft whose random id travels in a hidden field, so any node can serve any
 * step and nothing is held in a session.
 */
@Controller
class ApplicationPages {

	/** The box on the form asking for a reminder before the deadline (with "save"). */
	static final String REMIND = "remindBeforeDeadline";

	/** The hidden field with the link a form was resumed with. */
	static final String RESUME_TOKEN = "resumeToken";

	private final Calls calls;

	private final Intake intake;

	private final BotGuard bots;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationAnswers answers;

	private final QuestionUploads uploads;

	private final ApplicationFiles files;

	private final DraftReminders reminders;

	ApplicationPages(Calls calls, Intake intake, BotGuard bots, MessageSource messages, Clock clock,
			ApplicationAnswers answers, QuestionUploads uploads, ApplicationFiles files, DraftReminders reminders) {
		this.reminders = reminders;
		this.answers = answers;
		this.uploads = uploads;
		this.files = files;
		this.calls = calls;
		this.intake = intake;
		this.bots = bots;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calls/{slug}/apply")
	String form(@PathVariable String slug, @RequestParam(required = false) String draft, Model model,
			HttpServletResponse response) {
		Call call = call(slug);
		if (!call.isOpenAt(clock.instant())) {
			return closed(call, false, model, response);
		}
		UUID draftId = uuid(draft);
		Optional<ApplicationStore.Draft> stored = draftId == null ? Optional.empty() : intake.draft(draftId, call);
		if (draftId != null && stored.isEmpty() && intake.byDraft(draftId).isPresent()) {
			return "redirect:/calls/" + slug + "/apply/confirmation?draft=" + draftId;
		}
		ApplicationForm form = stored.map(ApplicationStore.Draft::form).orElse(ApplicationForm.empty());
		return showForm(call, stored.isPresent() ? draftId : UUID.randomUUID(), form,
				stored.map(ApplicationStore.Draft::remind).orElse(false), List.of(), model);
	}

	@GetMapping("/calls/{slug}/apply/resume/{token}")
	String resume(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
		Call call = call(slug);
		if (!call.isOpenAt(clock.instant())) {
			return closed(call, false, model, response);
		}
		ApplicationStore.Draft draft = intake.draftByResumeToken(token, call).orElse(null);
		if (draft == null) {
			// Most often a link replaced by a newer one (each save sends one): say so.
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("call", call);
			return "application/draft-link-gone";
		}
		model.addAttribute("resumed", true);
		model.addAttribute("resumeToken", token);
		return showForm(call, draft.id(), draft.form(), draft.remind(), List.of(), model);
	}

	@PostMapping("/calls/{slug}/apply")
	String post(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Call call = call(slug);
		if (!call.isOpenAt(clock.instant())) {
			return closed(call, true, model, response);
		}
		UUID draftId = uuid(params.getFirst("draftId"));
		if (draftId == null) {
			draftId = UUID.randomUUID();
		}
		boolean known = intake.draft(draftId, call).isPresent();
		BotGuard.Verdict verdict = bots.judge(draftId, params.getFirst("servedAt"), params.getFirst("formSignature"),
				params.getFirst(BotGuard.HONEYPOT), known);
		ApplicationForm form = ApplicationForm.of(params);
		boolean remind = "true".equals(params.getFirst(REMIND));
		// The link the form was resumed with, kept by the form page it serves (never in a
		// URL).
		String linkInUse = params.getFirst(RESUME_TOKEN);
		model.addAttribute(RESUME_TOKEN, linkInUse);
		if (verdict == BotGuard.Verdict.HONEYPOT) {
			// Only a bot fills in a field nobody sees: answered like a success so that it
			// learns nothing; nothing is stored.
			model.addAttribute("call", call);
			model.addAttribute("reference", References.next());
			return "application/confirmation";
		}
		if (verdict != BotGuard.Verdict.HUMAN) {
			// Too fast, or a stamp that does not check out: a person can get here too
			// (autofill, a tab left open across a
			// restart), so they get their answers back and continue again; nothing is
			// stored, and the form's new stamp
			// starts the clock again.
			model.addAttribute("stampRefused", true);
			return showForm(call, draftId, form, remind, List.of(), model);
		}
		if ("save".equals(params.getFirst("action"))) {
			String email = ApplicationValidator.email(form.value("contactEmail"));
			if (email == null || form.all("contactEmail").size() > 1) {
				return showForm(call, draftId, form, remind,
						List.of(new ApplicationValidator.FieldError("contactEmail", "save")), model);
			}
			// Too late for a reminder: the form no longer offers one, and a box ticked on
			// a
			// page served earlier asks for nothing.
			Instant remindAt = remind ? reminders.remindAt(call).orElse(null) : null;
			intake.saveForLater(draftId, call, form, email, Locale.forLanguageTag(Languages.of(locale)),
					remindAt != null, linkInUse);
			// Post/redirect/get: a reload shows the page again and sends nothing.
			return "redirect:/calls/" + slug + "/apply/saved?draft=" + draftId;
		}
		intake.saveDraft(draftId, call, form, Locale.forLanguageTag(Languages.of(locale)));
		List<ApplicationValidator.FieldError> refused = uploads.receive(draftId, calls.form(call), request);
		ApplicationValidator.Result result = validate(form, call, draftId);
		if (!result.valid() || !refused.isEmpty()) {
			List<ApplicationValidator.FieldError> errors = new java.util.ArrayList<>(refused);
			result.errors()
				.stream()
				.filter(error -> refused.stream().noneMatch(file -> file.field().equals(error.field())))
				.forEach(errors::add);
			return showForm(call, draftId, form, remind, ApplicationValidator.sorted(errors), model);
		}
		// Post/redirect/get: the check page is a page of its own, so Back and refresh
		// never post the form again.
		return "redirect:/calls/" + slug + "/apply/check?draft=" + draftId;
	}

	/**
	 * "Your application has been saved", reached by a redirect from Save (and again with
	 * reload or another language). The draft id is the reference the check page uses too;
	 * the link itself is only ever in the e-mail.
	 */
	@GetMapping("/calls/{slug}/apply/saved")
	String saved(@PathVariable String slug, @RequestParam(required = false) String draft, Model model,
			HttpServletResponse response) {
		Call call = call(slug);
		UUID draftId = uuid(draft);
		String elsewhere = submittedOrClosed(call, draftId, model, response);
		if (elsewhere != null) {
			return elsewhere;
		}
		ApplicationStore.Draft stored = draftId == null ? null
				: intake.draft(draftId, call).filter(ApplicationStore.Draft::saved).orElse(null);
		if (stored == null) {
			return "redirect:/calls/" + slug + "/apply";
		}
		model.addAttribute("call", call);
		model.addAttribute("email", ApplicationValidator.email(stored.form().value("contactEmail")));
		model.addAttribute("reminderAt", stored.remind() ? reminders.remindAt(call).orElse(null) : null);
		return "application/saved";
	}

	/**
	 * The check-answers page, reached by a redirect from the form (and again with Back or
	 * refresh).
	 */
	@GetMapping("/calls/{slug}/apply/check")
	String check(@PathVariable String slug, @RequestParam String draft, Model model, HttpServletResponse response) {
		Call call = call(slug);
		UUID draftId = uuid(draft);
		String elsewhere = submittedOrClosed(call, draftId, model, response);
		if (elsewhere != null) {
			return elsewhere;
		}
		ApplicationStore.Draft stored = draftId == null ? null : intake.draft(draftId, call).orElse(null);
		if (stored == null) {
			return "redirect:/calls/" + slug + "/apply";
		}
		ApplicationValidator.Result result = validate(stored.form(), call, draftId);
		if (!result.valid()) {
			return showForm(call, draftId, stored.form(), stored.remind(), result.errors(), model);
		}
		return showCheck(call, draftId, result.application(), model);
	}

	@PostMapping("/calls/{slug}/apply/submit")
	String submit(@PathVariable String slug, @RequestParam(required = false) List<String> draftId, Locale locale,
			Model model, HttpServletResponse response) {
		Call call = call(slug);
		UUID id = draftId == null || draftId.size() != 1 ? null : uuid(draftId.get(0));
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (intake.byDraft(id).isPresent()) {
			return "redirect:/calls/" + slug + "/apply/confirmation?draft=" + id;
		}
		// The server's clock at receipt decides, whenever the page was loaded.
		if (!call.isOpenAt(clock.instant())) {
			return closed(call, true, model, response);
		}
		ApplicationStore.Draft draft = intake.draft(id, call).orElse(null);
		if (draft == null) {
			// Gone since the check above: a concurrent submit of the same draft has just
			// turned it into an application.
			boolean submitted = intake.byDraft(id).isPresent();
			return "redirect:/calls/" + slug + "/apply" + (submitted ? "/confirmation?draft=" + id : "");
		}
		ApplicationValidator.Result result = validate(draft.form(), call, id);
		if (!result.valid()) {
			return showForm(call, id, draft.form(), draft.remind(), result.errors(), model);
		}
		Intake.Submission submission = intake.submit(id, call, result.application(),
				Locale.forLanguageTag(Languages.of(locale)));
		if (submission instanceof Intake.Duplicate) {
			return showForm(call, id, draft.form(), draft.remind(),
					List.of(new ApplicationValidator.FieldError("registryCode", "duplicate")), model);
		}
		return "redirect:/calls/" + slug + "/apply/confirmation?draft=" + id;
	}

	@GetMapping("/calls/{slug}/apply/confirmation")
	String confirmation(@PathVariable String slug, @RequestParam String draft, Model model) {
		Call call = call(slug);
		UUID id = uuid(draft);
		StoredApplication application = (id == null ? Optional.<StoredApplication>empty() : intake.byDraft(id))
			.filter(found -> found.callId() == call.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("call", call);
		model.addAttribute("reference", application.reference());
		model.addAttribute("email", application.data().contactEmail());
		return "application/confirmation";
	}

	private String showForm(Call call, UUID draftId, ApplicationForm form, boolean remind,
			List<ApplicationValidator.FieldError> errors, Model model) {
		BotGuard.Stamp stamp = bots.stamp(draftId);
		model.addAttribute("reminderAt", reminders.remindAt(call).orElse(null));
		model.addAttribute("remind", remind);
		model.addAttribute("call", call);
		model.addAttribute("draftId", draftId);
		model.addAttribute("servedAt", stamp.servedAt());
		model.addAttribute("formSignature", stamp.signature());
		model.addAttribute("honeypot", BotGuard.HONEYPOT);
		model.addAttribute("action", "/calls/" + call.slug() + "/apply");
		model.addAttribute("amending", false);
		model.addAttribute("heading",
				messages.getMessage("application.form.title", null, LocaleContextHolder.getLocale()));
		FormModel.add(model, form, errors, messages, calls.form(call), files.ofDraft(draftId), true);
		return "application/form";
	}

	/** The form and the files kept with its draft, against the call's current form. */
	private ApplicationValidator.Result validate(ApplicationForm form, Call call, UUID draftId) {
		return ApplicationValidator.validate(form, calls.form(call), files.ofDraft(draftId));
	}

	private String showCheck(Call call, UUID draftId, ValidApplication application, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("draftId", draftId);
		model.addAttribute("sections", answers.sections(application, LocaleContextHolder.getLocale()));
		model.addAttribute("amending", false);
		model.addAttribute("changeUrl", "/calls/" + call.slug() + "/apply?draft=" + draftId);
		model.addAttribute("submitAction", "/calls/" + call.slug() + "/apply/submit");
		return "application/check";
	}

	/**
	 * Where a page about a draft goes instead: the confirmation once the draft was
	 * submitted, the closed page once the call has closed; null to go on.
	 */
	private String submittedOrClosed(Call call, UUID draftId, Model model, HttpServletResponse response) {
		if (draftId != null && intake.byDraft(draftId).isPresent()) {
			return "redirect:/calls/" + call.slug() + "/apply/confirmation?draft=" + draftId;
		}
		return call.isOpenAt(clock.instant()) ? null : closed(call, false, model, response);
	}

	private String closed(Call call, boolean late, Model model, HttpServletResponse response) {
		if (late) {
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("call", call);
		model.addAttribute("now", clock.instant());
		model.addAttribute("late", late);
		return "application/closed";
	}

	private Call call(String slug) {
		return calls.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static UUID uuid(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The language an applicant uses, one of the portal's five. */
	static final class Languages {

		private Languages() {
		}

		static String of(Locale locale) {
			return eu.balticaigf.portal.shared.web.Languages.supported(locale).getLanguage();
		}

	}

}
