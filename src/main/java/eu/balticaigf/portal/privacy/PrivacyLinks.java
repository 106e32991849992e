package eu.balticaigf.portal.privacy;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Data-subject requests on the back office's home. */
@Component
class PrivacyLinks implements BackOfficeLinks {

	private final MessageSource messages;

	PrivacyLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(BackOfficeLink.of(BackOfficeLink.Section.ADMINISTRATION,
				messages.getMessage("privacy.requests.title", null, locale), "/staff/privacy", "ADMIN", 40));
	}

}
