package eu.balticaigf.portal.privacy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy notice every consent refers to, in the reader's language, with its version. */
@Controller
class PrivacyNoticePage {

	private final PrivacySettings settings;

	PrivacyNoticePage(PrivacySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/privacy")
	String notice(Model model) {
		model.addAttribute("privacy", settings);
		return "privacy/notice";
	}

}
