package eu.balticaigf.portal.meeting;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The meetings' staff pages on the back office's home. */
@Component
class MeetingLinks implements BackOfficeLinks {

	private final MessageSource messages;

	MeetingLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(BackOfficeLink.of(BackOfficeLink.Section.WORK,
				messages.getMessage("staff.meeting.list.title", null, locale), "/staff/meetings", "VIEWER", 30));
	}

}
