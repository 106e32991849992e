package eu.balticaigf.portal.notification;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Undelivered e-mails on the back office's home. */
@Component
class OutboxLinks implements BackOfficeLinks {

	private final MessageSource messages;

	OutboxLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(BackOfficeLink.of(BackOfficeLink.Section.ADMINISTRATION,
				messages.getMessage("outbox.title", null, locale), "/staff/outbox", "ADMIN", 50));
	}

}
