package eu.balticaigf.portal.messages;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Messages to applicants and registrants on the back office's home. */
@Component
class MessageLinks extends LabelledBackOfficeLinks {

	MessageLinks(MessageSource messages) {
		super(messages, link(WORK, "messages.title", "/staff/messages", "VIEWER", 36));
	}

}
