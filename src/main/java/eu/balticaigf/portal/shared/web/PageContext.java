package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.shared.StaffNames;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout and every form need of the request: the language, links to the same
 * page in the others, the CSRF token, and who of the staff is signed in (for the staff
 * header; null for everyone else).
 */
public record PageContext(String lang, List<LanguageLink> languageLinks, CsrfToken csrf, String staffMember) {

	public record LanguageLink(String code, String href, boolean current) {
	}

	/**
	 * Outside a request (an e-mail rendered by a scheduled job): English, no links, no
	 * token.
	 */
	static final PageContext NONE = new PageContext("en", List.of(), null, null);

	static PageContext of(HttpServletRequest request, Locale locale, StaffNames names) {
		String current = Languages.supported(locale).getLanguage();
		// On an error page the request is the forwarded /error; link back to the page the
		// user asked for.
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = "GET".equals(request.getMethod()) && errorUri == null ? request.getQueryString() : null;
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(path).query(query);
		List<LanguageLink> links = Languages.CODES.stream()
			.map(code -> new LanguageLink(code,
					base.cloneBuilder().replaceQueryParam("lang", code).build().toUriString(), code.equals(current)))
			.toList();
		return new PageContext(current, links, (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
				staffMember(names));
	}

	/**
	 * "Name (e-mail)" of a signed-in member of staff (a holder of one of the roles), else
	 * null.
	 */
	private static final Set<String> STAFF_ROLES = Set.of("ROLE_ADMIN", "ROLE_REVIEWER", "ROLE_VIEWER");

	static String staffMember(StaffNames names) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		// Not any ROLE_: a visitor of a public page holds ROLE_ANONYMOUS, and a session
		// half-way through signing in holds only its pending step.
		boolean staff = who != null && who.isAuthenticated()
				&& who.getAuthorities().stream().anyMatch(authority -> STAFF_ROLES.contains(authority.getAuthority()));
		if (!staff) {
			return null;
		}
		String name = names == null ? null : names.byEmail(List.of(who.getName())).get(who.getName());
		return name == null ? who.getName() : name + " (" + who.getName() + ")";
	}

	public String csrfName() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	public boolean signedInStaff() {
		return staffMember != null;
	}

}
