package eu.balticaigf.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.call.FormVersion;
import eu.balticaigf.portal.shared.web.FieldErrors;

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

/**
 * The applicant's private link: view the application, amend it (form, check the changes,
 * save) and withdraw it until the window closes or a decision is taken. A wrong reference
 * or token is simply "not found", so the link reveals nothing to someone who guesses;
 * that page offers to send a new link.
 */
@Controller
class AccessPages {

	private final Intake intake;

	private final Calls calls;

	private final MessageSource messages;

	private final ApplicationAnswers answers;

	private final Clock clock;

	AccessPages(Intake intake, Calls calls, MessageSource messages, ApplicationAnswers answers, Clock clock) {
		this.intake = intake;
		this.calls = calls;
		this.messages = messages;
		this.answers = answers;
		this.clock = clock;
	}

	private record Found(StoredApplication application, Call call, String base) {

		boolean changeableAt(Instant now) {
			return application.changeableAt(call, now);
		}

	}

	@GetMapping("/applications/{reference}/{token}")
	String view(@PathVariable String reference, @PathVariable String token, @RequestParam(required = false) String done,
			Model model, HttpServletResponse response) {
		return opened(reference, token, model, response, found -> {
			model.addAttribute("app", found.application());
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("sections", answers.sections(found.application().data(), locale));
			model.addAttribute("call", found.call());
			model.addAttribute("base", found.base());
			model.addAttribute("changeable", found.changeableAt(clock.instant()));
			model.addAttribute("versions", answers.history(intake.history(found.application()), locale));
			model.addAttribute("done", "amended".equals(done) || "withdrawn".equals(done) ? done : null);
			return "application/view";
		});
	}

	/**
	 * The form with the answers as submitted, or as changed so far when coming back from
	 * the check page.
	 */
	@GetMapping("/applications/{reference}/{token}/amend")
	String amendForm(@PathVariable String reference, @PathVariable String token,
			@RequestParam(required = false) String draft, Model model, HttpServletResponse response) {
		return changeable(reference, token, model, response, found -> {
			UUID draftId = ApplicationPages.uuid(draft);
			Optional<ApplicationStore.Draft> stored = draftId == null ? Optional.empty()
					: intake.amendment(draftId, found.application());
			ApplicationForm form = stored.map(ApplicationStore.Draft::form)
				.orElseGet(() -> formOf(found.application().data()));
			return showForm(found, stored.isPresent() ? draftId : UUID.randomUUID(), form, List.of(), model);
		});
	}

	/**
	 * Valid answers are kept and shown for checking (post/redirect/get); nothing is saved
	 * to the application yet.
	 */
	@PostMapping("/applications/{reference}/{token}/amend")
	String amend(@PathVariable String reference, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		return changeable(reference, token, model, response, found -> {
			UUID posted = ApplicationPages.uuid(params.getFirst("draftId"));
			UUID draftId = posted == null ? UUID.randomUUID() : posted;
			ApplicationForm form = ApplicationForm.of(params);
			ApplicationValidator.Result result = ApplicationValidator.validate(form, questions(found), filesOf(found));
			if (!result.valid()) {
				return showForm(found, draftId, form, result.errors(), model);
			}
			intake.saveAmendment(draftId, found.application(), form);
			return "redirect:" + found.base() + "/amend/check?draft=" + draftId;
		});
	}

	@GetMapping("/applications/{reference}/{token}/amend/check")
	String checkAmendment(@PathVariable String reference, @PathVariable String token, @RequestParam String draft,
			Model model, HttpServletResponse response) {
		return changeable(reference, token, model, response, found -> {
			UUID draftId = ApplicationPages.uuid(draft);
			ApplicationStore.Draft stored = draftId == null ? null
					: intake.amendment(draftId, found.application()).orElse(null);
			if (stored == null) {
				return "redirect:" + found.base() + "/amend";
			}
			ApplicationValidator.Result result = ApplicationValidator.validate(stored.form(), questions(found),
					filesOf(found));
			if (!result.valid()) {
				return showForm(found, draftId, stored.form(), result.errors(), model);
			}
			List<AnswerChange> changes = found.application().changesTo(result.application());
			model.addAttribute("call", found.call());
			model.addAttribute("app", found.application());
			model.addAttribute("sections", answers.sections(result.application(), LocaleContextHolder.getLocale()));
			model.addAttribute("draftId", draftId);
			model.addAttribute("amending", true);
			model.addAttribute("changes", answers.describe(changes, LocaleContextHolder.getLocale(), questions(found)));
			model.addAttribute("changeUrl", found.base() + "/amend?draft=" + draftId);
			model.addAttribute("submitAction", found.base() + "/amend/confirm");
			model.addAttribute("cancelUrl", found.base());
			return "application/check";
		});
	}

	@PostMapping("/applications/{reference}/{token}/amend/confirm")
	String confirmAmendment(@PathVariable String reference, @PathVariable String token,
			@RequestParam(required = false) String draftId, Model model, HttpServletResponse response) {
		return changeable(reference, token, model, response, found -> {
			UUID id = ApplicationPages.uuid(draftId);
			ApplicationStore.Draft stored = id == null ? null : intake.amendment(id, found.application()).orElse(null);
			if (stored == null) {
				// Already saved (a second click) or never kept: the application's page
				// shows where it stands.
				return "redirect:" + found.base();
			}
			ApplicationValidator.Result result = ApplicationValidator.validate(stored.form(), questions(found),
					filesOf(found));
			if (!result.valid()) {
				return showForm(found, id, stored.form(), result.errors(), model);
			}
			return switch (intake.amend(found.application(), found.call(), result.application(), id)) {
				case DONE -> "redirect:" + found.base() + "?done=amended";
				case UNCHANGED -> "redirect:" + found.base();
				case DUPLICATE -> showForm(found, id, stored.form(),
						List.of(new ApplicationValidator.FieldError("registryCode", "duplicate")), model);
				case SETTLED, CLOSED, CONFLICT -> refused(found, model, response);
			};
		});
	}

	@GetMapping("/applications/{reference}/{token}/withdraw")
	String withdrawConfirm(@PathVariable String reference, @PathVariable String token, Model model,
			HttpServletResponse response) {
		return changeable(reference, token, model, response, found -> {
			model.addAttribute("app", found.application());
			model.addAttribute("call", found.call());
			model.addAttribute("base", found.base());
			return "application/withdraw";
		});
	}

	@PostMapping("/applications/{reference}/{token}/withdraw")
	String withdraw(@PathVariable String reference, @PathVariable String token,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		return opened(reference, token, model, response, found -> {
			if (reason != null && reason.strip().length() > Intake.WITHDRAW_REASON_MAX) {
				model.addAttribute("reason", reason);
				model.addAttribute("errors",
						FieldErrors.none()
							.add("reason", messages.getMessage("application.withdraw.reason.tooLong", null,
									LocaleContextHolder.getLocale())));
				return withdrawConfirm(reference, token, model, response);
			}
			return switch (intake.withdraw(found.application(), found.call(), reason)) {
				case DONE -> "redirect:" + found.base() + "?done=withdrawn";
				default -> refused(found, model, response);
			};
		});
	}

	/**
	 * The page for a private link: {@code page} for the application it opens, or, when it
	 * opens none, a page that says so (404) and offers to send a new link.
	 */
	private String opened(String reference, String token, Model model, HttpServletResponse response,
			Function<Found, String> page) {
		Optional<Found> found = find(reference, token);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("reference", References.looksLikeOne(reference) ? reference : null);
			return "application/link-not-found";
		}
		return page.apply(found.get());
	}

	/**
	 * The same for a change: refused with the reason unless the application can still be
	 * changed.
	 */
	private String changeable(String reference, String token, Model model, HttpServletResponse response,
			Function<Found, String> page) {
		return opened(reference, token, model, response,
				found -> found.changeableAt(clock.instant()) ? page.apply(found) : refused(found, model, response));
	}

	/**
	 * Why nothing can be changed (decided, withdrawn, or the window closed), with when it
	 * happened.
	 */
	private String refused(Found found, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("app", found.application());
		model.addAttribute("call", found.call());
		model.addAttribute("base", found.base());
		return "application/refused";
	}

	private String showForm(Found found, UUID draftId, ApplicationForm form,
			List<ApplicationValidator.FieldError> errors, Model model) {
		model.addAttribute("call", found.call());
		model.addAttribute("app", found.application());
		model.addAttribute("draftId", draftId);
		model.addAttribute("action", found.base() + "/amend");
		model.addAttribute("cancelUrl", found.base());
		model.addAttribute("amending", true);
		// The tab says what the heading says (with "Error:" first when answers come
		// back).
		model.addAttribute("heading", messages.getMessage("application.amend.title",
				new Object[] { found.application().reference() }, LocaleContextHolder.getLocale()));
		FormModel.add(model, form, errors, messages, questions(found), filesOf(found), false);
		return "application/form";
	}

	/**
	 * The files the application was submitted with: an amendment keeps them (a file
	 * question is not answered again through the private link).
	 */
	private static Map<String, Map<String, Object>> filesOf(Found found) {
		Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
		found.application().data().answers().forEach((key, answer) -> {
			if (answer instanceof Map<?, ?> file) {
				Map<String, Object> copy = new LinkedHashMap<>();
				file.forEach((name, value) -> copy.put(String.valueOf(name), value));
				kept.put(key, copy);
			}
		});
		return kept;
	}

	/** An amendment answers the version of the form the application answered. */
	private FormVersion questions(Found found) {
		return answers.form(found.call().id(), found.application().data().formVersion());
	}

	private Optional<Found> find(String reference, String token) {
		return intake.byLink(reference, token)
			.flatMap(application -> calls.all()
				.stream()
				.filter(candidate -> candidate.id() == application.callId())
				.findFirst()
				.map(call -> new Found(application, call, "/applications/" + reference + "/" + token)));
	}

	/**
	 * The stored application as the form shows it, so that an amendment starts from what
	 * was submitted.
	 */
	static ApplicationForm formOf(ValidApplication a) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		put(values, "organisationName", a.organisationName());
		put(values, "country", a.country());
		put(values, "registryCode", a.registryCode());
		put(values, "vatNumber", a.vatNumber());
		put(values, "pic", a.pic());
		put(values, "website", a.website());
		put(values, "category", a.category());
		put(values, "organisationSize", a.organisationSize());
		put(values, "contactName", a.contactName());
		put(values, "contactEmail", a.contactEmail());
		put(values, "contactPhone", a.contactPhone());
		values.put(ApplicationForm.CONTRIBUTION_AREAS, new ArrayList<>(a.contributionAreas()));
		put(values, "investmentIntentEur", a.investmentIntentEur() == null ? null : a.investmentIntentEur().toString());
		put(values, "computeDemandGpuHours",
				a.computeDemandGpuHours() == null ? null : a.computeDemandGpuHours().toString());
		put(values, "description", a.description());
		put(values, "consentPrivacy", "true");
		put(values, "consentDirectory", a.consentDirectory() ? "true" : null);
		// Files are not form values: the amendment keeps them as they are.
		a.answers()
			.entrySet()
			.stream()
			.filter(entry -> !(entry.getValue() instanceof Map))
			.forEach(entry -> values.put(QuestionAnswers.PREFIX + entry.getKey(),
					entry.getValue() instanceof List<?> many ? many.stream().map(String::valueOf).toList()
							: List.of(entry.getValue() instanceof java.math.BigDecimal number ? number.toPlainString()
									: String.valueOf(entry.getValue()))));
		return ApplicationForm.of(values);
	}

	private static void put(Map<String, List<String>> values, String field, String value) {
		if (value != null) {
			values.put(field, List.of(value));
		}
	}

}
