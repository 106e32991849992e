package eu.balticaigf.portal.review;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form posted from an application's page that has since been hidden from the poster by
 * a conflict they declared (in another tab) changes nothing and leads to the
 * application's page, which says why it is hidden.
 */
@ControllerAdvice(assignableTypes = { ReviewPages.class, ReviewWorkPages.class, MovePages.class })
class HiddenApplications {

	@ExceptionHandler(DetailPage.HiddenByConflict.class)
	String hidden(DetailPage.HiddenByConflict hidden) {
		return "redirect:/staff/applications/" + hidden.reference;
	}

}
