package eu.balticaigf.portal.bid;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import eu.balticaigf.portal.shared.web.Authorities;

/**
 * What the signed-in member of staff may do on the bid's pages, so that each page offers
 * only the forms its reader may use: admins change who is a member, what members state
 * and the plan; reviewers and admins move commitments.
 */
@ControllerAdvice(assignableTypes = { BidPages.class, PlanPages.class, ScenarioPages.class, ReadinessPages.class })
class BidRights {

	@ModelAttribute("mayAdmin")
	boolean mayAdmin(Authentication who) {
		return Authorities.holdsAny(who, "ROLE_ADMIN");
	}

	@ModelAttribute("mayMove")
	boolean mayMove(Authentication who) {
		return Authorities.holdsAny(who, "ROLE_ADMIN", "ROLE_REVIEWER");
	}

}
