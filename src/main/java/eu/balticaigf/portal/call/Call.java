package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * A call to join the consortium, as other modules and the pages see it.
 *
 * @param budgetEur the whole budget in euros, exact to the cent
 * @param privateSharePct the share of the budget expected from private investment, in per
 * cent (exact, e.g. 17.5)
 * @param meetingSlug the information meeting that goes with the call, if any
 * @param issuerCountry the country (ISO 3166-1 alpha-2) whose ministry issued the call
 * and whose organisations its text addresses, or null
 * @param state a draft is seen by staff only; archived calls leave the public lists
 * @param formVersion the version of the call's application form (raised when a change to
 * its questions is published)
 */
public record Call(long id, String slug, Map<String, String> titles, Instant opensAt, Instant closesAt, ZoneId zone,
		BigDecimal budgetEur, BigDecimal privateSharePct, int plannedGpus, String meetingSlug, boolean demo,
		String issuerCountry, State state, int formVersion) {

	/** A published call that names no issuer, with whole euros and per cents. */
	public Call(long id, String slug, Map<String, String> titles, Instant opensAt, Instant closesAt, ZoneId zone,
			long budgetEur, int privateSharePct, int plannedGpus, String meetingSlug, boolean demo) {
		this(id, slug, titles, opensAt, closesAt, zone, BigDecimal.valueOf(budgetEur),
				BigDecimal.valueOf(privateSharePct), plannedGpus, meetingSlug, demo, null, State.PUBLISHED, 1);
	}

	/** Where a call is in its life: staff publish a draft, and archive what is over. */
	public enum State {

		DRAFT, PUBLISHED, ARCHIVED;

		/** A draft is published, a published call archived; nothing goes back. */
		boolean canMoveTo(State next) {
			return ordinal() + 1 == next.ordinal();
		}

	}

	/** Whether the public sees the call (a draft is for staff only). */
	public boolean isPublic() {
		return state != State.DRAFT;
	}

	public String title(Locale locale) {
		return titles.getOrDefault(Languages.supported(locale).getLanguage(), titles.get("en"));
	}

	/**
	 * The private investment the call aims at, in whole euros: budget × private share,
	 * rounded half up to the euro.
	 */
	public long targetPrivateEur() {
		return budgetEur.multiply(privateSharePct)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	public long targetPublicEur() {
		return budgetEur.setScale(0, RoundingMode.HALF_UP).longValueExact() - targetPrivateEur();
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

	/** Only a published call takes applications, and only inside its window. */
	public boolean isOpenAt(Instant now) {
		return state == State.PUBLISHED && windowAt(now) == WindowState.OPEN;
	}

	public enum WindowState {

		UPCOMING, OPEN, CLOSED

	}

}
