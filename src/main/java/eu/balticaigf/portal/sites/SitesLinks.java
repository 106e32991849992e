package eu.balticaigf.portal.sites;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The candidate sites' assessments on the back office's home. */
@Component
class SitesLinks extends LabelledBackOfficeLinks {

	SitesLinks(MessageSource messages) {
		super(messages, link(WORK, "sites.link", SitePages.BASE, "VIEWER", 40));
	}

}
