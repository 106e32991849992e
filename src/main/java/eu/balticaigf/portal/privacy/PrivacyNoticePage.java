package eu.balticaigf.portal.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice every consent refers to, in the reader's language, with its version
 * and the data-protection contact. Its sections have stable ids ({@code #applications},
 * {@code #directory}, {@code #meetings}, …) that the forms' consent boxes link to.
 */
@Controller
class PrivacyNoticePage {

	private final PrivacySettings settings;

	PrivacyNoticePage(PrivacySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/privacy")
	String notice(Model model) {
		model.addAttribute("privacy", settings);
		model.addAttribute("contact", Contact.of(settings.contact()));
		return "privacy/notice";
	}

	/**
	 * The contact as written in the setting, with its e-mail address (if any) apart, for
	 * the page to link it.
	 */
	record Contact(String before, String email, String after) {

		private static final Pattern EMAIL = Pattern.compile("[^\\s,;:<>()]+@[^\\s,;:<>()]+\\.[^\\s,;:<>()]+");

		static Contact of(String text) {
			Matcher email = EMAIL.matcher(text);
			return email.find()
					? new Contact(text.substring(0, email.start()), email.group(), text.substring(email.end()))
					: new Contact(text, null, "");
		}

	}

}
