package eu.balticaigf.portal.directory;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * An organisation's sign-in lives in the session beside, and apart from, a member of
 * staff's: it opens the directory's own pages and nothing of the back office, and staff
 * sign-in gives no organisation's pages. The session gets a new id on sign-in and
 * sign-out, so an id seen before is worth nothing after.
 */
final class OrganisationSession {

	private static final String EMAIL = "directory.email";

	private static final String ORGANISATION = "directory.organisation";

	private static final String DESTINATION = "directory.destination";

	/** Who is signed in (the address the link went to) and for which organisation. */
	record SignedIn(String email, String organisationKey) {
	}

	private OrganisationSession() {
	}

	static void signIn(HttpServletRequest request, String email, String organisationKey) {
		HttpSession session = request.getSession(true);
		request.changeSessionId();
		session.setAttribute(EMAIL, email);
		session.setAttribute(ORGANISATION, organisationKey);
	}

	static void switchTo(HttpServletRequest request, String organisationKey) {
		request.getSession(true).setAttribute(ORGANISATION, organisationKey);
	}

	static Optional<SignedIn> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(EMAIL) instanceof String email)
				|| !(session.getAttribute(ORGANISATION) instanceof String key)) {
			return Optional.empty();
		}
		return Optional.of(new SignedIn(email, key));
	}

	/**
	 * The page that sent a visitor to sign in (a card's page, opened from its e-mail), to
	 * open once the link e-mailed to them is used in this browser.
	 */
	static void rememberDestination(HttpServletRequest request, String path) {
		request.getSession(true).setAttribute(DESTINATION, path);
	}

	/** The remembered page, forgotten as it is taken. */
	static Optional<String> takeDestination(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(DESTINATION) instanceof String path)) {
			return Optional.empty();
		}
		session.removeAttribute(DESTINATION);
		return Optional.of(path);
	}

	static void signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(EMAIL);
			session.removeAttribute(ORGANISATION);
			request.changeSessionId();
		}
	}

}
