package eu.balticaigf.portal.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * An information meeting as other modules and the pages see it.
 *
 * @param venue            where it is held in person, or null when it is online only
 * @param capacityInPerson in-person seats; online seats are unlimited
 */
public record Meeting(long id, String slug, Map<String, String> titles, Instant startsAt, Instant endsAt, ZoneId zone,
		String venue, boolean online, int capacityInPerson, Instant registrationOpensAt, Instant registrationClosesAt,
		boolean demo) {

	public String title(Locale locale) {
		return titles.getOrDefault(Languages.supported(locale).getLanguage(), titles.get("en"));
	}

}
