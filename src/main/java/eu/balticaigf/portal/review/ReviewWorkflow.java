package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;
import eu.balticaigf.portal.application.ApplicationWithdrawn;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.IllegalTransition;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * Carries out review moves: judges each against the application's status and the review's
 * reason rule ({@link Review}), has the application module change the status, and writes
 * the timeline entry, the audit entry and (for decisions, questions and reopened
 * decisions) the applicant's e-mail in the same transaction, so either all of them happen
 * or none.
 */
@Service
class ReviewWorkflow {

	/** The result of a move that happened. */
	record Moved(String reference, ApplicationStatus from, ApplicationStatus to) {
	}

	/** Raised for an unknown reference. */
	static class NoSuchApplication extends RuntimeException {

		NoSuchApplication(String reference) {
			super(reference);
		}

	}

	/**
	 * Who the timeline and the audit log name for a move the applicant made through their
	 * private link.
	 */
	static final String APPLICANT = "applicant";

	private final Applications applications;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Outbox outbox;

	private final ReviewEmails emails;

	private final Clock clock;

	ReviewWorkflow(Applications applications, JdbcClient jdbc, AuditLog audit, Outbox outbox, ReviewEmails emails,
			Clock clock) {
		this.applications = applications;
		this.jdbc = jdbc;
		this.audit = audit;
		this.outbox = outbox;
		this.emails = emails;
		this.clock = clock;
	}

	@Transactional
	public Moved startEligibilityCheck(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.START_ELIGIBILITY_CHECK, reason, null, null);
	}

	@Transactional
	public Moved startReview(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.START_REVIEW, reason, null, null);
	}

	/**
	 * Asks the applicant a question, to answer by {@code answerBy}, and e-mails it with a
	 * new private link to the answer page, in their language. The reason is why staff ask
	 * (internal); the question is what the applicant reads.
	 */
	@Transactional
	public Moved requestInformation(String reference, String reason, String question, Instant answerBy) {
		return apply(reference, AuditLog.currentActor(), Transition.REQUEST_INFORMATION, reason, question,
				Objects.requireNonNull(answerBy, "answerBy"));
	}

	@Transactional
	public Moved resumeReview(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.RESUME_REVIEW, reason, null, null);
	}

	/**
	 * The applicant's answer to the open question: recorded as the move back to review.
	 */
	@Transactional
	public Moved answerInformation(String reference, String answer) {
		return apply(reference, APPLICANT, Transition.ANSWER_INFORMATION, answer, null, null);
	}

	/**
	 * Accepts or declines and queues the decision e-mail in the applicant's language,
	 * with {@code message} (optional) for the applicant; the reason stays internal.
	 */
	@Transactional
	public Moved decide(String reference, ApplicationStatus decision, String reason, String message) {
		return switch (decision) {
			case ACCEPTED -> apply(reference, AuditLog.currentActor(), Transition.ACCEPT, reason, message, null);
			case DECLINED -> apply(reference, AuditLog.currentActor(), Transition.DECLINE, reason, message, null);
			default -> throw new IllegalMove("review.decision.unknown");
		};
	}

	/**
	 * Takes a decision back (a mistake, a successful request for reconsideration): the
	 * application is under review again, and the applicant is told so (with
	 * {@code message}, optional), since they hold the decision's e-mail and their page
	 * would otherwise contradict it without a word.
	 */
	@Transactional
	public Moved reopen(String reference, String reason, String message) {
		return apply(reference, AuditLog.currentActor(), Transition.REOPEN, reason, message, null);
	}

	/**
	 * The applicant withdrew through their private link (the application module did the
	 * move): the timeline shows it with what they said, in the same transaction.
	 */
	@EventListener
	void on(ApplicationWithdrawn withdrawn) {
		StoredApplication application = applications.find(withdrawn.reference())
			.orElseThrow(() -> new NoSuchApplication(withdrawn.reference()));
		Review.Move move = Review.judge(withdrawn.reference(), withdrawn.previousStatus(), Transition.WITHDRAW,
				withdrawn.reason());
		recordInTimeline(application.id(), withdrawn.withdrawnAt(), APPLICANT, move, null);
	}

	private void recordInTimeline(long applicationId, Instant at, String actor, Review.Move move, Instant answerBy) {
		jdbc.sql(
				"""
						INSERT INTO review_event (application_id, at, actor, action, from_stage, to_stage, reason, message, answer_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(applicationId, Timestamp.from(at), actor, move.action(), move.from().name(), move.to().name(),
					move.reason(), move.message(), answerBy == null ? null : Timestamp.from(answerBy))
			.update();
	}

	private Moved apply(String reference, String actor, Transition transition, String reason, String message,
			Instant answerBy) {
		StoredApplication application = applications.find(reference)
			.orElseThrow(() -> new NoSuchApplication(reference));
		Review.Move move = Review.judge(reference, application.status(), transition, reason, message);
		Instant now = clock.instant();
		try {
			applications.transition(application, transition, now);
		}
		catch (IllegalTransition refused) {
			throw IllegalMove.from(reference, refused);
		}
		recordInTimeline(application.id(), now, actor, move, answerBy);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("stage", move.to().name());
		after.put("reason", move.reason());
		if (move.message() != null) {
			after.put("message", move.message());
		}
		if (answerBy != null) {
			after.put("answerBy", answerBy.toString());
		}
		audit.record(actor, "review." + move.action().toLowerCase(Locale.ROOT),
				AuditLog.Target.of("application", reference), Map.of("stage", move.from().name()), after);
		if (application.data().contactEmail() != null) {
			if (move.to().decided()) {
				outbox.enqueue(emails.decision(application, move.to(), move.message()));
			}
			else if (transition == Transition.REOPEN) {
				outbox.enqueue(emails.reopened(application, move.message()));
			}
			else if (move.to() == ApplicationStatus.INFO_REQUESTED) {
				outbox.enqueue(emails.question(application, move.message(), answerBy,
						applications.newPrivateLink(application, now)));
			}
		}
		return new Moved(reference, move.from(), move.to());
	}

	/** A question waiting for the applicant's answer, and when the answer is due. */
	record OpenQuestion(String text, Instant answerBy) {

		public boolean lateAt(Instant now) {
			return answerBy != null && now.isAfter(answerBy);
		}

	}

	/**
	 * The question waiting for the applicant's answer: the latest one asked, while the
	 * stage is INFO_REQUESTED.
	 */
	Optional<OpenQuestion> openQuestion(StoredApplication application) {
		if (application.status() != ApplicationStatus.INFO_REQUESTED) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT coalesce(message, reason) AS question, answer_by FROM review_event
				WHERE application_id = ? AND action = ? ORDER BY at DESC, id DESC LIMIT 1""")
			.params(application.id(), Transition.REQUEST_INFORMATION.name())
			.query((rs, n) -> new OpenQuestion(rs.getString("question"), instant(rs.getTimestamp("answer_by"))))
			.optional();
	}

	/** The timeline of one application, oldest first. */
	List<TimelineEntry> timeline(long applicationId) {
		return jdbc.sql("""
				SELECT at, actor, action, from_stage, to_stage, reason, message, answer_by FROM review_event
				WHERE application_id = ? ORDER BY at, id""")
			.param(applicationId)
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("from_stage"), rs.getString("to_stage"),
					rs.getString("reason"), rs.getString("message"), instant(rs.getTimestamp("answer_by"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * One move: {@code reason} is internal; {@code message} is what the applicant was
	 * told (a question, or a decision's message); {@code answerBy} the due time of a
	 * question.
	 */
	record TimelineEntry(Instant at, String actor, String action, String from, String to, String reason, String message,
			Instant answerBy) {
	}

}
