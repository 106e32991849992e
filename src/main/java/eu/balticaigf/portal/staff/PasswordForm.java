package eu.balticaigf.portal.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * The new password and its confirmation, as the invitation and the password-reset pages
 * post them: one form ({@code templates/staff/password-form.html}), checked the same way,
 * leading to the same places.
 */
record PasswordForm(String password, String confirmPassword) {

	/** Where a new password leads: the sign-in page, which says it is set. */
	static final String PASSWORD_SET = "redirect:/staff/login?passwordSet";

	/**
	 * @return the message key of each field's problem (the policy first, then the
	 * confirmation); empty when fine
	 */
	Map<String, String> problems(PasswordPolicy policy) {
		Map<String, String> problems = new LinkedHashMap<>();
		policy.problem(password).ifPresent(problem -> problems.put("password", problem));
		if (problems.isEmpty() && !password.equals(confirmPassword)) {
			problems.put("confirmPassword", "staff.password.mismatch");
		}
		return problems;
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
		return "staff/link-expired";
	}

}
