package eu.balticaigf.portal.sites;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A site's value for one criterion, with its evidence.
 *
 * @param source a document, a link or a note
 * @param measuredOn when the value was true, or null when the source gives no date
 */
record SiteValue(String criterion, double value, String source, LocalDate measuredOn, String enteredBy,
		Instant enteredAt) {
}
