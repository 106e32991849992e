package eu.balticaigf.portal.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.shared.web.Html;

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

	/**
	 * What the notice page shows: its version, the contact, and one entry per kind of
	 * personal data.
	 */
	record Notice(String version, Contact contact, List<Purpose> purposes) {
	}

	/**
	 * One kind of personal data: whose, what, why, for how long; {@code id} is its
	 * anchor.
	 */
	record Purpose(String id, String who, String what, String why, String howLong) {
	}

	@GetMapping("/privacy")
	String notice(Model model) {
		model.addAttribute("notice", new Notice(settings.noticeVersion(), Contact.of(settings.contact()), List.of(
				purpose("applications", "contact",
						Html.t("privacy.data.contact.howLong", settings.applicationRetentionDays())),
				purpose("directory", "directory", Html.t("privacy.data.directory.howLong")),
				purpose("meetings", "meeting",
						Html.t("privacy.data.meeting.howLong", settings.registrationRetentionDays())),
				purpose("emails", "emails", Html.t("privacy.data.emails.howLong", settings.emailRetentionDays())),
				purpose("staff", "staff", Html.t("privacy.data.staff.howLong")))));
		return "privacy/notice";
	}

	private static Purpose purpose(String id, String key, String howLong) {
		String texts = "privacy.data." + key;
		return new Purpose(id, Html.t(texts + ".who"), Html.t(texts + ".what"), Html.t(texts + ".why"), howLong);
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
