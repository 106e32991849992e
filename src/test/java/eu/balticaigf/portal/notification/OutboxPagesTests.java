package eu.balticaigf.portal.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class OutboxPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(username = "outbox-admin@ministry.test", roles = "ADMIN")
	void adminSeesAParkedMessageAndSendsItAgain() throws Exception {
		String to = "parked-" + UUID.randomUUID() + "@example.lv";
		UUID id = parkedMessageTo(to);

		mvc.perform(get("/staff/outbox").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(to)))
			.andExpect(content().string(containsString("Connection refused")));
		mvc.perform(post("/staff/outbox/{id}/resend", id).with(csrf())).andExpect(redirectedUrl("/staff/outbox"));

		assertThat(TestMail.awaitMessagesTo(to, 1)).hasSize(1);
		assertThat(jdbc.sql("""
				SELECT actor || ' ' || action || ' ' || (before_state ->> 'attempts') || ' ' || (after_state ->> 'recipient')
				FROM audit_log WHERE target_type = 'outbox_message' AND target_id = ?""")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly("outbox-admin@ministry.test outbox.parked-email-resent 3 " + to);

		mvc.perform(post("/staff/outbox/{id}/resend", id).with(csrf())).andExpect(redirectedUrl("/staff/outbox"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'outbox_message' AND target_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).as("no longer parked: nothing re-sent, nothing audited").isOne();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void onlyAdminsSeeTheOutbox() throws Exception {
		mvc.perform(get("/staff/outbox")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/outbox/{id}/resend", UUID.randomUUID()).with(csrf())).andExpect(status().isForbidden());
	}

	private UUID parkedMessageTo(String to) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template, status,
				                            attempts, next_attempt_at, last_error, created_at)
				VALUES (?, ?, ?, 'Parked test', '<p>x</p>', 'x', 'test/ping', 'PARKED', 3, ?, 'Connection refused', ?)""")
			.params(id, "<" + id + "@balticaigf.eu>", to, now, now)
			.update();
		return id;
	}

}
