package eu.balticaigf.portal.directory;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Signing an organisation in and out: the address, the same "check your e-mail" page
 * whatever the address, the link's page (a button, so that a mail scanner opening the
 * link does not use it up) and signing out.
 */
@Controller
class SignInPages {

	static final String PATH = "/directory/sign-in";

	static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private final SignIns signIns;

	private final Organisations organisations;

	private final DirectorySettings settings;

	SignInPages(SignIns signIns, Organisations organisations, DirectorySettings settings) {
		this.signIns = signIns;
		this.organisations = organisations;
		this.settings = settings;
	}

	/** The sign-in form: one address. */
	record SignInRequest(String email) {
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("form", new SignInRequest(""));
		return "directory/signIn";
	}

	@PostMapping(PATH)
	String request(@ModelAttribute("form") SignInRequest form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.rejectValue("email", "directory.signIn.error.email.required");
		}
		else if (!email.matches(EMAIL) || email.length() > 254) {
			errors.rejectValue("email", "directory.signIn.error.email.format");
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", FieldErrors.of(errors));
			return "directory/signIn";
		}
		Locale locale = LocaleContextHolder.getLocale();
		// The servlet container's remote address: behind a proxy,
		// server.forward-headers-strategy makes it the client's.
		if (!signIns.request(email, locale, request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(settings.window().toSeconds()));
			model.addAttribute("retryMinutes", settings.window().toMinutes());
			return "directory/signIn";
		}
		return "redirect:" + PATH + "/sent";
	}

	@GetMapping(PATH + "/sent")
	String sent(Model model) {
		model.addAttribute("minutes", settings.linkValidity().toMinutes());
		return "directory/signInSent";
	}

	@GetMapping(PATH + "/{token}")
	String link(@PathVariable String token, Model model) {
		if (!signIns.isValid(token)) {
			return "directory/linkNoLongerWorks";
		}
		model.addAttribute("action", PATH + "/" + token);
		return "directory/signInLink";
	}

	@PostMapping(PATH + "/{token}")
	String signIn(@PathVariable String token, HttpServletRequest request) {
		return signIns.use(token).map(email -> {
			List<Organisation> speaksFor = organisations.speakingFor(email);
			if (speaksFor.isEmpty()) {
				return "directory/linkNoLongerWorks";
			}
			OrganisationSession.signIn(request, email, speaksFor.get(0).key());
			return "redirect:" + OrganisationSession.takeDestination(request).orElse(AccountPages.PATH);
		}).orElse("directory/linkNoLongerWorks");
	}

	@PostMapping("/directory/sign-out")
	String signOut(HttpServletRequest request) {
		OrganisationSession.signOut(request);
		return "redirect:/directory?signedOut";
	}

}
