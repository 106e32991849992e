package eu.balticaigf.portal.notification;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send an e-mail. The message is rendered and stored in the caller's
 * transaction, so it exists if and only if the business change that caused it was
 * committed; the {@link MailDispatcher} sends it afterwards.
 */
@Service
public class Outbox {

	private static final String INSERT = """
			INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template,
			                            status, attempts, next_attempt_at, created_at)
			VALUES """;

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

	/** Nine parameters a row: far below PostgreSQL's limit of 65,535 per statement. */
	private static final int ROWS_PER_STATEMENT = 500;

	private final JdbcClient jdbc;

	private final MailTemplates templates;

	private final MailSettings settings;

	private final Clock clock;

	Outbox(JdbcClient jdbc, MailTemplates templates, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Queues an e-mail; must run inside the transaction of the change it reports.
	 * @return the message's id, also the stable base of its Message-ID header
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(Email email) {
		return enqueue(prepare(email));
	}

	/**
	 * An e-mail rendered ahead of the transaction that queues it, so that a caller
	 * holding a lock can render before taking it.
	 */
	public record Prepared(Email email, String subject, String html, String text) {

		/**
		 * Whether this rendering is that of the given e-mail: same recipient, language,
		 * template and variables (files aside, they are not rendered).
		 */
		public boolean isFor(Email other) {
			return email.to().equals(other.to()) && email.locale().equals(other.locale())
					&& email.template().equals(other.template()) && email.variables().equals(other.variables());
		}

		/** The same e-mail with these files (known only later, e.g. under the lock). */
		public Prepared attach(List<Email.Attachment> attachments) {
			return new Prepared(new Email(email.to(), email.locale(), email.template(), email.variables(), attachments),
					subject, html, text);
		}

	}

	/** Renders an e-mail without queueing it (no transaction needed). */
	public Prepared prepare(Email email) {
		MailTemplates.Rendered rendered = templates.render(email);
		return new Prepared(email, rendered.subject(), rendered.html(), rendered.text());
	}

	/**
	 * Queues an e-mail rendered by {@link #prepare}; must run inside the transaction of
	 * the change it reports.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(Prepared rendered) {
		Email email = rendered.email();
		UUID id = UUID.randomUUID();
		jdbc.sql(INSERT + ROW).params(row(id, rendered)).update();
		for (Email.Attachment attachment : email.attachments()) {
			jdbc.sql("INSERT INTO outbox_attachment (message, filename, content_type, content) VALUES (?, ?, ?, ?)")
				.params(id, attachment.filename(), attachment.contentType(), attachment.content())
				.update();
		}
		return id;
	}

	/**
	 * Queues many e-mails without files at once (a message to every applicant of a call):
	 * a few multi-row statements instead of one round trip per e-mail; must run inside
	 * the transaction of the change they report.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueAll(List<Prepared> rendered) {
		for (int from = 0; from < rendered.size(); from += ROWS_PER_STATEMENT) {
			List<Prepared> chunk = rendered.subList(from, Math.min(rendered.size(), from + ROWS_PER_STATEMENT));
			List<Object> params = new ArrayList<>();
			for (Prepared one : chunk) {
				if (!one.email().attachments().isEmpty()) {
					throw new IllegalArgumentException("E-mails with files are queued one by one");
				}
				params.addAll(row(UUID.randomUUID(), one));
			}
			jdbc.sql(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW))).params(params).update();
		}
	}

	private List<Object> row(UUID id, Prepared rendered) {
		Timestamp now = Timestamp.from(clock.instant());
		return Arrays.asList(id, "<" + id + "@" + domainOf(settings.from()) + ">",
				MailTemplates.singleLine(rendered.email().to()), rendered.subject(), rendered.html(), rendered.text(),
				rendered.email().template(), now, now);
	}

	/**
	 * What staff check before sending: the subject and plain text exactly as
	 * {@link #enqueue} would store them.
	 */
	public Preview preview(Email email) {
		return templates.preview(email);
	}

	public record Preview(String subject, String text) {
	}

	private static String domainOf(String from) {
		String address = from.replaceAll(".*<|>.*", "");
		return address.substring(address.indexOf('@') + 1);
	}

}
