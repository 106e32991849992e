package eu.balticaigf.portal.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;

import org.springframework.context.MessageSource;
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
 * The applicant's private link: view the application, amend it and withdraw it until the window closes. A wrong
 * reference or token is simply "not found", so the link reveals nothing to someone who guesses.
 */
@Controller
class AccessPages {

	private final Intake intake;

	private final Calls calls;

	private final MessageSource messages;

	private final Clock clock;

	AccessPages(Intake intake, Calls calls, MessageSource messages, Clock clock) {
		this.intake = intake;
		this.calls = calls;
		this.messages = messages;
		this.clock = clock;
	}

	private record Found(StoredApplication application, Call call) {
	}

	@GetMapping("/applications/{reference}/{token}")
	String view(@PathVariable String reference, @PathVariable String token,
			@RequestParam(required = false) String done, Model model) {
		Found found = find(reference, token);
		model.addAttribute("app", found.application());
		model.addAttribute("a", found.application().data());
		FormModel.addCountryNames(model);
		model.addAttribute("call", found.call());
		model.addAttribute("base", base(reference, token));
		model.addAttribute("changeable", found.application().changeableAt(found.call(), clock.instant()));
		model.addAttribute("history", intake.history(found.application()));
		model.addAttribute("done", "amended".equals(done) || "withdrawn".equals(done) ? done : null);
		return "application/view";
	}

	@GetMapping("/applications/{reference}/{token}/amend")
	String amendForm(@PathVariable String reference, @PathVariable String token, Model model,
			HttpServletResponse response) {
		Found found = find(reference, token);
		if (!found.application().changeableAt(found.call(), clock.instant())) {
			return refused(found, reference, token, model, response);
		}
		return showForm(found, reference, token, formOf(found.application().data()), List.of(), model);
	}

	@PostMapping("/applications/{reference}/{token}/amend")
	String amend(@PathVariable String reference, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Found found = find(reference, token);
		if (!found.application().changeableAt(found.call(), clock.instant())) {
			return refused(found, reference, token, model, response);
		}
		ApplicationForm form = ApplicationForm.of(params);
		ApplicationValidator.Result result = ApplicationValidator.validate(form);
		if (!result.valid()) {
			return showForm(found, reference, token, form, result.errors(), model);
		}
		return switch (intake.amend(found.application(), found.call(), result.application())) {
			case DONE -> "redirect:" + base(reference, token) + "?done=amended";
			case DUPLICATE -> showForm(found, reference, token, form,
					List.of(new ApplicationValidator.FieldError("registryCode", "duplicate")), model);
			case SETTLED, CLOSED, CONFLICT -> refused(found, reference, token, model, response);
		};
	}

	@GetMapping("/applications/{reference}/{token}/withdraw")
	String withdrawConfirm(@PathVariable String reference, @PathVariable String token, Model model,
			HttpServletResponse response) {
		Found found = find(reference, token);
		if (!found.application().changeableAt(found.call(), clock.instant())) {
			return refused(found, reference, token, model, response);
		}
		model.addAttribute("app", found.application());
		model.addAttribute("call", found.call());
		model.addAttribute("base", base(reference, token));
		return "application/withdraw";
	}

	@PostMapping("/applications/{reference}/{token}/withdraw")
	String withdraw(@PathVariable String reference, @PathVariable String token,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		Found found = find(reference, token);
		if (reason != null && reason.strip().length() > Intake.WITHDRAW_REASON_MAX) {
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError", true);
			return withdrawConfirm(reference, token, model, response);
		}
		return switch (intake.withdraw(found.application(), found.call(), reason)) {
			case DONE -> "redirect:" + base(reference, token) + "?done=withdrawn";
			default -> refused(found, reference, token, model, response);
		};
	}

	private String refused(Found found, String reference, String token, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("app", found.application());
		model.addAttribute("call", found.call());
		model.addAttribute("base", base(reference, token));
		return "application/refused";
	}

	private String showForm(Found found, String reference, String token, ApplicationForm form,
			List<ApplicationValidator.FieldError> errors, Model model) {
		model.addAttribute("call", found.call());
		model.addAttribute("app", found.application());
		model.addAttribute("action", base(reference, token) + "/amend");
		model.addAttribute("cancelUrl", base(reference, token));
		model.addAttribute("amending", true);
		FormModel.add(model, form, errors, messages);
		return "application/form";
	}

	private Found find(String reference, String token) {
		StoredApplication application = intake.byLink(reference, token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Call call = calls.all()
			.stream()
			.filter(candidate -> candidate.id() == application.callId())
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Found(application, call);
	}

	private static String base(String reference, String token) {
		return "/applications/" + reference + "/" + token;
	}

	/** The stored application as the form shows it, so that an amendment starts from what was submitted. */
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
		return ApplicationForm.of(values);
	}

	private static void put(Map<String, List<String>> values, String field, String value) {
		if (value != null) {
			values.put(field, List.of(value));
		}
	}

}
