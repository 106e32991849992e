package eu.balticaigf.portal.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class OutboxPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminSeesAParkedMessageAndSendsItAgain() {
		String to = "parked-" + UUID.randomUUID() + "@example.lv";
		UUID id = parkedMessageTo(to);
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = Visitor.at(port);
		visitor.signIn(admin);

		Page outbox = visitor.open("/staff/outbox");
		assertThat(outbox.text()).contains(to, "Attempts: 3; last error: Connection refused");
		Form sendAgain = outbox.form("form[action$='/staff/outbox/" + id + "/resend']");
		Page resent = sendAgain.submitAndFollow();
		assertThat(resent.path()).isEqualTo("/staff/outbox");
		assertThat(resent.text()).contains("The message is queued again and will be sent within a few seconds.")
			.doesNotContain(to);

		assertThat(Inbox.nth(to, 1).subject()).isEqualTo("Parked test");
		assertThat(jdbc
			.sql("""
					SELECT actor || ' ' || action || ' ' || (before_state ->> 'attempts') || ' ' || (after_state ->> 'recipient')
					FROM audit_log WHERE target_type = 'outbox_message' AND target_id = ?""")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly(admin.email() + " outbox.parked-email-resent 3 " + to);

		// The same button again, from the page as it was (a double click, or the back
		// button).
		Page again = sendAgain.submitAndFollow();
		assertThat(again.text()).contains("That message is no longer parked.");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'outbox_message' AND target_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).as("no longer parked: nothing re-sent, nothing audited").isOne();
	}

	@Test
	void anAdminSendsThemselvesATestEmailInTheirLanguageThroughTheOutbox() {
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = Visitor.at(port).speaking("pl");
		visitor.signIn(admin);

		Page sent = visitor.open("/staff/outbox").form("form[action$='/staff/outbox/test']").submitAndFollow();
		assertThat(sent.path()).isEqualTo("/staff/outbox");
		assertThat(sent.byId("test-sent").text())
			.contains("Wiadomość testowa na adres " + admin.email() + " jest w kolejce");

		Inbox.Mail mail = Inbox.nth(admin.email(), 1);
		assertThat(mail.subject()).startsWith("Wiadomość testowa z portalu konsorcjum: ");
		assertThat(mail.text()).contains("to wiadomość testowa z portalu konsorcjum",
				PortalTest.PUBLIC_ADDRESS + "/staff/outbox");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = ? AND action = 'outbox.test-email-sent'")
			.param(admin.email())
			.query(Long.class)
			.single()).isOne();
	}

	/**
	 * Sending again is refused to other roles too: {@code RouteAccessTests} posts to
	 * every route in every role.
	 */
	@Test
	void onlyAdminsSeeTheOutbox() {
		Visitor viewer = Visitor.at(port);
		viewer.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		assertThat(viewer.open("/staff/outbox").status()).isEqualTo(403);
		assertThat(Visitor.at(port).open("/staff/outbox").path()).isEqualTo("/staff/login");
	}

	private UUID parkedMessageTo(String to) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql(
				"""
						INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template, status,
						                            attempts, next_attempt_at, last_error, created_at)
						VALUES (?, ?, ?, 'Parked test', '<p>x</p>', 'x', 'test/ping', 'PARKED', 3, ?, 'Connection refused', ?)""")
			.params(id, "<" + id + "@balticaigf.eu>", to, now, now)
			.update();
		return id;
	}

}
