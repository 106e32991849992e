package eu.balticaigf.portal.staff;

import java.util.List;

import eu.balticaigf.portal.call.Calls;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffController {

	private final Calls calls;

	private final StaffDirectory directory;

	StaffController(Calls calls, StaffDirectory directory) {
		this.calls = calls;
		this.directory = directory;
	}

	@GetMapping("/staff/login")
	String login() {
		return "staff/login";
	}

	@GetMapping("/staff")
	String home(Authentication principal, Model model) {
		String email = principal.getName();
		String name = directory.displayNames(List.of(email)).get(email);
		model.addAttribute("signedInAs", name == null ? email : name + " (" + email + ")");
		boolean admin = StaffAuthorities.holds(principal, "ROLE_" + Role.ADMIN.name());
		model.addAttribute("isAdmin", admin);
		model.addAttribute("canReview", admin || StaffAuthorities.holds(principal, "ROLE_" + Role.REVIEWER.name()));
		model.addAttribute("calls", calls.all());
		return "staff/home";
	}

}
