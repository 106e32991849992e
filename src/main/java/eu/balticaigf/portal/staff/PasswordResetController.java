package eu.balticaigf.portal.staff;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgotten your password?": the page where staff ask for a link, the answer that is the
 * same for every address, and the link's page, which sets a new password with the
 * invitation's form.
 */
@Controller
class PasswordResetController {

	static final String PAGE = "/staff/password-reset";

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	PasswordResetController(PasswordResets resets, PasswordPolicy policy) {
		this.resets = resets;
		this.policy = policy;
	}

	@GetMapping(PAGE)
	String form(Model model) {
		return form(model, "", Map.of());
	}

	/**
	 * A malformed address is said to be so (that reveals nothing); any other answer is
	 * the same page.
	 */
	@PostMapping(PAGE)
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		String address = email.strip();
		if (address.isEmpty()) {
			return form(model, email, Map.of("email", "staff.email.missing"));
		}
		if (!StaffAccount.isEmailAddress(address)) {
			return form(model, email, Map.of("email", "staff.reset.emailInvalid"));
		}
		resets.request(address, request.getRemoteAddr(), LocaleContextHolder.getLocale());
		return "redirect:" + PAGE + "/sent";
	}

	@GetMapping(PAGE + "/sent")
	String sent() {
		return "staff/password-reset-sent";
	}

	@GetMapping(PAGE + "/{token}")
	String newPassword(@PathVariable String token, Model model) {
		return resets.valid(token)
			.map(link -> newPasswordForm(model, token, link, Map.of()))
			.orElseGet(() -> expired(model));
	}

	@PostMapping(PAGE + "/{token}")
	String setPassword(@PathVariable String token, @ModelAttribute PasswordForm form, Model model) {
		var link = resets.valid(token);
		if (link.isEmpty()) {
			return expired(model);
		}
		Map<String, String> errors = form.problems(policy);
		if (!errors.isEmpty()) {
			return newPasswordForm(model, token, link.get(), errors);
		}
		return resets.complete(token, form.password()) ? PasswordForm.PASSWORD_SET : expired(model);
	}

	private static String form(Model model, String email, Map<String, String> errors) {
		model.addAttribute("email", email);
		model.addAttribute("errors", errors);
		return "staff/password-reset";
	}

	private static String newPasswordForm(Model model, String token, PasswordResets.Link link,
			Map<String, String> errors) {
		model.addAttribute("token", token);
		model.addAttribute("email", link.email());
		model.addAttribute("errors", errors);
		return "staff/password-reset-new";
	}

	private static String expired(Model model) {
		return PasswordForm.linkExpired(model, "staff.reset.expired", PAGE);
	}

}
