package eu.balticaigf.portal.notification;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.ADMINISTRATION;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Undelivered e-mails on the back office's home. */
@Component
class OutboxLinks extends LabelledBackOfficeLinks {

	OutboxLinks(MessageSource messages) {
		super(messages, link(ADMINISTRATION, "outbox.title", "/staff/outbox", "ADMIN", 50));
	}

}
