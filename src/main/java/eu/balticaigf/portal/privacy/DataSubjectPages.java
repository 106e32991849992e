package eu.balticaigf.portal.privacy;

import java.util.Map;

import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Admins answer a data-subject request: download everything held about an e-mail address,
 * or erase it. The forms bind to their own records; a validator writes what is wrong as
 * message codes, which the page shows next to each field.
 */
@Controller
@RequestMapping("/staff/privacy")
@PreAuthorize("hasRole('ADMIN')")
class DataSubjectPages {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";

	private static final String VIEW = "privacy/requests";

	private final DataSubjectRequests requests;

	DataSubjectPages(DataSubjectRequests requests) {
		this.requests = requests;
	}

	/** The export form: whose data. */
	record ExportRequest(String email) {
	}

	/** The erasure form: whose data, why, and the tick that says the admin means it. */
	record ErasureRequest(String email, String reason, Boolean confirm) {
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping("/export")
	Object export(@ModelAttribute("export") ExportRequest export, BindingResult errors, Model model) {
		checkEmail(export.email(), errors);
		if (errors.hasErrors()) {
			model.addAttribute("exportErrors", FieldErrors.of(errors).anchor("email", "export-email"));
			return VIEW;
		}
		Map<String, Object> data = requests.export(export.email());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("personal-data.json").build().toString())
			.body(data);
	}

	@PostMapping("/erase")
	String erase(@ModelAttribute("erasure") ErasureRequest erasure, BindingResult errors, Model model) {
		checkEmail(erasure.email(), errors);
		if (!StringUtils.hasText(erasure.reason())) {
			errors.rejectValue("reason", "privacy.requests.error.reason");
		}
		if (!Boolean.TRUE.equals(erasure.confirm())) {
			errors.rejectValue("confirm", "privacy.requests.error.confirm");
		}
		if (errors.hasErrors()) {
			model.addAttribute("erasureErrors", FieldErrors.of(errors).anchor("email", "erase-email"));
			return VIEW;
		}
		model.addAttribute("erased", requests.erase(erasure.email(), erasure.reason()));
		return VIEW;
	}

	private static void checkEmail(String email, Errors errors) {
		if (email == null || !email.strip().matches(EMAIL)) {
			errors.rejectValue("email", "privacy.requests.error.email");
		}
	}

}
