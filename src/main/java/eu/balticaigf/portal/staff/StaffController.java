package eu.balticaigf.portal.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StaffController {

	/** The sign-in page; {@code ?error} after a refused attempt (Spring Security's). */
	@GetMapping("/staff/login")
	String login(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("failed", error != null);
		return "staff/login";
	}

}
