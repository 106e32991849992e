package eu.balticaigf.portal.review;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The review's pages on the back office's home. */
@Component
class ReviewLinks implements BackOfficeLinks {

	private final MessageSource messages;

	ReviewLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(
				BackOfficeLink.of(BackOfficeLink.Section.WORK, messages.getMessage("review.queue.title", null, locale),
						"/staff/applications", "VIEWER", 10),
				BackOfficeLink.of(BackOfficeLink.Section.WORK,
						messages.getMessage("review.conflict.title", null, locale), "/staff/conflicts", "REVIEWER",
						20));
	}

}
