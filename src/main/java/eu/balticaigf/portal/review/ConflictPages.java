package eu.balticaigf.portal.review;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.FieldErrors;

/**
 * Where a member of staff declares their conflicts of interest, and withdraws one
 * declared by mistake (after a confirmation step). Only the person who declared it can
 * withdraw it, and both are in the audit log, so lifting a conflict briefly to look is
 * visible to admins.
 */
@Controller
@RequestMapping("/staff/conflicts")
// Declaring is a change, and only those who review or assign have conflicts to declare:
// viewers only read.
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
class ConflictPages {

	private final Conflicts conflicts;

	private final MessageSource messages;

	ConflictPages(Conflicts conflicts, MessageSource messages) {
		this.conflicts = conflicts;
		this.messages = messages;
	}

	/** The declaration form: an organisation by name, by registry code or both. */
	record Declaration(String organisationName, String registryCode) {
	}

	@GetMapping
	String list(Model model) {
		return page(model);
	}

	@PostMapping
	String declare(@ModelAttribute("declaration") Declaration declaration, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		tooLong(declaration.organisationName(), "organisationName", errors);
		tooLong(declaration.registryCode(), "registryCode", errors);
		if (!errors.hasErrors() && !conflicts.declare(AuditLog.currentActor(), declaration.organisationName(),
				declaration.registryCode())) {
			errors.rejectValue("organisationName", "review.conflict.required");
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", FieldErrors.of(errors));
			return page(model);
		}
		redirect.addFlashAttribute("done", messages.getMessage("review.conflict.saved", null, locale));
		return "redirect:/staff/conflicts";
	}

	/** The confirmation step: what withdrawing means, before it happens. */
	@GetMapping("/{id}/withdraw")
	String confirmWithdrawal(@PathVariable long id, Model model) {
		model.addAttribute("conflict", conflicts.declaration(AuditLog.currentActor(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "review/conflict-withdraw";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		// Nothing happens to someone else's declaration or one already withdrawn (a
		// double click): back to the list.
		if (conflicts.withdraw(AuditLog.currentActor(), id)) {
			redirect.addFlashAttribute("done", messages.getMessage("review.conflict.withdrawn", null, locale));
		}
		return "redirect:/staff/conflicts";
	}

	private String page(Model model) {
		model.addAttribute("conflicts", conflicts.of(AuditLog.currentActor()));
		return "review/conflicts";
	}

	private static void tooLong(String value, String field, Errors errors) {
		if (value != null && value.length() > Conflict.MAX_LENGTH) {
			errors.rejectValue(field, "review.conflict.tooLong", new Object[] { Conflict.MAX_LENGTH }, null);
		}
	}

}
