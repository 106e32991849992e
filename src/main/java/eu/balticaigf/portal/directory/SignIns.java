package eu.balticaigf.portal.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passwordless sign-in. Someone gives an address; the answer is the same page whether or
 * not an organisation uses it, and it is given before anyone looks: the request is stored
 * as it is for every address, and handled afterwards on another thread (or by the sweep,
 * on whichever node gets there first), so neither the page nor its timing tells whether
 * the address is known. Only a known address, within its limit, gets a link: valid for
 * {@link DirectorySettings#linkValidity()}, once, stored as its SHA-256.
 */
@Service
class SignIns {

	private static final Logger log = LoggerFactory.getLogger(SignIns.class);

	/** What became of a request; only the client's own limit is ever shown. */
	enum Outcome {

		SENT, UNKNOWN, LIMITED

	}

	private record Pending(long id, String email, String language, String addressHash) {
	}

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final DirectorySettings settings;

	private final Clock clock;

	/**
	 * One thread: requests are few, and the sweep catches any this node did not finish.
	 */
	private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "directory-sign-in");
		thread.setDaemon(true);
		return thread;
	});

	SignIns(JdbcClient jdbc, Organisations organisations, Outbox outbox, TransactionTemplate transactions,
			DirectorySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.outbox = outbox;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Stores a request for a link to {@code email} from {@code client} (its address).
	 * @return false when this client asked too often (it is told so; nothing is sent)
	 */
	boolean request(String email, Locale locale, String client) {
		Instant now = clock.instant();
		String clientHash = SecureTokens.hash(client);
		boolean accepted = Boolean.TRUE.equals(transactions.execute(status -> {
			boolean limited = jdbc.sql("""
					SELECT count(*) FROM directory_sign_in_request
					WHERE client_hash = ? AND requested_at > ? AND outcome IS DISTINCT FROM 'LIMITED'""")
				.params(clientHash, Timestamp.from(now.minus(settings.window())))
				.query(Long.class)
				.single() >= settings.requestsPerClient();
			jdbc.sql("""
					INSERT INTO directory_sign_in_request (requested_at, email, language, address_hash, client_hash,
					    outcome) VALUES (?, ?, ?, ?, ?, ?)""")
				.params(Timestamp.from(now), limited ? null : DataSubjects.normalise(email), locale.getLanguage(),
						DataSubjects.hash(email), clientHash, limited ? Outcome.LIMITED.name() : null)
				.update();
			return !limited;
		}));
		if (accepted) {
			background.execute(this::handlePending);
		}
		return accepted;
	}

	/**
	 * Handles the requests waiting, a few at a time; rows another node is handling are
	 * skipped, not waited for.
	 */
	@Scheduled(fixedDelayString = "${portal.directory.sign-in-sweep:1m}", initialDelayString = "1m")
	void handlePending() {
		boolean more = true;
		while (more) {
			more = Boolean.TRUE.equals(transactions.execute(status -> {
				List<Pending> pending = jdbc.sql("""
						SELECT id, email, language, address_hash FROM directory_sign_in_request
						WHERE outcome IS NULL ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED""")
					.query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("email"), rs.getString("language"),
							rs.getString("address_hash")))
					.list();
				pending.forEach(this::handle);
				return pending.size() == 10;
			}));
		}
	}

	private void handle(Pending request) {
		Instant now = clock.instant();
		List<Organisation> speaksFor = organisations.speakingFor(request.email());
		Outcome outcome;
		if (speaksFor.isEmpty()) {
			outcome = Outcome.UNKNOWN;
		}
		else if (jdbc.sql("""
				SELECT count(*) FROM directory_sign_in_request
				WHERE address_hash = ? AND requested_at > ? AND outcome = 'SENT'""")
			.params(request.addressHash(), Timestamp.from(now.minus(settings.window())))
			.query(Long.class)
			.single() >= settings.linksPerAddress()) {
			outcome = Outcome.LIMITED;
		}
		else {
			send(request, speaksFor, now);
			outcome = Outcome.SENT;
		}
		jdbc.sql("UPDATE directory_sign_in_request SET outcome = ?, email = NULL WHERE id = ?")
			.params(outcome.name(), request.id())
			.update();
		log.info("A directory sign-in link was asked for: {}", outcome);
	}

	private void send(Pending request, List<Organisation> speaksFor, Instant now) {
		String token = SecureTokens.newToken();
		jdbc.sql("INSERT INTO directory_sign_in_link (token_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(SecureTokens.hash(token), request.email(), Timestamp.from(now),
					Timestamp.from(now.plus(settings.linkValidity())))
			.update();
		outbox.enqueue(new Email(request.email(), Locale.forLanguageTag(request.language()), "directory/signIn",
				Map.of("link", SignInPages.PATH + "/" + token, "organisations",
						speaksFor.stream().map(Organisation::name).toList(), "minutes",
						settings.linkValidity().toMinutes())));
	}

	/** Whether the link still works (unused, not expired): the page before using it. */
	boolean isValid(String token) {
		return jdbc
			.sql("SELECT count(*) FROM directory_sign_in_link WHERE token_hash = ? AND used_at IS NULL"
					+ " AND expires_at > ?")
			.params(SecureTokens.hash(token), Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() == 1;
	}

	/** Uses the link: the address it was sent to, once, while it is valid. */
	Optional<String> use(String token) {
		Instant now = clock.instant();
		return jdbc
			.sql("""
					UPDATE directory_sign_in_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
					RETURNING email""")
			.params(Timestamp.from(now), SecureTokens.hash(token), Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	/**
	 * How long handled requests and expired links are kept: counts are needed for a
	 * window only, links for their quarter of an hour; a day leaves room to answer "did a
	 * link go out?".
	 */
	static final Duration KEPT = Duration.ofDays(1);

	@Scheduled(fixedDelayString = "${portal.directory.purge-interval:1h}", initialDelayString = "5m")
	void purgeOld() {
		purgeOld(clock.instant());
	}

	/** Deletes what is older than {@link #KEPT}: how many requests and links. */
	int purgeOld(Instant now) {
		Timestamp before = Timestamp.from(now.minus(KEPT));
		return jdbc.sql("DELETE FROM directory_sign_in_request WHERE requested_at < ? AND outcome IS NOT NULL")
			.param(before)
			.update() + jdbc.sql("DELETE FROM directory_sign_in_link WHERE expires_at < ?").param(before).update();
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

}
