package eu.balticaigf.portal.audit;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.ADMINISTRATION;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit log's page on the back office's home. */
@Component
class AuditLinks extends LabelledBackOfficeLinks {

	AuditLinks(MessageSource messages) {
		super(messages, link(ADMINISTRATION, "audit.title", "/staff/audit", "ADMIN", 20));
	}

}
