package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.staff.AuditLog;

/**
 * Carries out review moves: judges each against the application's status and the review's reason rule
 * ({@link Review}), has the application module change the status, and writes the timeline entry, the audit entry
 * and (for decisions and questions) the applicant's e-mail in the same transaction, so either all of them happen or
 * none.
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

	/** Who the timeline and the audit log name for a move the applicant made through their private link. */
	static final String APPLICANT = "applicant";

	private final Applications applications;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Clock clock;

	ReviewWorkflow(Applications applications, JdbcClient jdbc, AuditLog audit, Outbox outbox, Clock clock) {
		this.applications = applications;
		this.jdbc = jdbc;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public Moved startEligibilityCheck(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.START_ELIGIBILITY_CHECK, reason);
	}

	@Transactional
	public Moved startReview(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.START_REVIEW, reason);
	}

	/** Asks the applicant a question and e-mails it with a new private link to the answer page, in their language. */
	@Transactional
	public Moved requestInformation(String reference, String question) {
		return apply(reference, AuditLog.currentActor(), Transition.REQUEST_INFORMATION, question);
	}

	@Transactional
	public Moved resumeReview(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.RESUME_REVIEW, reason);
	}

	/** The applicant's answer to the open question: recorded as the move back to review. */
	@Transactional
	public Moved answerInformation(String reference, String answer) {
		return apply(reference, APPLICANT, Transition.ANSWER_INFORMATION, answer);
	}

	/** Accepts or declines and queues the decision e-mail in the applicant's language. */
	@Transactional
	public Moved decide(String reference, ApplicationStatus decision, String reason) {
		return switch (decision) {
			case ACCEPTED -> apply(reference, AuditLog.currentActor(), Transition.ACCEPT, reason);
			case DECLINED -> apply(reference, AuditLog.currentActor(), Transition.DECLINE, reason);
			default -> throw new IllegalMove("review.decision.unknown");
		};
	}

	/** Takes a decision back (a mistake, a successful request for reconsideration): the application is under review again. */
	@Transactional
	public Moved reopen(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), Transition.REOPEN, reason);
	}

	/**
	 * The applicant withdrew through their private link (the application module did the move): the timeline shows it
	 * with what they said, in the same transaction.
	 */
	@EventListener
	void on(ApplicationWithdrawn withdrawn) {
		StoredApplication application = applications.find(withdrawn.reference())
			.orElseThrow(() -> new NoSuchApplication(withdrawn.reference()));
		Review.Move move = Review.judge(withdrawn.reference(), withdrawn.previousStatus(), Transition.WITHDRAW,
				withdrawn.reason());
		recordInTimeline(application.id(), withdrawn.withdrawnAt(), APPLICANT, move);
	}

	private void recordInTimeline(long applicationId, Instant at, String actor, Review.Move move) {
		jdbc.sql("""
				INSERT INTO review_event (application_id, at, actor, action, from_stage, to_stage, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(applicationId, Timestamp.from(at), actor, move.action(), move.from().name(), move.to().name(),
					move.reason())
			.update();
	}

	private Moved apply(String reference, String actor, Transition transition, String reason) {
		StoredApplication application = applications.find(reference)
			.orElseThrow(() -> new NoSuchApplication(reference));
		Review.Move move = Review.judge(reference, application.status(), transition, reason);
		Instant now = clock.instant();
		try {
			applications.transition(application, transition, now);
		}
		catch (IllegalTransition refused) {
			throw IllegalMove.from(reference, refused);
		}
		recordInTimeline(application.id(), now, actor, move);
		audit.record(actor, "review." + move.action().toLowerCase(Locale.ROOT),
				AuditLog.Target.of("application", reference), Map.of("stage", move.from().name()),
				Map.of("stage", move.to().name(), "reason", move.reason()));
		if (move.to().decided()) {
			outbox.enqueue(decisionEmail(application, move.to(), move.reason()));
		}
		if (move.to() == ApplicationStatus.INFO_REQUESTED && application.data().contactEmail() != null) {
			outbox.enqueue(questionEmail(application, move.reason(), applications.newPrivateLink(application, now)));
		}
		return new Moved(reference, move.from(), move.to());
	}

	/** The decision e-mail as it will be sent; also used to preview it before a bulk decision. */
	static Email decisionEmail(StoredApplication application, ApplicationStatus decision, String reason) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subjectArgument", application.reference());
		variables.put("reference", application.reference());
		variables.put("organisation", application.data().organisationName());
		variables.put("name", addressee(application));
		variables.put("accepted", decision == ApplicationStatus.ACCEPTED);
		variables.put("reason", reason.strip());
		String template = decision == ApplicationStatus.ACCEPTED ? "review/accepted" : "review/declined";
		return new Email(application.data().contactEmail(), Locale.forLanguageTag(application.language()), template,
				variables);
	}

	/** The question e-mail: what staff ask, and the private link to the page where the applicant answers it. */
	private static Email questionEmail(StoredApplication application, String question, String privateLink) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subjectArgument", application.reference());
		variables.put("reference", application.reference());
		variables.put("name", addressee(application));
		variables.put("question", question);
		variables.put("link", privateLink + "/answer?lang=" + application.language());
		return new Email(application.data().contactEmail(), Locale.forLanguageTag(application.language()),
				"review/question", variables);
	}

	private static String addressee(StoredApplication application) {
		String contact = application.data().contactName();
		return contact == null || contact.isBlank() ? application.data().organisationName() : contact;
	}

	/** The question waiting for the applicant's answer: the latest one asked, while the stage is INFO_REQUESTED. */
	Optional<String> openQuestion(StoredApplication application) {
		if (application.status() != ApplicationStatus.INFO_REQUESTED) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT reason FROM review_event WHERE application_id = ? AND action = ? ORDER BY at DESC, id DESC LIMIT 1""")
			.params(application.id(), Transition.REQUEST_INFORMATION.name())
			.query(String.class)
			.optional();
	}

	/** The timeline of one application, oldest first. */
	List<TimelineEntry> timeline(long applicationId) {
		return jdbc.sql("""
				SELECT at, actor, action, from_stage, to_stage, reason FROM review_event
				WHERE application_id = ? ORDER BY at, id""")
			.param(applicationId)
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("from_stage"), rs.getString("to_stage"), rs.getString("reason")))
			.list();
	}

	record TimelineEntry(Instant at, String actor, String action, String from, String to, String reason) {
	}

}
