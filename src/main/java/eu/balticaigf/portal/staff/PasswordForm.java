package eu.balticaigf.portal.staff;

import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The new password and its confirmation, as the invitation and the password-reset pages
 * post them: one form ({@code jte/staff/passwordForm.jte}), checked the same way, leading
 * to the same places.
 */
record PasswordForm(String password, String confirmPassword) {

	/** Where a new password leads: the sign-in page, which says it is set. */
	static final String PASSWORD_SET = "redirect:/staff/login?passwordSet";

	/**
	 * Writes each field's problem into the form's errors as a message code: the policy
	 * first, then the confirmation.
	 */
	void check(PasswordPolicy policy, Errors errors) {
		String chosen = password == null ? "" : password;
		Optional<String> problem = policy.problem(chosen);
		if (problem.isPresent()) {
			errors.rejectValue("password", problem.get());
		}
		else if (!chosen.equals(confirmPassword)) {
			errors.rejectValue("confirmPassword", "staff.password.mismatch");
		}
	}

	/**
	 * The page of a one-time link that no longer works.
	 * @param reasonKey why, in the link's own terms
	 * @param againPath where to ask for a new link, or {@code null} where only an
	 * administrator can send one
	 */
	static String linkExpired(Model model, String reasonKey, String againPath) {
		model.addAttribute("reasonKey", reasonKey);
		model.addAttribute("againPath", againPath);
		return "staff/linkExpired";
	}

}
