package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's cards and the reports about them.
 */
@Repository
class CardStore {

	/** What the public list asks for; blank fields do not filter. */
	record Query(String q, String type, String role, String country) {

		static Query none() {
			return new Query("", "", "", "");
		}

	}

	/** One page of cards and how many there are in all. */
	record Found(List<Card> cards, int total) {
	}

	/** A card in the moderation queue with its open reports. */
	record Queued(Card card, List<String> reports) {
	}

	private static final String COLUMNS = "id, organisation_key, type, role, tags, quantity, unit, countries, text,"
			+ " state, note, owner_email, owner_language, updated_at, approved_at, expires_at ";

	private final JdbcClient jdbc;

	CardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new card waiting for moderation: its id, or empty when a card with this
	 * form key exists already (a second post of the same form).
	 */
	Optional<Long> insert(String organisationKey, String formKey, CardRules.Draft draft, String ownerEmail,
			Locale language, Instant now) {
		return jdbc.sql("""
				INSERT INTO directory_card (organisation_key, form_key, type, role, tags, quantity, unit, countries,
				    text, state, owner_email, owner_language, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?, 'PENDING', ?, ?, ?, ?)
				ON CONFLICT (form_key) DO NOTHING RETURNING id""")
			.params(organisationKey, formKey, draft.type(), draft.role(), draft.tags().toArray(String[]::new),
					draft.quantity(), draft.unit(), draft.countries().toArray(String[]::new), draft.text(), ownerEmail,
					language.getLanguage(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/** The card a form created, by the form's key. */
	Optional<Card> byFormKey(String formKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM directory_card WHERE form_key = ?")
			.param(formKey)
			.query(CardStore::map)
			.optional();
	}

	/**
	 * A demo card in the given state, unless one with this key exists already (perhaps
	 * changed since).
	 */
	void seed(String organisationKey, String formKey, CardRules.Draft draft, Card.State state, String ownerEmail,
			Instant now, Instant expiresAt) {
		boolean approved = state == Card.State.APPROVED;
		jdbc.sql("""
				INSERT INTO directory_card (organisation_key, form_key, type, role, tags, quantity, unit, countries,
				    text, state, owner_email, owner_language, created_at, updated_at, approved_at, expires_at)
				VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?, ?, ?, 'en', ?, ?, ?, ?)
				ON CONFLICT (form_key) DO NOTHING""")
			.params(organisationKey, formKey, draft.type(), draft.role(), draft.tags().toArray(String[]::new),
					draft.quantity(), draft.unit(), draft.countries().toArray(String[]::new), draft.text(),
					state.name(), ownerEmail, Timestamp.from(now), Timestamp.from(now),
					approved ? Timestamp.from(now) : null, approved ? Timestamp.from(expiresAt) : null)
			.update();
	}

	/** New content: the card waits for moderation again. */
	void update(long id, CardRules.Draft draft, String ownerEmail, Locale language, Instant now) {
		jdbc.sql(
				"""
						UPDATE directory_card SET type = ?, role = ?, tags = ?::text[], quantity = ?, unit = ?,
						    countries = ?::text[], text = ?, state = 'PENDING', note = NULL, owner_email = ?, owner_language = ?,
						    updated_at = ?
						WHERE id = ?""")
			.params(draft.type(), draft.role(), draft.tags().toArray(String[]::new), draft.quantity(), draft.unit(),
					draft.countries().toArray(String[]::new), draft.text(), ownerEmail, language.getLanguage(),
					Timestamp.from(now), id)
			.update();
	}

	Optional<Card> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM directory_card WHERE id = ?")
			.param(id)
			.query(CardStore::map)
			.optional();
	}

	/** An organisation's cards in every state (withdrawn ones too), the latest first. */
	List<Card> ofOrganisation(String organisationKey) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM directory_card WHERE organisation_key = ?
				ORDER BY updated_at DESC, id DESC""").param(organisationKey).query(CardStore::map).list();
	}

	/**
	 * Moves a card from one of the states {@code from} to {@code to}; false when it was
	 * in none of them (a decision taken twice, or on a card changed meanwhile).
	 */
	boolean move(long id, Collection<Card.State> from, Card.State to, String note, Instant now) {
		return jdbc
			.sql("""
					UPDATE directory_card SET state = ?, note = ?, updated_at = ? WHERE id = ? AND state = ANY(?::text[])""")
			.params(to.name(), note, Timestamp.from(now), id, names(from))
			.update() == 1;
	}

	/**
	 * Approved (or renewed) until {@code expiresAt}; the reminder may go again.
	 * @param from the states it may be approved or renewed from
	 */
	boolean approve(long id, Collection<Card.State> from, Instant now, Instant expiresAt) {
		return jdbc.sql("""
				UPDATE directory_card SET state = 'APPROVED', note = NULL, updated_at = ?,
				    approved_at = COALESCE(approved_at, ?), expires_at = ?, reminded_at = NULL
				WHERE id = ? AND state = ANY(?::text[])""")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(expiresAt), id, names(from))
			.update() == 1;
	}

	/**
	 * The live cards (approved, unexpired) of these organisations that answer the query,
	 * the latest approved first.
	 */
	Found live(Collection<String> organisationKeys, Query query, Instant now, int offset, int limit) {
		String where = """
				FROM directory_card WHERE state = 'APPROVED' AND expires_at > :now AND organisation_key = ANY(CAST(:keys AS text[]))
				AND (:type = '' OR type = :type) AND (:role = '' OR role = :role)
				AND (:country = '' OR :country = ANY(countries))
				AND (:q = '' OR search_fold(text || ' ' || array_to_string(tags, ' ')) LIKE search_fold(:pattern))""";
		String q = query.q().strip();
		String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String[] keys = organisationKeys.toArray(String[]::new);
		int total = jdbc.sql("SELECT count(*)" + where)
			.param("now", Timestamp.from(now))
			.param("keys", keys)
			.param("type", query.type())
			.param("role", query.role())
			.param("country", query.country())
			.param("q", q)
			.param("pattern", pattern)
			.query(Integer.class)
			.single();
		List<Card> cards = jdbc
			.sql("SELECT " + COLUMNS + where + " ORDER BY approved_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("now", Timestamp.from(now))
			.param("keys", keys)
			.param("type", query.type())
			.param("role", query.role())
			.param("country", query.country())
			.param("q", q)
			.param("pattern", pattern)
			.param("limit", limit)
			.param("offset", offset)
			.query(CardStore::map)
			.list();
		return new Found(cards, total);
	}

	/**
	 * The live cards of these roles and type: the candidates a card's matches are ranked
	 * from.
	 */
	List<Card> liveOf(String type, Collection<String> roles, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + """
				FROM directory_card WHERE state = 'APPROVED' AND expires_at > ? AND type = ?
				AND role = ANY(?::text[])""")
			.params(Timestamp.from(now), type, roles.toArray(String[]::new))
			.query(CardStore::map)
			.list();
	}

	/** The organisations with a live card of this type in one of these roles. */
	Set<String> organisationsWithLive(String type, Collection<String> roles, Instant now) {
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT organisation_key FROM directory_card WHERE state = 'APPROVED' AND expires_at > ?
				AND type = ? AND role = ANY(?::text[])""")
			.params(Timestamp.from(now), type, roles.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/** The live cards of these organisations, whatever their role or type. */
	List<Card> liveOfOrganisations(Collection<String> organisationKeys, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + """
				FROM directory_card WHERE state = 'APPROVED' AND expires_at > ?
				AND organisation_key = ANY(?::text[])""")
			.params(Timestamp.from(now), organisationKeys.toArray(String[]::new))
			.query(CardStore::map)
			.list();
	}

	/**
	 * Cards waiting for a moderator: new or edited ones, and reported ones; oldest first.
	 */
	List<Queued> queue() {
		List<Card> cards = jdbc.sql("SELECT " + COLUMNS + """
				 FROM directory_card c WHERE state = 'PENDING' OR (state = 'APPROVED' AND EXISTS (
				    SELECT 1 FROM directory_card_report r WHERE r.card_id = c.id AND r.handled_at IS NULL))
				ORDER BY updated_at, id""").query(CardStore::map).list();
		List<Queued> queued = new ArrayList<>();
		for (Card card : cards) {
			queued.add(new Queued(card, openReports(card.id())));
		}
		return queued;
	}

	List<String> openReports(long cardId) {
		return jdbc.sql("SELECT reason FROM directory_card_report WHERE card_id = ? AND handled_at IS NULL ORDER BY id")
			.param(cardId)
			.query(String.class)
			.list();
	}

	/** False when this reporter has an open report about the card already. */
	boolean report(long cardId, String reason, String reporterHash, Instant now) {
		return jdbc.sql("""
				INSERT INTO directory_card_report (card_id, reason, reporter, reported_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(cardId, reason, reporterHash, Timestamp.from(now)).update() == 1;
	}

	void closeReports(long cardId, Instant now) {
		jdbc.sql("UPDATE directory_card_report SET handled_at = ? WHERE card_id = ? AND handled_at IS NULL")
			.params(Timestamp.from(now), cardId)
			.update();
	}

	/**
	 * Marks the approved cards past their expiry as expired, each by exactly one caller
	 * (the update takes the rows), so several nodes may run it at once.
	 */
	List<Card> expire(Instant now) {
		return jdbc
			.sql("UPDATE directory_card SET state = 'EXPIRED', updated_at = ?"
					+ " WHERE state = 'APPROVED' AND expires_at <= ? RETURNING " + COLUMNS)
			.params(Timestamp.from(now), Timestamp.from(now))
			.query(CardStore::map)
			.list();
	}

	/**
	 * The approved cards expiring before {@code before} whose owner was not reminded yet,
	 * marked reminded: each taken by one caller only.
	 */
	List<Card> toRemind(Instant now, Instant before) {
		return jdbc
			.sql("UPDATE directory_card SET reminded_at = ? WHERE state = 'APPROVED' AND reminded_at IS NULL"
					+ " AND expires_at <= ? RETURNING " + COLUMNS)
			.params(Timestamp.from(now), Timestamp.from(before))
			.query(CardStore::map)
			.list();
	}

	/** A count under two codes (role or country, and type). */
	record Count(String code, String type, long cards) {
	}

	/** How many cards are in each state. */
	Map<Card.State, Long> countsByState() {
		Map<Card.State, Long> counts = new EnumMap<>(Card.State.class);
		jdbc.sql("SELECT state, count(*) AS n FROM directory_card GROUP BY state")
			.query((rs, n) -> counts.put(Card.State.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Cards with an open report. */
	long reported() {
		return jdbc.sql("SELECT count(DISTINCT card_id) FROM directory_card_report WHERE handled_at IS NULL")
			.query(Long.class)
			.single();
	}

	/** Live cards by role and type. */
	List<Count> liveByRole(Instant now) {
		return jdbc.sql("""
				SELECT role, type, count(*) AS n FROM directory_card WHERE state = 'APPROVED' AND expires_at > ?
				GROUP BY role, type""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Count(rs.getString("role"), rs.getString("type"), rs.getLong("n")))
			.list();
	}

	/** Live cards by each country they name, and type. */
	List<Count> liveByCountry(Instant now) {
		return jdbc.sql("""
				SELECT country, type, count(*) AS n FROM directory_card, unnest(countries) AS country
				WHERE state = 'APPROVED' AND expires_at > ? GROUP BY country, type""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Count(rs.getString("country"), rs.getString("type"), rs.getLong("n")))
			.list();
	}

	/**
	 * Euros offered by live cards of these roles (the cards that state an amount in EUR).
	 */
	BigDecimal liveEurosOffered(Collection<String> roles, Instant now) {
		return jdbc.sql("""
				SELECT COALESCE(sum(quantity), 0) FROM directory_card WHERE state = 'APPROVED' AND expires_at > ?
				AND type = 'OFFER' AND unit = 'EUR' AND role = ANY(?::text[])""")
			.params(Timestamp.from(now), roles.toArray(String[]::new))
			.query(BigDecimal.class)
			.single();
	}

	/** Every card but the withdrawn ones, by id: for staff (export and API). */
	List<Card> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM directory_card WHERE state <> 'WITHDRAWN' ORDER BY id")
			.query(CardStore::map)
			.list();
	}

	private static String[] names(Collection<Card.State> states) {
		return states.stream().map(Enum::name).toArray(String[]::new);
	}

	static Card map(ResultSet rs, int n) throws SQLException {
		Timestamp approved = rs.getTimestamp("approved_at");
		Timestamp expires = rs.getTimestamp("expires_at");
		return new Card(rs.getLong("id"), rs.getString("organisation_key"), rs.getString("type"), rs.getString("role"),
				strings(rs.getArray("tags")), rs.getBigDecimal("quantity"), rs.getString("unit"),
				strings(rs.getArray("countries")), rs.getString("text"), Card.State.valueOf(rs.getString("state")),
				rs.getString("note"), rs.getString("owner_email"),
				Locale.forLanguageTag(rs.getString("owner_language")), rs.getTimestamp("updated_at").toInstant(),
				approved == null ? null : approved.toInstant(), expires == null ? null : expires.toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
