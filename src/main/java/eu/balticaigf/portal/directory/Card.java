package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An offer or a need an organisation put in the directory, with its moderation state. The
 * codes (type, role, unit, state, countries) are shown by their labels; the owner's
 * address is only for the news about the card and never reaches a page.
 */
record Card(long id, String organisationKey, String type, String role, List<String> tags, BigDecimal quantity,
		String unit, List<String> countries, String text, State state, String note, String ownerEmail,
		Locale ownerLanguage, Instant updatedAt, Instant approvedAt, Instant expiresAt) {

	static final List<String> TYPES = List.of("OFFER", "NEED");

	/** The controlled list of issue 17, in the order the form offers it. */
	static final List<String> ROLES = List.of("SITE", "POWER", "COOLING", "NETWORK", "GPUS_HARDWARE", "OPERATIONS",
			"SOFTWARE", "DATA", "RESEARCH", "SKILLS", "EQUITY", "LOANS", "COMPUTE_DEMAND");

	/**
	 * How long before its expiry an approved card may be renewed: renewing earlier would
	 * not move its date (a card approved today expires in 90 days either way).
	 */
	static final Duration RENEWAL_OPENS = Duration.ofDays(30);

	static final List<String> UNITS = List.of("MW", "EUR", "GPUS", "GPU_HOURS_PER_YEAR", "RACKS");

	/** Where a card is in its life; only APPROVED and unexpired cards are public. */
	enum State {

		PENDING, CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN, EXPIRED;

		String label() {
			return "directory.card.state." + name();
		}

	}

	boolean offer() {
		return type.equals("OFFER");
	}

	/** Approved and not yet past its expiry: what the public may see. */
	boolean live(Instant now) {
		return state == State.APPROVED && expiresAt != null && expiresAt.isAfter(now);
	}

	/** The owner may edit it while it is not withdrawn. */
	boolean editable() {
		return state != State.WITHDRAWN;
	}

	/**
	 * An approved card may be renewed without a new review once it expired, or in the
	 * last {@link #RENEWAL_OPENS} before its expiry.
	 */
	boolean renewable(Instant now) {
		return state == State.EXPIRED
				|| (state == State.APPROVED && expiresAt != null && !now.isBefore(renewalOpens()));
	}

	/** When the renewal of an approved card opens, or null before its approval. */
	Instant renewalOpens() {
		return expiresAt == null ? null : expiresAt.minus(RENEWAL_OPENS);
	}

}
