package eu.balticaigf.portal.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.DataSubjects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a card: an organisation writes, edits, renews and withdraws it; a moderator
 * approves it, asks for changes or rejects it; anyone signed in reports it. Every step is
 * audited, and each moderation decision (and the renewal reminder) is e-mailed to the one
 * who wrote the card, in their language.
 */
@Service
class Cards {

	/** How long an approved or renewed card stays public. */
	static final Duration LIFETIME = Duration.ofDays(90);

	/** How long before its expiry the owner is reminded to renew. */
	static final Duration REMINDER = Duration.ofDays(7);

	static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	/** What a moderator decides. */
	enum Decision {

		APPROVE, CHANGES, REJECT;

		boolean needsNote() {
			return this != APPROVE;
		}

	}

	private final CardStore store;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final MessageSource messages;

	Cards(CardStore store, Outbox outbox, AuditLog audit, Clock clock, MessageSource messages) {
		this.store = store;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/** A new card, waiting for moderation; the same form posted twice makes one card. */
	@Transactional
	long create(OrganisationSession.SignedIn by, String formKey, CardRules.Draft draft, Locale language) {
		Optional<Long> inserted = store.insert(by.organisationKey(), formKey, draft, by.email(), language,
				clock.instant());
		if (inserted.isEmpty()) {
			return store.byFormKey(formKey)
				.filter(card -> card.organisationKey().equals(by.organisationKey()))
				.orElseThrow(() -> new IllegalStateException("A form key used by another organisation"))
				.id();
		}
		audit.record(by.email(), "directory.card.created", AuditLog.Target.of("directory-card", inserted.get()), null,
				state(draft));
		return inserted.get();
	}

	/** New content: the card leaves the directory until a moderator approves it again. */
	@Transactional
	void edit(OrganisationSession.SignedIn by, Card card, CardRules.Draft draft, Locale language) {
		store.update(card.id(), draft, by.email(), language, clock.instant());
		audit.record(by.email(), "directory.card.edited", AuditLog.Target.of("directory-card", card.id()), state(card),
				state(draft));
	}

	/**
	 * Another {@link #LIFETIME} from today; false when the card cannot be renewed (not
	 * approved, or its renewal not open yet).
	 */
	@Transactional
	boolean renew(OrganisationSession.SignedIn by, Card card) {
		Instant now = clock.instant();
		if (!card.renewable(now) || !store.approve(card.id(), EnumSet.of(Card.State.APPROVED, Card.State.EXPIRED), now,
				now.plus(LIFETIME))) {
			return false;
		}
		audit.record(by.email(), "directory.card.renewed", AuditLog.Target.of("directory-card", card.id()), null,
				Map.of("expires", now.plus(LIFETIME).toString()));
		return true;
	}

	@Transactional
	void withdraw(OrganisationSession.SignedIn by, Card card) {
		if (store.move(card.id(), EnumSet.complementOf(EnumSet.of(Card.State.WITHDRAWN)), Card.State.WITHDRAWN, null,
				clock.instant())) {
			store.closeReports(card.id(), clock.instant());
			audit.record(by.email(), "directory.card.withdrawn", AuditLog.Target.of("directory-card", card.id()), null,
					null);
		}
	}

	/**
	 * A report that the card should not be in the directory: it joins the moderation
	 * queue. False when this address reported it already (one open report each).
	 */
	@Transactional
	boolean report(String email, Card card, String reason) {
		if (!store.report(card.id(), reason, DataSubjects.hash(email), clock.instant())) {
			return false;
		}
		audit.record(email, "directory.card.reported", AuditLog.Target.of("directory-card", card.id()), null,
				Map.of("reason", reason));
		return true;
	}

	/**
	 * A moderator's decision on a pending or reported card; false when the card is no
	 * longer waiting (decided by someone else, edited or withdrawn meanwhile).
	 */
	@Transactional
	boolean decide(String moderator, Card card, Decision decision, String note) {
		Instant now = clock.instant();
		EnumSet<Card.State> waiting = EnumSet.of(Card.State.PENDING, Card.State.APPROVED);
		if (card.state() == Card.State.APPROVED && store.openReports(card.id()).isEmpty()) {
			return false;
		}
		boolean moved = switch (decision) {
			case APPROVE ->
				card.state() == Card.State.APPROVED || store.approve(card.id(), waiting, now, now.plus(LIFETIME));
			case CHANGES -> store.move(card.id(), waiting, Card.State.CHANGES_REQUESTED, note, now);
			case REJECT -> store.move(card.id(), waiting, Card.State.REJECTED, note, now);
		};
		if (!moved) {
			return false;
		}
		store.closeReports(card.id(), now);
		Card decided = store.find(card.id()).orElseThrow();
		switch (decision) {
			case APPROVE ->
				audit.record(moderator, "directory.card.approved", AuditLog.Target.of("directory-card", card.id()),
						Map.of("state", card.state().name()), Map.of("expires", String.valueOf(decided.expiresAt())));
			case CHANGES -> audit.record(moderator, "directory.card.changes-requested",
					AuditLog.Target.of("directory-card", card.id()), null, Map.of("note", note));
			case REJECT -> audit.record(moderator, "directory.card.rejected",
					AuditLog.Target.of("directory-card", card.id()), null, Map.of("note", note));
		}
		tellOwner(decided, decision.name().toLowerCase(Locale.ROOT));
		return true;
	}

	/**
	 * Marks the cards past their expiry and reminds the owners of those expiring within
	 * {@link #REMINDER}. Each card is taken by one UPDATE, so nodes running this at the
	 * same time neither expire a card twice nor send a reminder twice.
	 */
	@Transactional
	void expireAndRemind() {
		Instant now = clock.instant();
		for (Card card : store.toRemind(now, now.plus(REMINDER))) {
			if (card.expiresAt().isAfter(now)) {
				tellOwner(card, "reminder");
			}
		}
		for (Card card : store.expire(now)) {
			audit.record("system", "directory.card.expired", AuditLog.Target.of("directory-card", card.id()), null,
					null);
		}
	}

	/**
	 * The news in the subject, and the card named by its title ("Need: Cooling") in the
	 * owner's language.
	 */
	private void tellOwner(Card card, String news) {
		String title = ShownCard.of(card, "", messages, card.ownerLanguage()).title();
		Map<String, Object> variables = new HashMap<>();
		variables.put("news", news);
		variables.put("title", title);
		variables.put("subjectArgument", messages.getMessage("mail.directory.card.subject." + news,
				new Object[] { title }, card.ownerLanguage()));
		variables.put("note", card.note() == null ? "" : card.note());
		variables.put("expires", card.expiresAt());
		variables.put("link", CardPages.PATH + "/" + card.id());
		variables.put("card", card.text().length() > 80 ? card.text().substring(0, 79) + "…" : card.text());
		outbox.enqueue(new Email(card.ownerEmail(), card.ownerLanguage(), "directory/card", variables));
	}

	private static Map<String, Object> state(CardRules.Draft draft) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("type", draft.type());
		state.put("role", draft.role());
		state.put("tags", draft.tags());
		state.put("quantity", draft.quantity() == null ? null : draft.quantity().toPlainString());
		state.put("unit", draft.unit());
		state.put("countries", draft.countries());
		state.put("text", draft.text());
		return state;
	}

	private static Map<String, Object> state(Card card) {
		return state(new CardRules.Draft(card.type(), card.role(), card.tags(), card.quantity(), card.unit(),
				card.countries(), card.text()));
	}

	/** An organisation's cards in every state, the latest first. */
	List<Card> ofOrganisation(String organisationKey) {
		return store.ofOrganisation(organisationKey);
	}

	/** The live cards of these organisations, by organisation. */
	Map<String, List<Card>> liveOf(Collection<String> organisationKeys) {
		return store.live(organisationKeys, CardStore.Query.none(), clock.instant(), 0, Integer.MAX_VALUE)
			.cards()
			.stream()
			.collect(Collectors.groupingBy(Card::organisationKey));
	}

}
