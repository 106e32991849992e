package eu.balticaigf.portal.audit;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit log's page on the back office's home. */
@Component
class AuditLinks implements BackOfficeLinks {

	private final MessageSource messages;

	AuditLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(BackOfficeLink.of(BackOfficeLink.Section.ADMINISTRATION,
				messages.getMessage("audit.title", null, locale), "/staff/audit", "ADMIN", 20));
	}

}
