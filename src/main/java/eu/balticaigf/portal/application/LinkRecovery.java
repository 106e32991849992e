package eu.balticaigf.portal.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An applicant who lost their private link asks for a new one with the contact address
 * and the reference. Whether or not the two belong together, the answer is the same; only
 * when they do does the contact get an e-mail with a new link. Requests are counted per
 * address and reference and per client, in the database (so every node counts the same),
 * keeping only hashes and only for a day; the log and the metric
 * {@code portal.application.link.requests} count them by outcome.
 */
@Service
class LinkRecovery {

	private static final Logger log = LoggerFactory.getLogger(LinkRecovery.class);

	/** What became of a request. The applicant learns only whether it was LIMITED. */
	enum Outcome {

		SENT, UNMATCHED, LIMITED

	}

	/** The answer: what happened, and when a limited client may ask again. */
	record Answer(Outcome outcome, Duration retryAfter) {
	}

	private final JdbcClient jdbc;

	private final ApplicationStore store;

	private final Intake intake;

	private final Calls calls;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final IntakeSettings.LinkRecovery settings;

	private final MeterRegistry meters;

	LinkRecovery(JdbcClient jdbc, ApplicationStore store, Intake intake, Calls calls, Outbox outbox,
			TransactionTemplate transactions, Clock clock, IntakeSettings.LinkRecovery settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.store = store;
		this.intake = intake;
		this.calls = calls;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
		this.meters = meters;
	}

	/**
	 * Handles one request with a valid address and a well-formed reference, from
	 * {@code client} (its address).
	 */
	Answer request(String email, String reference, String client) {
		Instant now = clock.instant();
		String subject = SecureTokens.hash(DataSubjects.normalise(email) + "|" + reference);
		String clientHash = SecureTokens.hash(client);
		Answer answer = transactions.execute(status -> {
			Instant since = now.minus(settings.window());
			if (count("subject_hash", subject, since) >= settings.perApplication()
					|| count("client_hash", clientHash, since) >= settings.perClient()) {
				record(now, subject, clientHash, Outcome.LIMITED);
				return new Answer(Outcome.LIMITED, settings.window());
			}
			Optional<StoredApplication> match = store.byReference(reference)
				.filter(application -> application.data().contactEmail() != null
						&& DataSubjects.normalise(application.data().contactEmail())
							.equals(DataSubjects.normalise(email)));
			match.ifPresent(application -> send(application, now));
			Outcome outcome = match.isPresent() ? Outcome.SENT : Outcome.UNMATCHED;
			record(now, subject, clientHash, outcome);
			return new Answer(outcome, Duration.ZERO);
		});
		meters.counter("portal.application.link.requests", "outcome", answer.outcome().name().toLowerCase(Locale.ROOT))
			.increment();
		log.info("A private link was asked for again: {}. Requests in the last {} (sent, unmatched, limited): {}",
				answer.outcome(), settings.window(), outcomesSince(now.minus(settings.window())));
		return answer;
	}

	/** A new private link, e-mailed to the contact in the application's language. */
	private void send(StoredApplication application, Instant now) {
		Call call = calls.all()
			.stream()
			.filter(candidate -> candidate.id() == application.callId())
			.findFirst()
			.orElseThrow();
		Locale locale = Locale.forLanguageTag(application.language());
		Map<String, Object> variables = intake.mailVariables(call, locale, application.reference());
		variables.put("link", store.newPrivateLink(application, now));
		outbox.enqueue(new Email(application.data().contactEmail(), locale, "application/link", variables));
	}

	private long count(String column, String hash, Instant since) {
		return jdbc
			.sql("SELECT count(*) FROM application_link_request WHERE " + column
					+ " = ? AND requested_at > ? AND outcome <> 'LIMITED'")
			.params(hash, Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	private String outcomesSince(Instant since) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE outcome = 'SENT') || ', ' || count(*) FILTER (WHERE outcome = 'UNMATCHED')
				    || ', ' || count(*) FILTER (WHERE outcome = 'LIMITED')
				FROM application_link_request WHERE requested_at > ?""")
			.param(Timestamp.from(since))
			.query(String.class)
			.single();
	}

	private void record(Instant now, String subject, String client, Outcome outcome) {
		jdbc.sql("""
				INSERT INTO application_link_request (requested_at, subject_hash, client_hash, outcome)
				VALUES (?, ?, ?, ?)""").params(Timestamp.from(now), subject, client, outcome.name()).update();
	}

	/**
	 * The counts are needed for a window only; a day keeps the log's figures explainable.
	 */
	@Scheduled(fixedDelayString = "${portal.application.link-recovery.purge-interval:1h}", initialDelayString = "5m")
	void purgeOldRequests() {
		jdbc.sql("DELETE FROM application_link_request WHERE requested_at < ?")
			.param(Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

}
