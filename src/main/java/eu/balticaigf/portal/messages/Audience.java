package eu.balticaigf.portal.messages;

import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * Whom a message goes to: the applicants of a call or the registrants of a meeting,
 * narrowed by a filter.
 *
 * @param id the call's or the meeting's id
 * @param filter codes by field ({@code status}, {@code country}, {@code category},
 * {@code attendance}); a field left out means any
 */
record Audience(Kind kind, long id, String slug, Map<String, String> titles, Map<String, String> filter) {

	enum Kind {

		CALL, MEETING

	}

	String title(Locale locale) {
		return titles.getOrDefault(Languages.supported(locale).getLanguage(), titles.get("en"));
	}

	Audience filtered(Map<String, String> filter) {
		return new Audience(kind, id, slug, titles, filter);
	}

	/**
	 * Where the pages of this audience's messages are:
	 * {@code /staff/messages/calls/demo}.
	 */
	String path() {
		return "/staff/messages/" + (kind == Kind.CALL ? "calls/" : "meetings/") + slug;
	}

}
