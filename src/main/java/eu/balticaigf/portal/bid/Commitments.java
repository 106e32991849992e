package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commitment's life: staff request it (the member gets a private link), the member
 * submits what it commits and then signs (a PDF letter, kept with its SHA-256), staff
 * verify it, and anyone with the right withdraws it with a reason. Each move checks the
 * state ({@link CommitmentState}), changes it only if nobody moved it meanwhile, is
 * audited and e-mailed to the member's contact in the member's language, all in one
 * transaction.
 */
@Service
class Commitments {

	/** Who moves a commitment through its private link, in the audit log. */
	static final String MEMBER = "member";

	private final BidStore store;

	private final AuditLog audit;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	Commitments(BidStore store, AuditLog audit, Outbox outbox, MessageSource messages, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Asks the member for a commitment of this kind; the e-mail carries the private link
	 * (only its hash is kept, so this is the one chance to send it). Returns the path.
	 */
	@Transactional
	String request(Member member, CommitmentKind kind, String by) {
		String token = SecureTokens.newToken();
		Instant now = clock.instant();
		long id = store.insertCommitment(member.id(), kind, SecureTokens.hash(token), by, now);
		String link = CommitmentPages.path(id, token);
		audit.record(by, "bid.commitment.requested", AuditLog.Target.of("bid-commitment", id), null,
				Map.of("member", member.organisationName(), "kind", kind.name()));
		mail(member, kind, CommitmentState.REQUESTED, link, null);
		return link;
	}

	Optional<Commitment> byLink(long id, String token) {
		return store.byLink(id, SecureTokens.hash(token));
	}

	/**
	 * The member's answer: how much, for how many years, on what conditions.
	 * @throws CommitmentState.IllegalMove when it was submitted already (a second click)
	 * or has moved on
	 */
	@Transactional
	void submit(Commitment commitment, BigDecimal amount, int years, String conditions) {
		commitment.state().after(CommitmentState.Move.SUBMIT);
		moved(commitment, CommitmentState.Move.SUBMIT,
				store.submit(commitment.id(), amount, years, conditions, clock.instant()), MEMBER,
				values("amount", amount.toPlainString(), "years", years, "conditions", conditions), null);
	}

	/** The signed letter, checked by content already, and who signed it. */
	@Transactional
	void sign(Commitment commitment, String signatory, UploadedFiles.Checked letter) {
		commitment.state().after(CommitmentState.Move.SIGN);
		moved(commitment, CommitmentState.Move.SIGN, store.sign(commitment.id(), signatory, letter, clock.instant()),
				MEMBER, values("signatory", signatory, "letter", letter.name(), "sha256", letter.sha256()), null);
	}

	@Transactional
	void verify(Commitment commitment, String by) {
		commitment.state().after(CommitmentState.Move.VERIFY);
		moved(commitment, CommitmentState.Move.VERIFY, store.verify(commitment.id(), by, clock.instant()), by, values(),
				null);
	}

	@Transactional
	void withdraw(Commitment commitment, String reason, String by) {
		commitment.state().after(CommitmentState.Move.WITHDRAW);
		moved(commitment, CommitmentState.Move.WITHDRAW,
				store.withdraw(commitment.id(), commitment.state(), reason, clock.instant()), by,
				values("reason", reason), reason);
	}

	private void moved(Commitment commitment, CommitmentState.Move move, boolean changed, String by,
			Map<String, Object> after, String reason) {
		if (!changed) {
			// Someone moved it since the caller read it: judged against what is there
			// now.
			CommitmentState now = store.commitment(commitment.id()).orElseThrow().state();
			throw new CommitmentState.IllegalMove(now, move);
		}
		after.put("state", move.target().name());
		audit.record(by, move.action(), AuditLog.Target.of("bid-commitment", commitment.id()),
				Map.of("state", commitment.state().name()), after);
		Member member = store.member(commitment.memberId()).orElseThrow();
		mail(member, commitment.kind(), move.target(), null, reason);
	}

	private void mail(Member member, CommitmentKind kind, CommitmentState state, String link, String reason) {
		if (member.contactEmail() == null || member.contactEmail().isBlank()) {
			return;
		}
		Locale locale = Locale.forLanguageTag(member.language());
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("organisation", member.organisationName());
		variables.put("kind", kind.label());
		variables.put("state", state.name());
		variables.put("link", link);
		variables.put("reason", reason);
		variables.put("subjectArgument", messages.getMessage(state.label(), null, locale));
		outbox.enqueue(new Email(member.contactEmail(), locale, "bid/commitment", variables));
	}

	private static Map<String, Object> values(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
