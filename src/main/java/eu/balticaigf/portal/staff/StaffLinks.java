package eu.balticaigf.portal.staff;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Accounts, API tokens and one's own second factor on the back office's home. */
@Component
class StaffLinks implements BackOfficeLinks {

	private final MessageSource messages;

	StaffLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(
				BackOfficeLink.of(BackOfficeLink.Section.WORK, label("staff.nav.secondFactor", locale),
						SecondFactorController.ENROL_PAGE, "VIEWER", 90),
				BackOfficeLink.of(BackOfficeLink.Section.ADMINISTRATION, label("staff.nav.accounts", locale),
						"/staff/accounts", "ADMIN", 10),
				BackOfficeLink.of(BackOfficeLink.Section.ADMINISTRATION, label("staff.nav.apiTokens", locale),
						"/staff/api-tokens", "ADMIN", 30));
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
