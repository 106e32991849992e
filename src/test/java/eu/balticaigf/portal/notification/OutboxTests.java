package eu.balticaigf.portal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.pages.Inbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class OutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void messageQueuedInACommittedTransactionIsDeliveredOnceInTheRecipientsLanguage() throws Exception {
		String to = "ping-" + UUID.randomUUID() + "@example.lt";
		transactions.executeWithoutResult(status -> outbox.enqueue(new Email(to, Locale.forLanguageTag("lt"),
				"notification/test", Map.of("name", "Ąžuolas", "subjectArgument", "Ąžuolas"))));

		List<MimeMessage> received = TestMail.awaitMessagesTo(to, 1);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Bandomasis konsorciumo portalo el. laiškas: Ąžuolas");
		assertThat(received.get(0).getMessageID()).startsWith("<").endsWith("@balticaigf.eu>");
		assertThat(Inbox.Mail.of(received.get(0)).text()).as("links start at the configured public address")
			.contains(PortalTest.PUBLIC_ADDRESS)
			.doesNotContain("localhost");
		// Once: one row, sent, so the dispatcher has nothing left to send again.
		assertThat(
				jdbc.sql("SELECT status FROM outbox_message WHERE recipient = ?").param(to).query(String.class).list())
			.containsExactly("SENT");
	}

	@Test
	void repliesGoToTheMinistrysMailboxNotToTheNoReplySender() throws Exception {
		String to = "reply-" + UUID.randomUUID() + "@example.lt";
		transactions.executeWithoutResult(
				status -> outbox.enqueue(new Email(to, Locale.ENGLISH, "notification/test", Map.of("name", "x"))));
		MimeMessage message = TestMail.awaitMessagesTo(to, 1).get(0);
		assertThat(message.getFrom()).extracting(Object::toString).singleElement().asString().contains("no-reply@");
		assertThat(message.getReplyTo()).extracting(Object::toString)
			.containsExactly("Ministry of the Economy and Innovation <kanceliarija@eimin.lt>");
	}

	@Test
	void messageOfARolledBackTransactionIsNeverSent() {
		String to = "rollback-" + UUID.randomUUID() + "@example.lt";
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(new Email(to, Locale.ENGLISH, "notification/test", Map.of("name", "x")));
			status.setRollbackOnly();
		});
		// No row, nothing for the dispatcher to send, ever.
		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?")
			.param(to)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void enqueueOutsideATransactionIsRefused() {
		assertThatThrownBy(
				() -> outbox.enqueue(new Email("x@example.lt", Locale.ENGLISH, "notification/test", Map.of())))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void lineBreaksCannotAddHeaders() throws Exception {
		String to = "inject-" + UUID.randomUUID() + "@example.lt";
		transactions.executeWithoutResult(status -> outbox.enqueue(new Email(to, Locale.ENGLISH, "notification/test",
				Map.of("name", "x", "subjectArgument", "Evil\r\nBcc: victim@example.com"))));
		MimeMessage message = TestMail.awaitMessagesTo(to, 1).get(0);
		assertThat(message.getHeader("Bcc")).isNull();
		assertThat(message.getSubject())
			.isEqualTo("Test e-mail from the Consortium Portal for Evil Bcc: victim@example.com");
	}

}
