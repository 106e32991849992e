package eu.balticaigf.portal.shared.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Loads the CSRF token before a page is rendered. Thymeleaf streams long pages, so a form
 * low on the page would otherwise ask for the token after the response is committed, too
 * late to set its cookie.
 */
@ControllerAdvice
class CsrfBeforeRendering {

	@ModelAttribute
	void loadCsrfToken(CsrfToken token) {
		if (token != null) {
			token.getToken();
		}
	}

}
