package eu.balticaigf.portal.staff;


import eu.balticaigf.portal.call.Calls;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffController {

	private final Calls calls;

	StaffController(Calls calls) {
		this.calls = calls;
	}

	@GetMapping("/staff/login")
	String login() {
		return "staff/login";
	}

	@GetMapping("/staff")
	String home(Authentication principal, Model model) {
		model.addAttribute("signedInAs", principal.getName());
		boolean admin = StaffAuthorities.holds(principal, "ROLE_" + Role.ADMIN.name());
		model.addAttribute("isAdmin", admin);
		model.addAttribute("canReview", admin || StaffAuthorities.holds(principal, "ROLE_" + Role.REVIEWER.name()));
		model.addAttribute("calls", calls.all());
		return "staff/home";
	}

}
