package eu.balticaigf.portal.bid;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bids (members, commitments) on the back office's home. */
@Component
class BidLinks extends LabelledBackOfficeLinks {

	BidLinks(MessageSource messages) {
		super(messages, link(WORK, "bid.link", BidPages.BASE, "VIEWER", 35));
	}

}
