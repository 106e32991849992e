package eu.balticaigf.portal.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create API tokens (shown once) and revoke them. */
@Controller
class ApiTokensController {

	private final ApiTokens tokens;

	ApiTokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/staff/api-tokens")
	String list(Model model) {
		return page(model, "", "", Map.of());
	}

	@PostMapping("/staff/api-tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String scope,
			Authentication authentication, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (name.isBlank() || name.strip().length() > 100) {
			errors.put("name", "staff.tokens.nameMissing");
		}
		else if (tokens.nameTaken(name)) {
			errors.put("name", "staff.tokens.nameTaken");
		}
		ApiTokens.Scope chosen = "READ".equals(scope) || "READ_WRITE".equals(scope) ? ApiTokens.Scope.valueOf(scope)
				: null;
		if (chosen == null) {
			errors.put("scope", "staff.tokens.scopeMissing");
		}
		if (!errors.isEmpty()) {
			return page(model, name, scope, errors);
		}
		// Shown in this response only; a redirect would have to keep the token in the
		// session.
		model.addAttribute("token", tokens.create(name, chosen, authentication.getName()));
		model.addAttribute("name", name.strip());
		model.addAttribute("scope", chosen.name());
		return "staff/api-token-created";
	}

	@PostMapping("/staff/api-tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		ApiTokens.Listed token = tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		tokens.revoke(id, authentication.getName());
		redirect.addFlashAttribute("revokedName", token.name());
		return "redirect:/staff/api-tokens";
	}

	private String page(Model model, String name, String scope, Map<String, String> errors) {
		model.addAttribute("tokens", tokens.all());
		model.addAttribute("name", name);
		model.addAttribute("scope", scope);
		model.addAttribute("errors", errors);
		return "staff/api-tokens";
	}

}
