package eu.balticaigf.portal.notification;

import eu.balticaigf.portal.audit.AuditLog;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import eu.balticaigf.portal.MovableClock;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server refuses connections for a while (issue 8). The shared GreenMail and the
 * portal's own dispatcher must keep serving the other tests, so this drives a second
 * {@link MailDispatcher} by hand, with a clock it controls, against an outbox in a
 * database of its own and an SMTP port that nothing listens on until "recovery".
 */
@PortalTest
class SmtpOutageTests extends PortalIntegrationTest {

	private static final Duration FIRST_RETRY = Duration.ofSeconds(10);

	private static final int MAX_ATTEMPTS = 4;

	@Autowired
	HikariDataSource portalDatabase;

	@Autowired
	MailTemplates templates;

	@Autowired
	JdbcClient portalJdbc;

	private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T09:00:00Z"));

	private JdbcClient jdbc;

	private TransactionTemplate transactions;

	private MailDispatcher dispatcher;

	private Outbox outbox;

	private int smtpPort;

	private GreenMail smtp;

	@BeforeEach
	void ownOutboxAndMailServer() throws Exception {
		String database = "smtp_outage_" + UUID.randomUUID().toString().replace("-", "");
		portalJdbc.sql("CREATE DATABASE " + database).update();
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
				portalDatabase.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"),
				portalDatabase.getUsername(), portalDatabase.getPassword());
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V2__notification_outbox.sql"));
		}
		jdbc = JdbcClient.create(dataSource);
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		try (ServerSocket free = new ServerSocket(0)) {
			smtpPort = free.getLocalPort();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtpPort);
		Properties timeouts = new Properties();
		timeouts.put("mail.smtp.connectiontimeout", "2000");
		timeouts.put("mail.smtp.timeout", "2000");
		sender.setJavaMailProperties(timeouts);
		MailSettings settings = new MailSettings("Portal <no-reply@balticaigf.eu>", "Ministry <office@example.lt>",
				"http://localhost", Path.of("target"), MAX_ATTEMPTS, FIRST_RETRY);
		outbox = new Outbox(jdbc, templates, settings, clock);
		dispatcher = new MailDispatcher(jdbc, transactions, MailTransports.smtp(sender), settings, clock,
				new SimpleMeterRegistry(), context.getBean(AuditLog.class), new OutboxMessages(jdbc), outbox);
	}

	@AfterEach
	void stopMailServer() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void duringAnOutageMessagesWaitAndRetryWithBackoffThenAreDeliveredOnceAfterRecovery() {
		List<UUID> ids = List.of(enqueue("a@example.lt"), enqueue("b@example.lv"), enqueue("c@example.ee"));

		// Refused: each failure counts an attempt and waits twice as long as the one
		// before (10 s, 20 s, 40 s).
		Instant start = clock.instant();
		dispatcher.dispatch();
		assertState(ids, 1, start.plus(FIRST_RETRY));
		clock.move(FIRST_RETRY.minusSeconds(1));
		dispatcher.dispatch();
		assertState(ids, 1, start.plus(FIRST_RETRY));
		clock.move(Duration.ofSeconds(1));
		dispatcher.dispatch();
		assertState(ids, 2, clock.instant().plus(FIRST_RETRY.multipliedBy(2)));
		clock.move(FIRST_RETRY.multipliedBy(2).minusSeconds(1));
		dispatcher.dispatch();
		assertState(ids, 2, clock.instant().plusSeconds(1));
		clock.move(Duration.ofSeconds(1));
		dispatcher.dispatch();
		assertState(ids, 3, clock.instant().plus(FIRST_RETRY.multipliedBy(4)));
		assertThat(jdbc.sql("SELECT last_error FROM outbox_message").query(String.class).list())
			.allSatisfy(error -> assertThat(error).containsIgnoringCase("connect"));

		// The server is back: the next due round delivers every message, each once, with
		// its own Message-ID.
		startMailServer();
		clock.move(FIRST_RETRY.multipliedBy(4));
		dispatcher.dispatch();
		clock.move(Duration.ofHours(2));
		dispatcher.dispatch();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(3);
		assertThat(Arrays.stream(received).map(SmtpOutageTests::messageId).toList())
			.containsExactlyInAnyOrderElementsOf(
					jdbc.sql("SELECT message_id FROM outbox_message").query(String.class).list());
		assertThat(jdbc.sql("SELECT status || ' ' || attempts FROM outbox_message").query(String.class).list())
			.containsOnly("SENT 4");
	}

	@Test
	void afterTheLastAttemptAMessageIsParkedShownToAdminsAndCanBeSentAgain() throws Exception {
		String to = "parked-" + UUID.randomUUID() + "@example.pl";
		UUID id = enqueue(to);
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			dispatcher.dispatch();
			clock.move(FIRST_RETRY.multipliedBy(1L << (attempt - 1)));
		}
		assertThat(row(id)).isEqualTo("PARKED 4");
		clock.move(Duration.ofDays(7));
		dispatcher.dispatch();
		assertThat(row(id)).as("a parked message is not retried by itself").isEqualTo("PARKED 4");

		// The admins' page reads the portal's own outbox: the parked row moves there as
		// the dispatcher left it.
		portalJdbc.sql("""
				INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template, status,
				                            attempts, next_attempt_at, last_error, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jdbc.sql("""
					SELECT id, message_id, recipient, subject, html_body, text_body, template, status, attempts,
					       next_attempt_at, last_error, created_at FROM outbox_message WHERE id = ?""")
				.param(id)
				.query((rs, row) -> {
					Object[] values = new Object[12];
					for (int i = 0; i < values.length; i++) {
						values[i] = rs.getObject(i + 1);
					}
					return values;
				})
				.single())
			.update();
		Visitor admin = Visitor.at(port);
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		Page outbox = admin.open("/staff/outbox");
		assertThat(outbox.text()).contains(to, "Attempts: 4");
		assertThat(outbox.form("form[action$='/staff/outbox/" + id + "/resend']").submitAndFollow().text())
			.contains("The message is queued again");
		assertThat(Inbox.nth(to, 1).text()).contains("Hello Outage, this is a test e-mail");

		// Re-sent in the outage's own outbox too, once the server is back, it goes out
		// once.
		startMailServer();
		assertThat(dispatcher.resend(id)).isTrue();
		dispatcher.dispatch();
		dispatcher.dispatch();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(row(id)).isEqualTo("SENT 1");
	}

	private UUID enqueue(String to) {
		return transactions.execute(status -> outbox.enqueue(new Email(to, Locale.ENGLISH, "notification/test",
				Map.of("name", "Outage", "subjectArgument", "Outage"))));
	}

	private void startMailServer() {
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	private String row(UUID id) {
		return jdbc.sql("SELECT status || ' ' || attempts FROM outbox_message WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private void assertState(List<UUID> ids, int attempts, Instant nextAttempt) {
		for (UUID id : ids) {
			assertThat(row(id)).isEqualTo("PENDING " + attempts);
			assertThat(jdbc.sql("SELECT next_attempt_at FROM outbox_message WHERE id = ?")
				.param(id)
				.query(Timestamp.class)
				.single()
				.toInstant()).isEqualTo(nextAttempt);
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
