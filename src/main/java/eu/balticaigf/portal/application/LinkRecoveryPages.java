package eu.balticaigf.portal.application;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Lost your link?": the contact address and the reference, and a new private link is
 * e-mailed if they belong together. The page says the same either way; it says something
 * else only to a client that asked too often.
 */
@Controller
class LinkRecoveryPages {

	static final String PATH = "/applications/lost-link";

	private final LinkRecovery recovery;

	private final MessageSource messages;

	LinkRecoveryPages(LinkRecovery recovery, MessageSource messages) {
		this.recovery = recovery;
		this.messages = messages;
	}

	/**
	 * The form; {@code reference} fills it in (from a private link that did not work);
	 * {@code sent} after a request.
	 */
	@GetMapping(PATH)
	String form(@RequestParam(required = false) String reference, @RequestParam(required = false) String sent,
			Model model) {
		if (sent != null) {
			return "application/lost-link-sent";
		}
		String known = normalisedReference(reference);
		return show(References.looksLikeOne(known) ? known : "", "", FieldErrors.none(), model);
	}

	@PostMapping(PATH)
	String request(@RequestParam(required = false) String email, @RequestParam(required = false) String reference,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String address = email == null ? null : ApplicationValidator.email(email);
		String ref = normalisedReference(reference);
		FieldErrors errors = FieldErrors.none();
		Locale locale = LocaleContextHolder.getLocale();
		if (address == null) {
			errors.add("email", messages.getMessage(email == null || email.isBlank()
					? "application.lostLink.email.required" : "application.lostLink.email.format", null, locale));
		}
		if (!References.looksLikeOne(ref)) {
			errors.add("reference", messages.getMessage(
					ref.isEmpty() ? "application.lostLink.reference.required" : "application.lostLink.reference.format",
					null, locale));
		}
		if (!errors.isEmpty()) {
			return show(reference, email, errors, model);
		}
		// The servlet container's remote address: behind a proxy,
		// server.forward-headers-strategy makes it the client's.
		LinkRecovery.Answer answer = recovery.request(address, ref, request.getRemoteAddr());
		if (answer.outcome() == LinkRecovery.Outcome.LIMITED) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(answer.retryAfter().toSeconds()));
			model.addAttribute("retryMinutes", Math.max(1, answer.retryAfter().toMinutes()));
			return show(reference, email, FieldErrors.none(), model);
		}
		return "redirect:" + PATH + "?sent";
	}

	private String show(String reference, String email, FieldErrors errors, Model model) {
		model.addAttribute("reference", reference == null ? "" : reference);
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("errors", errors);
		return "application/lost-link";
	}

	/** As people type it: any case, spaces around, perhaps spaces instead of dashes. */
	static String normalisedReference(String reference) {
		return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "-");
	}

}
