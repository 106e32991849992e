package eu.balticaigf.portal.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StaffController {

	/**
	 * The sign-in page; {@code ?error} after a refused attempt (Spring Security's),
	 * {@code ?signedOut} after signing out, {@code ?passwordSet} after setting one.
	 */
	@GetMapping("/staff/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String passwordSet, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("passwordSet", passwordSet != null);
		return "staff/login";
	}

}
