package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.shared.StaffNames;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the current language, links to the same
 * page in the others, and who is signed in to the back office.
 */
@ControllerAdvice
class LayoutModel {

	record LanguageLink(String code, String href, boolean current) {
	}

	private final StaffNames staffNames;

	LayoutModel(StaffNames staffNames) {
		this.staffNames = staffNames;
	}

	/**
	 * "Name (e-mail)" of the member of staff whose session holds a staff role, as the
	 * staff bar names them (the same rule as the jte layout's); {@code null} for everyone
	 * else, including a session half-way through signing in (it holds only a pending
	 * step) and visitors of public pages, who cost no lookup.
	 */
	@ModelAttribute("signedInStaff")
	String signedInStaff() {
		return PageContext.staffMember(staffNames);
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
