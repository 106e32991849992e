package eu.balticaigf.portal.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.audit.AuditLog;

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

	@GetMapping
	String list(Model model) {
		return page(model, null, null, Map.of());
	}

	@PostMapping
	String declare(@RequestParam(required = false) String organisationName,
			@RequestParam(required = false) String registryCode, Model model, RedirectAttributes redirect,
			Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (length(organisationName) > Conflict.MAX_LENGTH) {
			errors.put("organisationName",
					messages.getMessage("review.conflict.tooLong", new Object[] { Conflict.MAX_LENGTH }, locale));
		}
		if (length(registryCode) > Conflict.MAX_LENGTH) {
			errors.put("registryCode",
					messages.getMessage("review.conflict.tooLong", new Object[] { Conflict.MAX_LENGTH }, locale));
		}
		if (errors.isEmpty() && !conflicts.declare(AuditLog.currentActor(), organisationName, registryCode)) {
			errors.put("organisationName", messages.getMessage("review.conflict.required", null, locale));
		}
		if (!errors.isEmpty()) {
			return page(model, organisationName, registryCode, errors);
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

	private String page(Model model, String organisationName, String registryCode, Map<String, String> errors) {
		model.addAttribute("conflicts", conflicts.of(AuditLog.currentActor()));
		model.addAttribute("organisationName", organisationName);
		model.addAttribute("registryCode", registryCode);
		model.addAttribute("errors", errors);
		return "review/conflicts";
	}

	private static int length(String value) {
		return value == null ? 0 : value.length();
	}

}
