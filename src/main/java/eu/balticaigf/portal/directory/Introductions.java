package eu.balticaigf.portal.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.DataSubjects;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions between organisations, double opt-in: an organisation asks the owner of
 * an approved card, the owner sees the asker's name, country and message and nothing
 * more, and only an acceptance sends each side the other's contact (the organisation's
 * name and the address of the person who asked or accepted), each in their language. A
 * decline sends nothing and shows the asker the same "closed" as an expired request.
 * Every step is audited; the expiry and the follow-up question claim their rows with one
 * atomic UPDATE … RETURNING, so any number of nodes may run them.
 */
@Service
class Introductions {

	/** Where a request is; the asker sees DECLINED and EXPIRED alike, as closed. */
	enum State {

		PENDING, ACCEPTED, DECLINED, EXPIRED;

		/**
		 * What the asker is shown, down to {@code data-} attributes: a decline is never
		 * announced as such, it is closed as an expired request is.
		 */
		String askerCode() {
			return this == DECLINED || this == EXPIRED ? "CLOSED" : name();
		}

		String askerLabel() {
			return "directory.introductions.state." + askerCode();
		}

		/** What the card's owner and staff read. */
		String label() {
			return "directory.introductions.state." + name();
		}

	}

	/** Whether an introduction led anywhere, as either side answered. */
	enum Outcome {

		YES, NOT_YET, NO;

		String label() {
			return "directory.introductions.outcome." + name();
		}

	}

	/** What became of a request to be introduced. */
	enum Asked {

		/** Asked now, or already waiting for this card (a double click). */
		ASKED,
		/** The asker has as many requests waiting as it may. */
		TOO_MANY_PENDING,
		/** The asker asked as often today as it may. */
		TOO_MANY_TODAY

	}

	/** One request, as stored. */
	record Introduction(long id, Long cardId, String cardType, String cardRole, String ownerKey, String askerKey,
			String askerCountry, String askerEmail, String askerLanguage, String message, State state, Instant askedAt,
			Instant expiresAt, Instant closedAt, String answererEmail, String answererLanguage, Outcome askerOutcome,
			Outcome ownerOutcome) {

		/** The side this organisation is on, if any: "asker" or "owner". */
		Optional<String> sideOf(String organisationKey) {
			if (askerKey.equals(organisationKey)) {
				return Optional.of("asker");
			}
			return ownerKey.equals(organisationKey) ? Optional.of("owner") : Optional.empty();
		}

	}

	private static final String COLUMNS = """
			id, card_id, card_type, card_role, owner_key, asker_key, asker_country, asker_email, asker_language, message, state,
			asked_at, expires_at, closed_at, answerer_email, answerer_language, asker_outcome, owner_outcome""";

	private final JdbcClient jdbc;

	private final CardStore cards;

	private final Organisations organisations;

	private final Outbox outbox;

	private final AuditLog audit;

	private final MessageSource messages;

	private final IntroductionSettings settings;

	private final Clock clock;

	Introductions(JdbcClient jdbc, CardStore cards, Organisations organisations, Outbox outbox, AuditLog audit,
			MessageSource messages, IntroductionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.organisations = organisations;
		this.outbox = outbox;
		this.audit = audit;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Asks the owner of a live card (not the asker's own) for an introduction. The
	 * asker's requests are counted under a lock of their own, so two tabs cannot pass the
	 * limits together; a second request for the same card while the first waits is that
	 * first one.
	 */
	@Transactional
	Asked ask(OrganisationSession.SignedIn by, Organisation asker, Card card, String message, Locale language) {
		Instant now = clock.instant();
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('directory-introduction:' || ?))")
			.param(asker.key())
			.query()
			.listOfRows();
		if (jdbc.sql(
				"SELECT count(*) FROM directory_introduction WHERE card_id = ? AND asker_key = ? AND state = 'PENDING'")
			.params(card.id(), asker.key())
			.query(Long.class)
			.single() > 0) {
			return Asked.ASKED;
		}
		if (jdbc.sql("SELECT count(*) FROM directory_introduction WHERE asker_key = ? AND state = 'PENDING'")
			.param(asker.key())
			.query(Long.class)
			.single() >= settings.pendingPerAsker()) {
			return Asked.TOO_MANY_PENDING;
		}
		if (jdbc.sql("SELECT count(*) FROM directory_introduction WHERE asker_key = ? AND asked_at > ?")
			.params(asker.key(), Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
			.query(Long.class)
			.single() >= settings.perDay()) {
			return Asked.TOO_MANY_TODAY;
		}
		long id = jdbc
			.sql("""
					INSERT INTO directory_introduction (card_id, card_type, card_role, owner_key, asker_key, asker_country, asker_email,
					    asker_language, message, state, asked_at, expires_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) RETURNING id""")
			.params(card.id(), card.type(), card.role(), card.organisationKey(), asker.key(), asker.country(),
					DataSubjects.normalise(by.email()), language.getLanguage(), message, Timestamp.from(now),
					Timestamp.from(now.plus(settings.validity())))
			.query(Long.class)
			.single();
		audit.record(by.email(), "directory.introduction.asked", target(id), null,
				Map.of("card", card.id(), "asker", asker.key(), "owner", card.organisationKey()));
		outbox.enqueue(new Email(card.ownerEmail(), card.ownerLanguage(), "directory/introductionRequested", Map
			.of("title", cardTitle(card.type(), card.role(), card.ownerLanguage()), "link", IntroductionPages.PATH)));
		return Asked.ASKED;
	}

	/**
	 * The owner accepts: both sides receive the other's contact. Only the card owner's
	 * organisation, and only while the request waits.
	 */
	@Transactional
	boolean accept(OrganisationSession.SignedIn by, long id, Locale language) {
		Instant now = clock.instant();
		Optional<Introduction> accepted = jdbc.sql("""
				UPDATE directory_introduction SET state = 'ACCEPTED', closed_at = ?, answerer_email = ?,
				    answerer_language = ?
				WHERE id = ? AND owner_key = ? AND state = 'PENDING' AND expires_at > ? RETURNING\s""" + COLUMNS)
			.params(Timestamp.from(now), DataSubjects.normalise(by.email()), language.getLanguage(), id,
					by.organisationKey(), Timestamp.from(now))
			.query(Introductions::map)
			.optional();
		accepted.ifPresent(introduction -> {
			audit.record(by.email(), "directory.introduction.accepted", target(id), Map.of("state", "PENDING"),
					Map.of("state", "ACCEPTED"));
			String owner = name(introduction.ownerKey());
			String asker = name(introduction.askerKey());
			Locale askerLanguage = Locale.forLanguageTag(introduction.askerLanguage());
			outbox.enqueue(new Email(introduction.askerEmail(), askerLanguage, "directory/introduced",
					Map.of("organisation", owner, "contact", DataSubjects.normalise(by.email()), "title",
							cardTitle(introduction, askerLanguage))));
			outbox.enqueue(new Email(by.email(), language, "directory/introduced", Map.of("organisation", asker,
					"contact", introduction.askerEmail(), "title", cardTitle(introduction, language))));
		});
		return accepted.isPresent();
	}

	/** The owner declines: the request closes, and nobody is told. */
	@Transactional
	boolean decline(OrganisationSession.SignedIn by, long id) {
		Instant now = clock.instant();
		boolean declined = jdbc.sql("""
				UPDATE directory_introduction SET state = 'DECLINED', closed_at = ?, answerer_email = ?,
				    answerer_language = NULL
				WHERE id = ? AND owner_key = ? AND state = 'PENDING'""")
			.params(Timestamp.from(now), DataSubjects.normalise(by.email()), id, by.organisationKey())
			.update() == 1;
		if (declined) {
			audit.record(by.email(), "directory.introduction.declined", target(id), Map.of("state", "PENDING"),
					Map.of("state", "DECLINED"));
		}
		return declined;
	}

	/**
	 * Either side answers whether the introduction led anywhere (and may change the
	 * answer later).
	 */
	@Transactional
	boolean recordOutcome(OrganisationSession.SignedIn by, long id, Outcome outcome) {
		Optional<Introduction> introduction = find(id).filter(found -> found.state() == State.ACCEPTED);
		Optional<String> side = introduction.flatMap(found -> found.sideOf(by.organisationKey()));
		if (side.isEmpty()) {
			return false;
		}
		jdbc.sql("UPDATE directory_introduction SET " + side.get() + "_outcome = ? WHERE id = ?")
			.params(outcome.name(), id)
			.update();
		audit.record(by.email(), "directory.introduction.outcome", target(id), null,
				Map.of("side", side.get(), "outcome", outcome.name()));
		return true;
	}

	/**
	 * Closes the requests that waited their whole time. Each is claimed by the UPDATE
	 * that closes it: on several nodes, once.
	 */
	@Scheduled(fixedDelayString = "${portal.directory.introductions.sweep:15m}", initialDelayString = "2m")
	@Transactional
	public void expire() {
		Instant now = clock.instant();
		List<Long> expired = jdbc.sql("""
				UPDATE directory_introduction SET state = 'EXPIRED', closed_at = ?
				WHERE state = 'PENDING' AND expires_at <= ? RETURNING id""")
			.params(Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.list();
		expired.forEach(id -> audit.record("directory (expiry)", "directory.introduction.expired", target(id),
				Map.of("state", "PENDING"), Map.of("state", "EXPIRED")));
	}

	/**
	 * Asks both sides of each introduction accepted {@code followUpAfter} ago whether it
	 * led anywhere, once: the UPDATE that marks it sent claims it.
	 */
	@Scheduled(fixedDelayString = "${portal.directory.introductions.sweep:15m}", initialDelayString = "3m")
	@Transactional
	public void followUp() {
		Instant now = clock.instant();
		List<Introduction> due = jdbc.sql("""
				UPDATE directory_introduction SET follow_up_sent_at = ?
				WHERE state = 'ACCEPTED' AND follow_up_sent_at IS NULL AND closed_at <= ? RETURNING\s""" + COLUMNS)
			.params(Timestamp.from(now), Timestamp.from(now.minus(settings.followUpAfter())))
			.query(Introductions::map)
			.list();
		for (Introduction introduction : due) {
			String link = IntroductionPages.PATH + "/" + introduction.id() + "/outcome";
			if (introduction.askerEmail() != null) {
				outbox.enqueue(new Email(introduction.askerEmail(), Locale.forLanguageTag(introduction.askerLanguage()),
						"directory/introductionFollowUp",
						Map.of("organisation", name(introduction.ownerKey()), "link", link)));
			}
			if (introduction.answererEmail() != null && introduction.answererLanguage() != null) {
				outbox.enqueue(new Email(introduction.answererEmail(),
						Locale.forLanguageTag(introduction.answererLanguage()), "directory/introductionFollowUp",
						Map.of("organisation", name(introduction.askerKey()), "link", link)));
			}
			audit.record("directory (follow-up)", "directory.introduction.followUp", target(introduction.id()), null,
					null);
		}
	}

	/**
	 * A demo introduction: the demo card with this form key asked about by this
	 * organisation, accepted by the card's author or still waiting; nothing if the card
	 * is missing or the pair exists.
	 */
	void seed(String cardFormKey, String askerKey, String askerCountry, String askerEmail, String language,
			String message, boolean accepted, Instant askedAt) {
		jdbc.sql(
				"""
						INSERT INTO directory_introduction (card_id, card_type, card_role, owner_key, asker_key, asker_country,
						    asker_email, asker_language, message, state, asked_at, expires_at, closed_at, answerer_email,
						    answerer_language)
						SELECT c.id, c.type, c.role, c.organisation_key, :asker, :country, :email, :language, :message,
						    :state, CAST(:askedAt AS timestamptz), CAST(:expiresAt AS timestamptz),
						    CAST(:closedAt AS timestamptz), CASE WHEN CAST(:accepted AS boolean) THEN c.owner_email END,
						    CASE WHEN CAST(:accepted AS boolean) THEN c.owner_language END
						FROM directory_card c
						WHERE c.form_key = :card AND c.organisation_key <> :asker
						  AND NOT EXISTS (SELECT 1 FROM directory_introduction i WHERE i.card_id = c.id AND i.asker_key = :asker)""")
			.param("asker", askerKey)
			.param("country", askerCountry)
			.param("email", DataSubjects.normalise(askerEmail))
			.param("language", language)
			.param("message", message)
			.param("state", accepted ? State.ACCEPTED.name() : State.PENDING.name())
			.param("askedAt", Timestamp.from(askedAt))
			.param("expiresAt", Timestamp.from(askedAt.plus(settings.validity())))
			.param("closedAt", accepted ? Timestamp.from(askedAt.plus(java.time.Duration.ofDays(1))) : null)
			.param("accepted", accepted)
			.param("card", cardFormKey)
			.update();
	}

	Optional<Introduction> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM directory_introduction WHERE id = ?")
			.param(id)
			.query(Introductions::map)
			.optional();
	}

	/** Requests to this organisation's cards, newest first. */
	List<Introduction> toOwner(String organisationKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM directory_introduction WHERE owner_key = ? ORDER BY asked_at DESC")
			.param(organisationKey)
			.query(Introductions::map)
			.list();
	}

	/** This organisation's own requests, newest first. */
	List<Introduction> fromAsker(String organisationKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM directory_introduction WHERE asker_key = ? ORDER BY asked_at DESC")
			.param(organisationKey)
			.query(Introductions::map)
			.list();
	}

	/** The organisation's name, or "" when it is gone (withdrawn, erased). */
	String name(String organisationKey) {
		return organisations.find(organisationKey).map(Organisation::name).orElse("");
	}

	/** A card's title ("Offer: Power") in a language. */
	String cardTitle(String type, String role, Locale language) {
		return messages.getMessage("directory.card.type." + type, null, type, language) + ": "
				+ messages.getMessage("directory.card.role." + role, null, role, language);
	}

	String cardTitle(Introduction introduction, Locale language) {
		return cardTitle(introduction.cardType(), introduction.cardRole(), language);
	}

	Optional<Card> card(Long id) {
		return id == null ? Optional.empty() : cards.find(id);
	}

	Instant now() {
		return clock.instant();
	}

	private static AuditLog.Target target(long id) {
		return AuditLog.Target.of("directory-introduction", Long.toString(id));
	}

	static Introduction map(ResultSet rs, int n) throws SQLException {
		return new Introduction(rs.getLong("id"), rs.getObject("card_id", Long.class), rs.getString("card_type"),
				rs.getString("card_role"), rs.getString("owner_key"), rs.getString("asker_key"),
				rs.getString("asker_country"), rs.getString("asker_email"), rs.getString("asker_language"),
				rs.getString("message"), State.valueOf(rs.getString("state")), instant(rs, "asked_at"),
				instant(rs, "expires_at"), instant(rs, "closed_at"), rs.getString("answerer_email"),
				rs.getString("answerer_language"), outcome(rs.getString("asker_outcome")),
				outcome(rs.getString("owner_outcome")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return time == null ? null : time.toInstant();
	}

	private static Outcome outcome(String code) {
		return code == null ? null : Outcome.valueOf(code);
	}

}
