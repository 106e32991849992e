package eu.balticaigf.portal.staff;

import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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

	/** The form: the address to send a link to. */
	record ResetRequest(String email) {
	}

	@GetMapping(PAGE)
	String form() {
		return "staff/passwordReset";
	}

	/**
	 * A malformed address is said to be so (that reveals nothing); any other answer is
	 * the same page.
	 */
	@PostMapping(PAGE)
	String request(@ModelAttribute("reset") ResetRequest reset, BindingResult errors, HttpServletRequest request,
			Model model) {
		String address = reset.email() == null ? "" : reset.email().strip();
		if (address.isEmpty()) {
			errors.rejectValue("email", "staff.email.missing");
		}
		else if (!StaffAccount.isEmailAddress(address)) {
			errors.rejectValue("email", "staff.reset.emailInvalid");
		}
		if (errors.hasErrors()) {
			model.addAttribute("email", reset.email());
			model.addAttribute("errors", FieldErrors.of(errors));
			return "staff/passwordReset";
		}
		resets.request(address, request.getRemoteAddr(), LocaleContextHolder.getLocale());
		return "redirect:" + PAGE + "/sent";
	}

	@GetMapping(PAGE + "/sent")
	String sent() {
		return "staff/passwordResetSent";
	}

	@GetMapping(PAGE + "/{token}")
	String newPassword(@PathVariable String token, Model model) {
		return resets.valid(token).map(link -> newPasswordForm(model, token, link)).orElseGet(() -> expired(model));
	}

	@PostMapping(PAGE + "/{token}")
	String setPassword(@PathVariable String token, @ModelAttribute("password") PasswordForm form, BindingResult errors,
			Model model) {
		var link = resets.valid(token);
		if (link.isEmpty()) {
			return expired(model);
		}
		form.check(policy, errors);
		if (errors.hasErrors()) {
			model.addAttribute("errors", FieldErrors.of(errors));
			return newPasswordForm(model, token, link.get());
		}
		return resets.complete(token, form.password()) ? PasswordForm.PASSWORD_SET : expired(model);
	}

	private static String newPasswordForm(Model model, String token, PasswordResets.Link link) {
		model.addAttribute("token", token);
		model.addAttribute("email", link.email());
		return "staff/passwordResetNew";
	}

	private static String expired(Model model) {
		return PasswordForm.linkExpired(model, "staff.reset.expired", PAGE);
	}

}
