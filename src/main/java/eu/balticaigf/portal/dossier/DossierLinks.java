package eu.balticaigf.portal.dossier;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bids' dossiers on the back office's home. */
@Component
class DossierLinks extends LabelledBackOfficeLinks {

	DossierLinks(MessageSource messages) {
		super(messages, link(WORK, "dossier.link", DossierPages.INDEX, "VIEWER", 45));
	}

}
