package eu.balticaigf.portal.privacy;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins answer a data-subject request: download everything held about an e-mail address,
 * or erase it.
 */
@Controller
@RequestMapping("/staff/privacy")
@PreAuthorize("hasRole('ADMIN')")
class DataSubjectPages {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";

	private final DataSubjectRequests requests;

	DataSubjectPages(DataSubjectRequests requests) {
		this.requests = requests;
	}

	@GetMapping
	String form() {
		return "staff/privacy/requests";
	}

	@PostMapping(value = "/export")
	Object export(@RequestParam(defaultValue = "") String email, Model model) {
		if (!email.strip().matches(EMAIL)) {
			model.addAttribute("exportError", "privacy.requests.error.email");
			model.addAttribute("email", email);
			return "staff/privacy/requests";
		}
		Map<String, Object> export = requests.export(email);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("personal-data.json").build().toString())
			.body(export);
	}

	@PostMapping("/erase")
	String erase(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean confirm, Model model) {
		model.addAttribute("eraseEmail", email);
		model.addAttribute("reason", reason);
		if (!email.strip().matches(EMAIL)) {
			model.addAttribute("eraseEmailError", "privacy.requests.error.email");
		}
		if (!StringUtils.hasText(reason)) {
			model.addAttribute("reasonError", "privacy.requests.error.reason");
		}
		if (!confirm) {
			model.addAttribute("confirmError", "privacy.requests.error.confirm");
		}
		if (model.containsAttribute("eraseEmailError") || model.containsAttribute("reasonError")
				|| model.containsAttribute("confirmError")) {
			return "staff/privacy/requests";
		}
		model.addAttribute("erased", requests.erase(email, reason));
		return "staff/privacy/requests";
	}

}
