package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create API tokens (shown once) and revoke them. */
@Controller
class ApiTokensController {

	private final ApiTokens tokens;

	ApiTokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** The form that creates a token: its name and scope. */
	record TokenForm(String name, String scope) {
	}

	@GetMapping("/staff/api-tokens")
	String list(Model model) {
		model.addAttribute("tokens", tokens.all());
		return "staff/apiTokens";
	}

	@PostMapping("/staff/api-tokens")
	String create(@ModelAttribute("form") TokenForm form, BindingResult errors, Authentication authentication,
			Model model) {
		String name = form.name() == null ? "" : form.name();
		if (name.isBlank() || name.strip().length() > 100) {
			errors.rejectValue("name", "staff.tokens.nameMissing");
		}
		else if (tokens.nameTaken(name)) {
			errors.rejectValue("name", "staff.tokens.nameTaken");
		}
		ApiTokens.Scope chosen = "READ".equals(form.scope()) || "READ_WRITE".equals(form.scope())
				? ApiTokens.Scope.valueOf(form.scope()) : null;
		if (chosen == null) {
			errors.rejectValue("scope", "staff.tokens.scopeMissing");
		}
		if (errors.hasErrors()) {
			model.addAttribute("tokens", tokens.all());
			// The summary's link for the scope leads to its first radio.
			model.addAttribute("errors", FieldErrors.of(errors).anchor("scope", "scope-READ"));
			return "staff/apiTokens";
		}
		// Shown in this response only; a redirect would have to keep the token in the
		// session.
		model.addAttribute("token", tokens.create(name, chosen, authentication.getName()));
		model.addAttribute("name", name.strip());
		model.addAttribute("scope", chosen.name());
		return "staff/apiTokenCreated";
	}

	@PostMapping("/staff/api-tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		ApiTokens.Listed token = tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		tokens.revoke(id, authentication.getName());
		redirect.addFlashAttribute("revokedName", token.name());
		return "redirect:/staff/api-tokens";
	}

}
