package eu.balticaigf.portal.meeting;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The meetings' staff pages on the back office's home. */
@Component
class MeetingLinks extends LabelledBackOfficeLinks {

	MeetingLinks(MessageSource messages) {
		super(messages, link(WORK, "staff.meeting.list.title", "/staff/meetings", "VIEWER", 30));
	}

}
