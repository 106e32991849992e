package eu.balticaigf.portal.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.notification.Outbox;

/**
 * Decisions, one or many, in two steps. First the proposal: each applicant's e-mail as it
 * will be sent, in their language, or why that application cannot be decided (and then no
 * e-mail); nothing changes yet. Then, confirmed, each application is decided in its own
 * transaction ({@link ReviewWorkflow#decide}), so that one decided meanwhile does not
 * stop the others. Applications hidden from the signed-in member of staff by their
 * conflicts of interest are neither shown nor decided.
 */
@Service
class Decisions {

	/**
	 * What staff chose, as posted: the applications, the decision, the internal reason
	 * and the optional message for the applicant.
	 */
	record Choice(List<String> references, String decision, String reason, String message) {

		/** Each reference once, in the order given. */
		List<String> distinctReferences() {
			return references == null ? List.of() : List.copyOf(new LinkedHashSet<>(references));
		}

	}

	/**
	 * An e-mail as the applicant will read it; for an application that cannot be decided,
	 * only why ({@code refusal}), and no e-mail.
	 */
	record Preview(String reference, String organisation, String email, String language, String subject, String body,
			String refusal, boolean unreviewed) {

		public boolean decidable() {
			return refusal == null;
		}

	}

	/**
	 * The step before deciding. {@code fieldProblems} are about what was chosen (each
	 * naming its field: {@code references}, {@code decision}, {@code reason},
	 * {@code message}): the choice goes back to its form; {@code problems} are about the
	 * applications (unknown, hidden, none decidable) and go with the previews.
	 */
	record Proposal(Choice choice, ApplicationStatus decision, List<IllegalMove> fieldProblems, List<String> problems,
			List<Preview> previews) {

		public boolean refused() {
			return !fieldProblems.isEmpty();
		}

		/** The e-mails that will go: one per application that can be decided. */
		public long emails() {
			return previews.stream().filter(Preview::decidable).count();
		}

		/** Of those, how many were never looked at (still as submitted). */
		public long unreviewed() {
			return previews.stream().filter(preview -> preview.decidable() && preview.unreviewed()).count();
		}

	}

	/** One application decided, and to whom its e-mail went (null: no address left). */
	record Decided(String reference, ApplicationStatus decision, String mailedTo) {
	}

	/** What a confirmation did: decided, and refused (decided or withdrawn meanwhile). */
	record Outcome(List<Decided> decided, List<String> refused) {
	}

	private final Applications applications;

	private final ReviewQueue queue;

	private final Conflicts conflicts;

	private final ReviewWorkflow workflow;

	private final Outbox outbox;

	private final ReviewEmails emails;

	private final Calls calls;

	private final MessageSource messages;

	Decisions(Applications applications, ReviewQueue queue, Conflicts conflicts, ReviewWorkflow workflow, Outbox outbox,
			ReviewEmails emails, Calls calls, MessageSource messages) {
		this.applications = applications;
		this.queue = queue;
		this.conflicts = conflicts;
		this.workflow = workflow;
		this.outbox = outbox;
		this.emails = emails;
		this.calls = calls;
		this.messages = messages;
	}

	/** The decision a form posts, if it names one (ACCEPTED or DECLINED). */
	static Optional<ApplicationStatus> decision(String value) {
		return ApplicationStatus.parse(value).filter(ApplicationStatus::decided);
	}

	/**
	 * Every application the queue's filters match for the signed-in member of staff (what
	 * the page said it ignored is ignored here too), for "all that match".
	 */
	List<String> matching(QueueParams params, Locale locale) {
		return queue.all(params.checked(calls, locale).params().filter(conflicts.hiddenFrom(AuditLog.currentActor())))
			.stream()
			.map(ReviewQueue.Row::reference)
			.toList();
	}

	/** The previews of a choice, or what is wrong with it, in the reader's language. */
	Proposal propose(Choice choice, Locale reader) {
		Optional<ApplicationStatus> decision = decision(choice.decision());
		List<IllegalMove> fieldProblems = new ArrayList<>();
		if (choice.distinctReferences().isEmpty()) {
			fieldProblems.add(new IllegalMove("review.bulk.noneSelected"));
		}
		if (decision.isEmpty()) {
			fieldProblems.add(new IllegalMove("review.bulk.noDecision"));
		}
		fieldProblems.addAll(Review.problems(transition(decision.orElse(ApplicationStatus.DECLINED)), choice.reason(),
				choice.message()));
		List<String> problems = new ArrayList<>();
		List<Preview> previews = new ArrayList<>();
		if (fieldProblems.isEmpty()) {
			String staff = AuditLog.currentActor();
			List<String> unavailable = new ArrayList<>();
			for (String reference : choice.distinctReferences()) {
				applications.find(reference)
					.filter(application -> !conflicts.conflicted(staff, application))
					.ifPresentOrElse(application -> previews.add(preview(application, decision.get(), choice, reader)),
							() -> unavailable.add(reference));
			}
			if (!unavailable.isEmpty()) {
				problems.add(messages.getMessage("review.bulk.unavailable",
						new Object[] { String.join(", ", unavailable) }, reader));
			}
			if (previews.stream().noneMatch(Preview::decidable)) {
				problems.add(messages.getMessage("review.bulk.nothingToDecide", null, reader));
			}
		}
		return new Proposal(choice, decision.orElse(null), fieldProblems, problems, previews);
	}

	/**
	 * The e-mail rendered by the outbox exactly as it will be stored, or why this
	 * application cannot be decided (then no e-mail: none will be sent).
	 */
	private Preview preview(StoredApplication application, ApplicationStatus decision, Choice choice, Locale reader) {
		boolean unreviewed = application.status() == ApplicationStatus.SUBMITTED;
		try {
			Review.judge(application.reference(), application.status(), transition(decision), choice.reason(),
					choice.message());
		}
		catch (IllegalMove refused) {
			return new Preview(application.reference(), application.data().organisationName(), null,
					application.language(), null, null, refused.message(messages, reader), unreviewed);
		}
		Outbox.Preview mail = outbox.preview(emails.decision(application, decision, choice.message()));
		return new Preview(application.reference(), application.data().organisationName(),
				application.data().contactEmail(), application.language(), mail.subject(), mail.text(), null,
				unreviewed);
	}

	/**
	 * Decides each application chosen, each in its own transaction; those decided or
	 * withdrawn meanwhile, unknown or hidden from the decider are refused, the others go
	 * on.
	 * @throws IllegalArgumentException when no decision, reason or application is given
	 * (the preview page always sends all three)
	 */
	Outcome decide(Choice choice) {
		ApplicationStatus decision = decision(choice.decision())
			.orElseThrow(() -> new IllegalArgumentException("decision"));
		if (choice.reason() == null || choice.reason().isBlank() || choice.distinctReferences().isEmpty()) {
			throw new IllegalArgumentException("reason and references");
		}
		String decider = AuditLog.currentActor();
		List<Decided> decided = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (String reference : choice.distinctReferences()) {
			Optional<StoredApplication> application = applications.find(reference)
				.filter(found -> !conflicts.conflicted(decider, found));
			try {
				if (application.isEmpty()) {
					throw new ReviewWorkflow.NoSuchApplication(reference);
				}
				workflow.decide(reference, decision, choice.reason(), choice.message());
				decided.add(new Decided(reference, decision, application.get().data().contactEmail()));
			}
			catch (IllegalMove | ReviewWorkflow.NoSuchApplication refusal) {
				refused.add(reference);
			}
		}
		return new Outcome(decided, refused);
	}

	private static Transition transition(ApplicationStatus decision) {
		return decision == ApplicationStatus.ACCEPTED ? Transition.ACCEPT : Transition.DECLINE;
	}

}
