package eu.balticaigf.portal.notification;

import eu.balticaigf.portal.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one message per transaction. Each message is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never send the same message at once. A
 * crash between the SMTP hand-over and the commit can send that one message twice (with
 * batches of 20 in one transaction, scripts/crash.sh saw 19 repeats after one kill); its
 * Message-ID stays the same, so the receiving side can drop the repeat.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MailTransport transport;

	private final MailSettings settings;

	private final Clock clock;

	private final Counter sent;

	private final Counter failed;

	private final Session session = Session.getInstance(new Properties());

	private final AuditLog audit;

	private final Outbox outbox;

	MailDispatcher(JdbcClient jdbc, TransactionTemplate transactions, MailTransport transport, MailSettings settings,
			Clock clock, MeterRegistry meters, AuditLog audit, OutboxMessages messages, Outbox outbox) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.outbox = outbox;
		this.transactions = transactions;
		this.transport = transport;
		this.settings = settings;
		this.clock = clock;
		this.sent = meters.counter("portal.mail.sent");
		this.failed = meters.counter("portal.mail.failed");
		Gauge.builder("portal.mail.waiting", messages, OutboxMessages::waiting).register(meters);
		Gauge.builder("portal.mail.parked", messages, OutboxMessages::parkedCount).register(meters);
	}

	private record Pending(UUID id, String messageId, String recipient, String subject, String html, String text,
			int attempts) {
	}

	@Scheduled(fixedDelayString = "${portal.mail.poll-interval:1s}",
			initialDelayString = "${portal.mail.poll-interval:1s}")
	void dispatch() {
		while (Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
			// until nothing is due
		}
	}

	/**
	 * A test e-mail to a member of staff's own address, queued through the outbox like
	 * every other, so that it tests the whole way out: the queue, this dispatcher, the
	 * SMTP settings and the public address in its link. Audited.
	 */
	void sendTest(String address, String name, Locale locale) {
		transactions.executeWithoutResult(status -> {
			UUID id = outbox.enqueue(
					new Email(address, locale, "notification/test", Map.of("name", name, "subjectArgument", name)));
			audit.record("outbox.test-email-sent", AuditLog.Target.of("outbox_message", id), null,
					Map.of("recipient", address));
		});
	}

	/**
	 * Re-queues a parked message for another round of attempts; false when it is not (or
	 * no longer) parked.
	 */
	boolean resend(UUID id) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			Optional<Map<String, Object>> parked = jdbc.sql("""
					SELECT recipient, template, attempts, last_error FROM outbox_message
					WHERE id = ? AND status = 'PARKED' FOR UPDATE""").param(id).query((rs, row) -> {
				Map<String, Object> before = new LinkedHashMap<>();
				before.put("status", "PARKED");
				before.put("attempts", rs.getInt("attempts"));
				before.put("lastError", rs.getString("last_error"));
				before.put("recipient", rs.getString("recipient"));
				before.put("template", rs.getString("template"));
				return before;
			}).optional();
			parked.ifPresent(before -> {
				jdbc.sql("UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ?")
					.params(Timestamp.from(clock.instant()), id)
					.update();
				audit.record("outbox.parked-email-resent", AuditLog.Target.of("outbox_message", id), before, Map
					.of("status", "PENDING", "recipient", before.get("recipient"), "template", before.get("template")));
			});
			return parked.isPresent();
		}));
	}

	/** Sends the next due message, if any; true when there was one. */
	private boolean sendNext() {
		Instant now = clock.instant();
		Optional<Pending> next = jdbc.sql("""
				SELECT id, message_id, recipient, subject, html_body, text_body, attempts FROM outbox_message
				WHERE status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(Timestamp.from(now))
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getString("message_id"),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("html_body"),
					rs.getString("text_body"), rs.getInt("attempts")))
			.optional();
		next.ifPresent(message -> {
			try {
				transport.send(toMime(message));
				jdbc.sql(
						"UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
					.params(Timestamp.from(clock.instant()), message.id())
					.update();
				sent.increment();
			}
			catch (MessagingException | RuntimeException ex) {
				failed.increment();
				int attempts = message.attempts() + 1;
				boolean park = attempts >= settings.maxAttempts();
				jdbc.sql(
						"UPDATE outbox_message SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
					.params(park ? "PARKED" : "PENDING", attempts,
							Timestamp.from(now.plus(settings.retryAfter(attempts))), String.valueOf(ex.getMessage()),
							message.id())
					.update();
				log.warn("Sending message {} failed (attempt {}{}): {}", message.id(), attempts,
						park ? ", parked" : ", will retry", ex.getMessage());
			}
		});
		return next.isPresent();
	}

	private MimeMessage toMime(Pending message) throws MessagingException {
		MimeMessage mime = new StableIdMimeMessage(session, message.messageId());
		mime.setFrom(new InternetAddress(settings.from(), true));
		if (settings.replyTo() != null && !settings.replyTo().isBlank()) {
			mime.setReplyTo(InternetAddress.parse(settings.replyTo(), true));
		}
		mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
		mime.setSubject(message.subject(), "UTF-8");
		mime.setSentDate(java.util.Date.from(clock.instant()));

		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(message.text(), "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setContent(message.html(), "text/html; charset=UTF-8");
		alternative.addBodyPart(text);
		alternative.addBodyPart(html);

		List<MimeBodyPart> attachments = jdbc
			.sql("SELECT filename, content_type, content FROM outbox_attachment WHERE message = ? ORDER BY id")
			.param(message.id())
			.query((rs, row) -> {
				try {
					MimeBodyPart part = new MimeBodyPart();
					part.setDataHandler(new DataHandler(
							new ByteArrayDataSource(rs.getBytes("content"), rs.getString("content_type"))));
					part.setFileName(rs.getString("filename"));
					return part;
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.list();
		if (attachments.isEmpty()) {
			mime.setContent(alternative);
		}
		else {
			MimeMultipart mixed = new MimeMultipart("mixed");
			MimeBodyPart body = new MimeBodyPart();
			body.setContent(alternative);
			mixed.addBodyPart(body);
			for (MimeBodyPart attachment : attachments) {
				mixed.addBodyPart(attachment);
			}
			mime.setContent(mixed);
		}
		mime.saveChanges();
		return mime;
	}

	/**
	 * Keeps the Message-ID chosen at enqueue time; JavaMail would otherwise make a new
	 * one on every attempt.
	 */
	private static final class StableIdMimeMessage extends MimeMessage {

		private final String messageId;

		StableIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
