package eu.balticaigf.portal.directory;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

/**
 * The directory's moderation queue on the back office's home, for reviewers and admins.
 */
@Component
class StaffDirectoryLinks extends LabelledBackOfficeLinks {

	StaffDirectoryLinks(MessageSource messages) {
		super(messages, link(WORK, "directory.moderation.title", ModerationPages.PATH, "REVIEWER", 38),
				link(WORK, "directory.staff.title", StaffDirectoryPages.PATH, "VIEWER", 37));
	}

}
