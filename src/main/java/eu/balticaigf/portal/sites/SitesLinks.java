package eu.balticaigf.portal.sites;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The candidate sites' assessments on the back office's home. */
@Component
class SitesLinks implements BackOfficeLinks {

	private final MessageSource messages;

	SitesLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(BackOfficeLink.of(BackOfficeLink.Section.WORK, messages.getMessage("sites.link", null, locale),
				SitePages.BASE, "VIEWER", 40));
	}

}
