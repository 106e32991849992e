package eu.balticaigf.portal.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffController {

	@GetMapping("/staff/login")
	String login() {
		return "staff/login";
	}

}
