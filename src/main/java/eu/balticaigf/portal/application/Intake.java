package eu.balticaigf.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.Consents;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to an application: drafts, submission (idempotent per draft, one per
 * organisation and call), the receipt, the duplicate notice, amendment (checked before it
 * is saved) and withdrawal, each confirmed by e-mail to the contact in the application's
 * language. Every change and the e-mail that reports it share one transaction, so one
 * never exists without the other.
 */
@Service
class Intake {

	sealed interface Submission {

	}

	record Submitted(StoredApplication application) implements Submission {
	}

	/**
	 * Someone already applied for this organisation to this call. Nothing about it is
	 * shown to the new applicant.
	 */
	record Duplicate() implements Submission {
	}

	private final ApplicationStore store;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Formats formats;

	private final Consents consents;

	private final ApplicationEventPublisher events;

	private final ApplicationAnswers answers;

	private final ApplicationFiles files;

	Intake(ApplicationStore store, Outbox outbox, TransactionTemplate transactions, Clock clock, Formats formats,
			Consents consents, ApplicationEventPublisher events, ApplicationAnswers answers, ApplicationFiles files) {
		this.files = files;
		this.events = events;
		this.answers = answers;
		this.store = store;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
		this.formats = formats;
		this.consents = consents;
	}

	void saveDraft(UUID draftId, Call call, ApplicationForm form, Locale locale) {
		store.saveDraft(draftId, call.id(), form, locale.getLanguage(), clock.instant());
	}

	/**
	 * A new application's draft of an open call; drafts of a closed call are dead (and
	 * purged).
	 */
	Optional<ApplicationStore.Draft> draft(UUID draftId, Call call) {
		return store.draft(draftId)
			.filter(draft -> draft.amends() == null && draft.callId() == call.id() && call.isOpenAt(clock.instant()));
	}

	Optional<ApplicationStore.Draft> draftByResumeToken(String token, Call call) {
		return store.draftByResumeToken(SecureTokens.hash(token))
			.filter(draft -> draft.callId() == call.id() && call.isOpenAt(clock.instant()));
	}

	/** Keeps an amendment's answers between the form and its check page. */
	void saveAmendment(UUID draftId, StoredApplication application, ApplicationForm form) {
		store.saveDraft(draftId, application.callId(), application.id(), form, application.language(), clock.instant());
	}

	/** The amendment of this application kept under this id, if there is one. */
	Optional<ApplicationStore.Draft> amendment(UUID draftId, StoredApplication application) {
		return store.draft(draftId).filter(draft -> Long.valueOf(application.id()).equals(draft.amends()));
	}

	/**
	 * "Save and come back later": the draft is kept and its contact gets a private link
	 * to resume it; {@code remind} whether they asked for a reminder before the deadline
	 * ({@link DraftReminders}). {@code linkInUse} is the link the form was resumed with
	 * (or null): while it is this draft's and the address is unchanged, it stays the
	 * link, so saving again does not break the link the person is using; otherwise a new
	 * link replaces the earlier one (a changed address must not keep the old one
	 * working).
	 */
	void saveForLater(UUID draftId, Call call, ApplicationForm form, String email, Locale locale, boolean remind,
			String linkInUse) {
		transactions.executeWithoutResult(status -> {
			String token = Optional.ofNullable(linkInUse)
				.filter(link -> link.length() <= 100)
				.filter(link -> store.draftByResumeToken(SecureTokens.hash(link))
					.filter(draft -> draft.id().equals(draftId)
							&& email.equals(ApplicationValidator.email(draft.form().value("contactEmail"))))
					.isPresent())
				.orElseGet(SecureTokens::newToken);
			Instant now = clock.instant();
			store.saveDraft(draftId, call.id(), form, locale.getLanguage(), now);
			store.setResumeToken(draftId, SecureTokens.hash(token));
			store.setReminder(draftId, remind ? now : null);
			Map<String, Object> variables = mailVariables(call, locale);
			variables.put("link", "/calls/" + call.slug() + "/apply/resume/" + token);
			outbox.enqueue(new Email(email, locale, "application/resume", variables));
		});
	}

	Optional<StoredApplication> byDraft(UUID draftId) {
		return store.byDraft(draftId);
	}

	Optional<StoredApplication> byLink(String reference, String token) {
		if (!References.looksLikeOne(reference) || token == null || token.length() > 100) {
			return Optional.empty();
		}
		return store.byLink(reference, SecureTokens.hash(token));
	}

	List<HistoryEntry> history(StoredApplication application) {
		return store.versions(application.id());
	}

	/**
	 * Submits a draft. The same draft submitted again (double click, back button, retried
	 * POST) answers with the application it already became: the unique draft_id decides,
	 * also between two requests racing each other.
	 */
	Submission submit(UUID draftId, Call call, ValidApplication data, Locale locale) {
		try {
			return transactions.execute(status -> submitOnce(draftId, call, data, locale));
		}
		catch (DuplicateKeyException ex) {
			// Another request won the race: either with this very draft (then it is ours)
			// or for the same organisation.
			Optional<StoredApplication> same = store.byDraft(draftId);
			if (same.isPresent()) {
				return new Submitted(same.get());
			}
			return store.byOrganisation(call.id(), data.country(), data.registryCodeNormalised())
				.map(first -> draftId.equals(first.draftId()) ? new Submitted(first) : notifyDuplicate(first, call))
				.orElseThrow(() -> ex);
		}
	}

	private Submission submitOnce(UUID draftId, Call call, ValidApplication data, Locale locale) {
		Optional<StoredApplication> already = store.byDraft(draftId);
		if (already.isPresent()) {
			return new Submitted(already.get());
		}
		Optional<StoredApplication> first = store.byOrganisation(call.id(), data.country(),
				data.registryCodeNormalised());
		if (first.isPresent()) {
			// A concurrent submit of this very draft may have committed between the two
			// reads: then it is ours.
			return draftId.equals(first.get().draftId()) ? new Submitted(first.get())
					: notifyDuplicate(first.get(), call);
		}
		Instant now = clock.instant();
		String token = SecureTokens.newToken();
		String reference = newReference();
		String language = locale.getLanguage();
		long id = store.insert(reference, call.id(), draftId, data, consents.noticeVersion(), language,
				SecureTokens.hash(token), now);
		// The consents given with the form, in this transaction: they exist exactly when
		// the application does.
		consents.record(data.contactEmail(), Consents.Purpose.APPLICATION_PROCESSING, "application:" + reference);
		if (data.consentDirectory()) {
			consents.record(data.contactEmail(), Consents.Purpose.PARTNER_DIRECTORY, "application:" + reference);
		}
		store.recordVersion(id, 1, "SUBMITTED", "applicant", now, List.of());
		// The files that answer its questions go with the application; the draft's
		// others (a question that no longer applied) go with the draft.
		files.moveToApplication(draftId, id,
				data.answers()
					.entrySet()
					.stream()
					.filter(answer -> answer.getValue() instanceof Map)
					.map(Map.Entry::getKey)
					.toList());
		store.deleteDraft(draftId);
		Map<String, Object> variables = mailVariables(call, locale, reference);
		variables.put("organisationName", data.organisationName());
		variables.put("submittedAt", dateTime(now, call, locale));
		// A copy of the answers, as the check page showed them.
		variables.put("sections", answers.sections(data, locale));
		variables.put("link", "/applications/" + reference + "/" + token);
		outbox.enqueue(new Email(data.contactEmail(), locale, "application/receipt", variables));
		return new Submitted(store.byDraft(draftId).orElseThrow());
	}

	private String newReference() {
		String reference = References.next();
		while (store.referenceExists(reference)) {
			reference = References.next();
		}
		return reference;
	}

	/**
	 * The first application's contact learns that someone tried to apply again for their
	 * organisation, and gets a new private link (the first one's token is not kept, only
	 * its hash). Its own transaction: nothing else is written.
	 */
	private Submission notifyDuplicate(StoredApplication first, Call call) {
		if (first.data().contactEmail() == null) {
			// The first application's contact was erased (data-subject request or
			// retention): nobody to tell.
			return new Duplicate();
		}
		transactions.executeWithoutResult(status -> {
			Locale locale = Locale.forLanguageTag(first.language());
			Map<String, Object> variables = mailVariables(call, locale, first.reference());
			variables.put("link", store.newPrivateLink(first, clock.instant()));
			outbox.enqueue(new Email(first.data().contactEmail(), locale, "application/duplicate", variables));
		});
		return new Duplicate();
	}

	/**
	 * How an applicant's change ended: done; nothing to save (UNCHANGED); refused because
	 * the application is decided or withdrawn (SETTLED) or the call's window has closed
	 * (CLOSED); the registry code belongs to another application; or someone changed the
	 * application meanwhile (CONFLICT).
	 */
	enum Change {

		DONE, UNCHANGED, SETTLED, CLOSED, DUPLICATE, CONFLICT

	}

	/**
	 * Saves a checked amendment and e-mails the contact what changed; the draft it was
	 * checked from goes. When the contact's address changes, the new contact gets a
	 * private link of their own and the previous one is told.
	 */
	Change amend(StoredApplication application, Call call, ValidApplication data, UUID draftId) {
		Instant now = clock.instant();
		Change refusal = refusal(application, ApplicationStatus.Transition.AMEND, call, now);
		if (refusal != null) {
			return refusal;
		}
		List<AnswerChange> changes = application.changesTo(data);
		if (changes.isEmpty()) {
			return Change.UNCHANGED;
		}
		try {
			return transactions.execute(status -> {
				if (!store.amend(application, data, now)) {
					return Change.CONFLICT;
				}
				reconsent(application, data, now);
				store.recordVersion(application.id(), application.version() + 1, "AMENDED", "applicant (private link)",
						now, changes);
				store.deleteDraft(draftId);
				mailAmendment(application, call, data, changes, now);
				return Change.DONE;
			});
		}
		catch (DuplicateKeyException ex) {
			return Change.DUPLICATE;
		}
	}

	private void mailAmendment(StoredApplication application, Call call, ValidApplication data,
			List<AnswerChange> changes, Instant now) {
		Locale locale = Locale.forLanguageTag(application.language());
		Map<String, Object> variables = mailVariables(call, locale, application.reference());
		variables.put("amendedAt", dateTime(now, call, locale));
		variables.put("changes", answers.describe(changes, locale, answers.form(call.id(), data.formVersion())));
		variables.put("count", changes.size());
		String previous = application.data().contactEmail();
		boolean newContact = previous == null
				|| !DataSubjects.normalise(previous).equals(DataSubjects.normalise(data.contactEmail()));
		if (newContact) {
			variables.put("link", store.newPrivateLink(application, now));
		}
		outbox.enqueue(new Email(data.contactEmail(), locale, "application/amended", variables));
		if (newContact && previous != null) {
			Map<String, Object> toPrevious = new HashMap<>(variables);
			toPrevious.remove("link");
			outbox.enqueue(new Email(previous, locale, "application/amended", toPrevious));
		}
	}

	/**
	 * The amendment form requires the privacy tick again. When the notice changed since
	 * the recorded consent (or the contact changed), that tick is a new consent to the
	 * current version: it is recorded, and the application's consent version moves to it.
	 * Old consent is never taken to cover a new notice.
	 */
	private void reconsent(StoredApplication application, ValidApplication data, Instant now) {
		String source = "application:" + application.reference();
		boolean newContact = !DataSubjects.normalise(String.valueOf(application.data().contactEmail()))
			.equals(DataSubjects.normalise(data.contactEmail()));
		if (newContact || !consents.noticeVersion().equals(store.consentVersion(application.id()))) {
			store.updateConsent(application.id(), consents.noticeVersion(), now);
			consents.record(data.contactEmail(), Consents.Purpose.APPLICATION_PROCESSING, source);
			if (data.consentDirectory()) {
				consents.record(data.contactEmail(), Consents.Purpose.PARTNER_DIRECTORY, source);
			}
		}
		else if (data.consentDirectory() && !application.data().consentDirectory()) {
			consents.record(data.contactEmail(), Consents.Purpose.PARTNER_DIRECTORY, source);
		}
	}

	/** The longest reason an applicant may give for withdrawing. */
	static final int WITHDRAW_REASON_MAX = 2000;

	Change withdraw(StoredApplication application, Call call, String reason) {
		Instant now = clock.instant();
		Change refusal = refusal(application, ApplicationStatus.Transition.WITHDRAW, call, now);
		if (refusal != null) {
			return refusal;
		}
		ApplicationStatus withdrawn = application.status().after(ApplicationStatus.Transition.WITHDRAW);
		return transactions.execute(status -> {
			if (!store.changeStatus(application.id(), application.status(), withdrawn, now)) {
				return Change.CONFLICT;
			}
			store.recordVersion(application.id(), application.version() + 1, "WITHDRAWN", "applicant (private link)",
					now, List.of(AnswerChange.of("status", application.status().name(), withdrawn.name())));
			events.publishEvent(new ApplicationWithdrawn(application.reference(), call.id(), now, application.status(),
					reason == null ? "" : reason.strip()));
			if (application.data().contactEmail() != null) {
				Locale locale = Locale.forLanguageTag(application.language());
				Map<String, Object> variables = mailVariables(call, locale, application.reference());
				variables.put("withdrawnAt", dateTime(now, call, locale));
				outbox
					.enqueue(new Email(application.data().contactEmail(), locale, "application/withdrawn", variables));
			}
			return Change.DONE;
		});
	}

	/** Why the applicant may not make this change now, or null when they may. */
	private static Change refusal(StoredApplication application, ApplicationStatus.Transition change, Call call,
			Instant now) {
		if (!application.status().allows(change)) {
			return Change.SETTLED;
		}
		return call.isOpenAt(now) ? null : Change.CLOSED;
	}

	/** What every e-mail about a call's application shows: its call and deadline. */
	Map<String, Object> mailVariables(Call call, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("callTitle", call.title(locale));
		variables.put("deadline", dateTime(call.closesAt(), call, locale));
		return variables;
	}

	/**
	 * What every e-mail about one application shows: its call, the call's deadline and
	 * the reference.
	 */
	Map<String, Object> mailVariables(Call call, Locale locale, String reference) {
		Map<String, Object> variables = mailVariables(call, locale);
		variables.put("reference", reference);
		variables.put("subjectArgument", reference);
		return variables;
	}

	/**
	 * A time in the call's zone, as the reader's language writes it (which need not be
	 * the current request's).
	 */
	private String dateTime(Instant at, Call call, Locale locale) {
		return Languages.inLocale(locale, () -> formats.dateTime(at, call.zone()));
	}

}
