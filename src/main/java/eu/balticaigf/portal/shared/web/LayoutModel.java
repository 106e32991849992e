package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.shared.StaffNames;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

	/** The member of staff signed in, as the staff header names them. */
	record SignedInStaff(String name, String email) {

		/**
		 * "Rūta Žemaitė (ruta@ministry.lt)", or the address where the name is unknown.
		 */
		public String display() {
			return name == null ? email : name + " (" + email + ")";
		}

	}

	private final StaffNames staffNames;

	LayoutModel(StaffNames staffNames) {
		this.staffNames = staffNames;
	}

	/**
	 * The member of staff whose session holds a staff role; {@code null} for everyone
	 * else, including a session half-way through signing in (it holds only a pending
	 * step) and visitors of public pages, who cost no lookup.
	 */
	@ModelAttribute("signedInStaff")
	SignedInStaff signedInStaff() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || !who.isAuthenticated()
				|| who.getAuthorities()
					.stream()
					.noneMatch(authority -> STAFF_ROLES.contains(authority.getAuthority()))) {
			return null;
		}
		String email = who.getName();
		return new SignedInStaff(staffNames.byEmail(List.of(email)).get(email), email);
	}

	private static final List<String> STAFF_ROLES = List.of("ROLE_ADMIN", "ROLE_REVIEWER", "ROLE_VIEWER");

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
