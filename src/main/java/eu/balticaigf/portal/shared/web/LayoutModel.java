package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the current language and links to the same
 * page in the others.
 */
@ControllerAdvice
class LayoutModel {

	record LanguageLink(String code, String href, boolean current) {
	}

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return Languages.supported(locale).getLanguage();
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		String current = Languages.supported(locale).getLanguage();
		// On an error page the request is the forwarded /error; link back to the page the
		// user asked for.
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = "GET".equals(request.getMethod()) && errorUri == null ? request.getQueryString() : null;
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(path).query(query);
		return Languages.CODES.stream()
			.map(code -> new LanguageLink(code,
					base.cloneBuilder().replaceQueryParam("lang", code).build().toUriString(), code.equals(current)))
			.toList();
	}

}
