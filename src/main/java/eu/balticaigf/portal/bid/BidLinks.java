package eu.balticaigf.portal.bid;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bids (members, commitments) on the back office's home. */
@Component
class BidLinks implements BackOfficeLinks {

	private final MessageSource messages;

	BidLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return List.of(BackOfficeLink.of(BackOfficeLink.Section.WORK, messages.getMessage("bid.link", null, locale),
				BidPages.BASE, "VIEWER", 35));
	}

}
