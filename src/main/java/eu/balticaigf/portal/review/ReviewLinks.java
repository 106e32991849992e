package eu.balticaigf.portal.review;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The review's pages on the back office's home. */
@Component
class ReviewLinks extends LabelledBackOfficeLinks {

	ReviewLinks(MessageSource messages) {
		super(messages, link(WORK, "review.queue.title", "/staff/applications", "VIEWER", 10),
				link(WORK, "review.conflict.title", "/staff/conflicts", "REVIEWER", 20));
	}

}
