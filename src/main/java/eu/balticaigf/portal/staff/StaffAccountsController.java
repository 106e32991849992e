package eu.balticaigf.portal.staff;

import java.time.Clock;
import java.util.List;

import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins' page of staff accounts, the invitation form, and the page where an invited
 * person sets a password.
 */
@Controller
class StaffAccountsController {

	record InviteForm(String email, String displayName, String role) {
	}

	/**
	 * One row of the list, with its status worked out once; {@code yours} for the
	 * reader's own account, which they may not change (another admin does).
	 */
	record Row(long id, String email, String displayName, Role role, String status, boolean secondFactor,
			java.time.Instant lastSignInAt, boolean yours) {
	}

	private final StaffRepository staff;

	private final StaffAccounts accounts;

	private final PasswordPolicy policy;

	private final Clock clock;

	StaffAccountsController(StaffRepository staff, StaffAccounts accounts, PasswordPolicy policy, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/staff/accounts")
	String list(Authentication authentication, Model model) {
		var now = clock.instant();
		List<Row> rows = staff.all()
			.stream()
			.map(a -> new Row(a.id(), a.email(), a.displayName(), a.role(),
					!a.enabled() ? "deactivated"
							: !a.hasPassword() ? "invited" : a.isLockedAt(now) ? "locked" : "active",
					a.hasSecondFactor(), a.lastSignInAt(), a.email().equalsIgnoreCase(authentication.getName())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("roles", Role.values());
		return "staff/accounts";
	}

	@GetMapping("/staff/accounts/invite")
	String inviteForm(Model model) {
		model.addAttribute("form", new InviteForm("", "", ""));
		model.addAttribute("roles", Role.values());
		return "staff/invite";
	}

	@PostMapping("/staff/accounts/invite")
	String invite(@ModelAttribute("form") InviteForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.rejectValue("email", "staff.email.missing");
		}
		else if (!StaffAccount.isEmailAddress(email)) {
			errors.rejectValue("email", "staff.invite.emailInvalid");
		}
		else if (accounts.emailTaken(email)) {
			errors.rejectValue("email", "staff.invite.emailTaken");
		}
		if (form.displayName() == null || form.displayName().isBlank()) {
			errors.rejectValue("displayName", "staff.invite.nameMissing");
		}
		Role role = parseRole(form.role());
		if (role == null) {
			errors.rejectValue("role", "staff.invite.roleMissing");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.invite(email, form.displayName(), role, authentication.getName(),
						LocaleContextHolder.getLocale());
				return notice(redirect, "staff.accounts.invited", email);
			}
			catch (StaffAccounts.Refused refused) {
				errors.rejectValue("email", refused.messageKey());
			}
		}
		// The first role's radio is where the summary's link for the role leads.
		model.addAttribute("errors", FieldErrors.of(errors).anchor("role", "role-" + Role.values()[0].name()));
		model.addAttribute("roles", Role.values());
		return "staff/invite";
	}

	@PostMapping("/staff/accounts/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam(required = false) String role, Authentication authentication,
			RedirectAttributes redirect) {
		Role newRole = parseRole(role);
		if (newRole == null) {
			return "redirect:/staff/accounts";
		}
		try {
			accounts.changeRole(id, newRole, authentication.getName());
		}
		catch (StaffAccounts.Refused refused) {
			return problem(redirect, refused.messageKey());
		}
		StaffAccount account = staff.findById(id).orElseThrow();
		redirect.addFlashAttribute("noticeRole", newRole.name());
		return notice(redirect, "staff.accounts.roleChanged", account.email());
	}

	@PostMapping("/staff/accounts/{id}/reinvite")
	String reinvite(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		try {
			accounts.reinvite(id, authentication.getName(), LocaleContextHolder.getLocale());
		}
		catch (StaffAccounts.Refused refused) {
			return problem(redirect, refused.messageKey());
		}
		return notice(redirect, "staff.accounts.reinvited", staff.findById(id).orElseThrow().email());
	}

	/**
	 * "Are you sure?" before deactivating, which signs the person out at once; one's own
	 * account, or one already deactivated, has nothing to ask.
	 */
	@GetMapping("/staff/accounts/{id}/deactivate")
	String deactivateConfirm(@PathVariable long id, Authentication authentication, Model model) {
		StaffAccount account = staff.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!account.enabled() || account.email().equalsIgnoreCase(authentication.getName())) {
			return "redirect:/staff/accounts";
		}
		model.addAttribute("account", account);
		return "staff/deactivate";
	}

	@PostMapping("/staff/accounts/{id}/deactivate")
	String deactivate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return enable(id, false, authentication, redirect);
	}

	@PostMapping("/staff/accounts/{id}/reactivate")
	String reactivate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return enable(id, true, authentication, redirect);
	}

	private String enable(long id, boolean enabled, Authentication authentication, RedirectAttributes redirect) {
		try {
			accounts.setEnabled(id, enabled, authentication.getName());
		}
		catch (StaffAccounts.Refused refused) {
			return problem(redirect, refused.messageKey());
		}
		String email = staff.findById(id).orElseThrow().email();
		return notice(redirect, enabled ? "staff.accounts.reactivated" : "staff.accounts.deactivated", email);
	}

	@GetMapping("/staff/invitation/{token}")
	String invitation(@PathVariable String token, Model model) {
		var invitation = accounts.validInvitation(token);
		if (invitation.isEmpty()) {
			return invitationExpired(model);
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("token", token);
		return "staff/invitation";
	}

	@PostMapping("/staff/invitation/{token}")
	String setPassword(@PathVariable String token, @ModelAttribute("password") PasswordForm form, BindingResult errors,
			Model model) {
		var invitation = accounts.validInvitation(token);
		if (invitation.isEmpty()) {
			return invitationExpired(model);
		}
		form.check(policy, errors);
		if (errors.hasErrors()) {
			model.addAttribute("invitation", invitation.get());
			model.addAttribute("token", token);
			model.addAttribute("errors", FieldErrors.of(errors));
			return "staff/invitation";
		}
		return accounts.acceptInvitation(token, form.password()) ? PasswordForm.PASSWORD_SET : invitationExpired(model);
	}

	private static String invitationExpired(Model model) {
		return PasswordForm.linkExpired(model, "staff.invitation.expired", null);
	}

	private static Role parseRole(String value) {
		try {
			return value == null || value.isBlank() ? null : Role.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Flash attributes travel in the session, which Spring Session serialises: plain
	 * strings only.
	 */
	private static String notice(RedirectAttributes redirect, String key, String argument) {
		redirect.addFlashAttribute("noticeKey", key);
		redirect.addFlashAttribute("noticeArgument", argument);
		return "redirect:/staff/accounts";
	}

	private static String problem(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("problemKey", key);
		return "redirect:/staff/accounts";
	}

}
