package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.ApplicationWithdrawn;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.staff.AuditLog;

/**
 * Carries out review moves: asks the {@link Review} aggregate whether a move is legal, writes the stage, the
 * timeline entry, the audit entry and (for decisions) the applicant's e-mail in one transaction, so either all of
 * them happen or none.
 */
@Service
class ReviewWorkflow {

	/** The result of a move that happened. */
	record Moved(String reference, Stage from, Stage to) {
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
		return apply(reference, AuditLog.currentActor(), review -> review.startEligibilityCheck(reason));
	}

	@Transactional
	public Moved startReview(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), review -> review.startReview(reason));
	}

	/** Asks the applicant a question and e-mails it with a new private link to the answer page, in their language. */
	@Transactional
	public Moved requestInformation(String reference, String question) {
		return apply(reference, AuditLog.currentActor(), review -> review.requestInformation(question));
	}

	@Transactional
	public Moved resumeReview(String reference, String reason) {
		return apply(reference, AuditLog.currentActor(), review -> review.resumeReview(reason));
	}

	/** The applicant's answer to the open question: recorded as the move back to review. */
	@Transactional
	public Moved answerInformation(String reference, String answer) {
		return apply(reference, APPLICANT, review -> review.answerInformation(answer));
	}

	/**
	 * The applicant withdrew through their private link (the application module did the move): the timeline shows it
	 * with what they said, in the same transaction.
	 */
	@EventListener
	void on(ApplicationWithdrawn withdrawn) {
		StoredApplication application = applications.find(withdrawn.reference())
			.orElseThrow(() -> new NoSuchApplication(withdrawn.reference()));
		Review.Move move = new Review(withdrawn.reference(), Stage.valueOf(withdrawn.previousStatus()))
			.withdraw(withdrawn.reason());
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

	/** Accepts or declines and queues the decision e-mail in the applicant's language. */
	@Transactional
	public Moved decide(String reference, Stage decision, String reason) {
		if (decision == Stage.ACCEPTED) {
			return apply(reference, AuditLog.currentActor(), review -> review.accept(reason));
		}
		if (decision == Stage.DECLINED) {
			return apply(reference, AuditLog.currentActor(), review -> review.decline(reason));
		}
		throw new IllegalMove("review.decision.unknown");
	}

	private Moved apply(String reference, String actor, Function<Review, Review.Move> choose) {
		StoredApplication application = applications.find(reference)
			.orElseThrow(() -> new NoSuchApplication(reference));
		Review review = new Review(application.reference(), Stage.valueOf(application.status()));
		Review.Move move = choose.apply(review);
		Instant now = clock.instant();
		if (!applications.moveStage(reference, move.from().name(), move.to().name(), now)) {
			// Someone else moved it since we read it: judge the move again against what is there now.
			StoredApplication current = applications.find(reference).orElseThrow(() -> new NoSuchApplication(reference));
			choose.apply(new Review(reference, Stage.valueOf(current.status())));
			throw new IllegalMove("review.move.concurrent", reference);
		}
		recordInTimeline(application.id(), now, actor, move);
		audit.record(actor, "review." + move.action().toLowerCase(Locale.ROOT),
				AuditLog.Target.of("application", reference), Map.of("stage", move.from().name()),
				Map.of("stage", move.to().name(), "reason", move.reason()));
		if (Stage.DECIDED.contains(move.to())) {
			outbox.enqueue(decisionEmail(application, move.to(), move.reason()));
		}
		if (move.to() == Stage.INFO_REQUESTED && application.data().contactEmail() != null) {
			outbox.enqueue(questionEmail(application, move.reason(), applications.newPrivateLink(application, now)));
		}
		return new Moved(reference, move.from(), move.to());
	}

	/** The decision e-mail as it will be sent; also used to preview it before a bulk decision. */
	static Email decisionEmail(StoredApplication application, Stage decision, String reason) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subjectArgument", application.reference());
		variables.put("reference", application.reference());
		variables.put("organisation", application.data().organisationName());
		variables.put("name", addressee(application));
		variables.put("accepted", decision == Stage.ACCEPTED);
		variables.put("reason", reason.strip());
		String template = decision == Stage.ACCEPTED ? "review/accepted" : "review/declined";
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
		if (Stage.valueOf(application.status()) != Stage.INFO_REQUESTED) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT reason FROM review_event WHERE application_id = ? AND action = ? ORDER BY at DESC, id DESC LIMIT 1""")
			.params(application.id(), Review.REQUEST_INFORMATION)
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
