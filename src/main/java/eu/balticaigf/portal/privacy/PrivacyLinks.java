package eu.balticaigf.portal.privacy;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.ADMINISTRATION;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Data-subject requests on the back office's home. */
@Component
class PrivacyLinks extends LabelledBackOfficeLinks {

	PrivacyLinks(MessageSource messages) {
		super(messages, link(ADMINISTRATION, "privacy.requests.title", "/staff/privacy", "ADMIN", 40));
	}

}
