package eu.balticaigf.portal.call;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * A call to join the consortium, as other modules and the pages see it.
 *
 * @param budgetEur the whole budget in euros
 * @param privateSharePct the share of the budget expected from private investment, in
 * whole per cent
 * @param meetingSlug the information meeting that goes with the call, if any
 * @param issuerCountry the country (ISO 3166-1 alpha-2) whose ministry issued the call
 * and whose organisations its text addresses, or null
 */
public record Call(long id, String slug, Map<String, String> titles, Instant opensAt, Instant closesAt, ZoneId zone,
		long budgetEur, int privateSharePct, int plannedGpus, String meetingSlug, boolean demo, String issuerCountry) {

	/** A call that names no issuer. */
	public Call(long id, String slug, Map<String, String> titles, Instant opensAt, Instant closesAt, ZoneId zone,
			long budgetEur, int privateSharePct, int plannedGpus, String meetingSlug, boolean demo) {
		this(id, slug, titles, opensAt, closesAt, zone, budgetEur, privateSharePct, plannedGpus, meetingSlug, demo,
				null);
	}

	public String title(Locale locale) {
		return titles.getOrDefault(Languages.supported(locale).getLanguage(), titles.get("en"));
	}

	/**
	 * The private investment the call aims at, in whole euros: budget × private share.
	 */
	public long targetPrivateEur() {
		return Math.multiplyExact(budgetEur, privateSharePct) / 100;
	}

	public long targetPublicEur() {
		return budgetEur - targetPrivateEur();
	}

	/**
	 * Where the window stands at {@code now}. The close is inclusive of its whole last
	 * second: a submission received at 23:59:59.999 is in time, one at 00:00:00 is not.
	 */
	public WindowState windowAt(Instant now) {
		if (now.isBefore(opensAt)) {
			return WindowState.UPCOMING;
		}
		return now.truncatedTo(ChronoUnit.SECONDS).isAfter(closesAt) ? WindowState.CLOSED : WindowState.OPEN;
	}

	public boolean isOpenAt(Instant now) {
		return windowAt(now) == WindowState.OPEN;
	}

	public enum WindowState {

		UPCOMING, OPEN, CLOSED

	}

}
