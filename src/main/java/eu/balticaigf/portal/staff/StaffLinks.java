package eu.balticaigf.portal.staff;

import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.ADMINISTRATION;
import static eu.balticaigf.portal.shared.web.BackOfficeLink.Section.WORK;

import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Accounts, API tokens and one's own second factor on the back office's home. */
@Component
class StaffLinks extends LabelledBackOfficeLinks {

	StaffLinks(MessageSource messages) {
		super(messages, link(WORK, "staff.nav.secondFactor", SecondFactorController.ENROL_PAGE, "VIEWER", 90),
				link(ADMINISTRATION, "staff.nav.accounts", "/staff/accounts", "ADMIN", 10),
				link(ADMINISTRATION, "staff.nav.apiTokens", "/staff/api-tokens", "ADMIN", 30));
	}

}
