package eu.balticaigf.portal.notification;

import java.time.Clock;
import java.sql.Timestamp;
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
		jdbc.sql("""
				INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template,
				                            status, attempts, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
			.params(id, "<" + id + "@" + domainOf(settings.from()) + ">", MailTemplates.singleLine(email.to()),
					rendered.subject(), rendered.html(), rendered.text(), email.template(),
					Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
			.update();
		for (Email.Attachment attachment : email.attachments()) {
			jdbc.sql("INSERT INTO outbox_attachment (message, filename, content_type, content) VALUES (?, ?, ?, ?)")
				.params(id, attachment.filename(), attachment.contentType(), attachment.content())
				.update();
		}
		return id;
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
