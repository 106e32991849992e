package eu.balticaigf.portal.privacy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;

/**
 * Personal data seeded into the other modules' tables (applications through the
 * application module's store code), on a call and a meeting of the test's own that ended
 * long ago (tests share one database: nothing here touches the seeded call or meeting,
 * nor assumes empty tables).
 */
class PrivacyData {

	final JdbcClient jdbc;

	private final TestSubmissions submissions;

	final String callSlug;

	final long callId;

	final Instant callCloses;

	final long meetingId;

	final Instant meetingEnds;

	PrivacyData(ApplicationContext context, Instant callCloses) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.submissions = new TestSubmissions(context);
		this.callCloses = callCloses;
		this.meetingEnds = callCloses;
		String unique = UUID.randomUUID().toString().substring(0, 12);
		this.callSlug = "privacy-" + unique;
		this.callId = jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
					                  budget_eur, private_share_pct, planned_gpus)
					VALUES (?, 'Bandymas', 'Privacy test call', 'Test', 'Tests', 'Test', ?, ?, 'Europe/Vilnius', 1000, 50, 10)
					RETURNING id""")
			.params(callSlug, Timestamp.from(callCloses.minus(Duration.ofDays(14))), Timestamp.from(callCloses))
			.query(Long.class)
			.single();
		this.meetingId = jdbc.sql("""
				INSERT INTO meeting (slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at,
				    time_zone, venue, online, capacity_in_person, registration_opens_at, registration_closes_at)
				VALUES (?, 'Susitikimas', 'Meeting', 'Spotkanie', 'Sanāksme', 'Kohtumine', ?, ?, 'Europe/Vilnius',
				    'Vilnius', true, 50, ?, ?)
				RETURNING id""")
			.params("privacy-" + unique, Timestamp.from(meetingEnds.minus(Duration.ofHours(2))),
					Timestamp.from(meetingEnds), Timestamp.from(meetingEnds.minus(Duration.ofDays(20))),
					Timestamp.from(meetingEnds.minus(Duration.ofDays(1))))
			.query(Long.class)
			.single();
	}

	static String email(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 10) + "@example.lt";
	}

	/**
	 * An application of this call whose contact is the address, with its first history
	 * row.
	 */
	String application(String email, String status, String country, String category, String size) {
		return submissions.submitAmended(callId, email, ApplicationStatus.valueOf(status), category, country, size,
				callCloses.minus(Duration.ofDays(3)));
	}

	void draft(String email) {
		jdbc.sql("""
				INSERT INTO application_draft (id, call_id, fields, language, created_at, updated_at)
				VALUES (?, ?, ?, 'lt', ?, ?)""")
			.params(UUID.randomUUID(), callId,
					"organisationName=Draft+org&contactEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
					Timestamp.from(callCloses.minus(Duration.ofDays(2))),
					Timestamp.from(callCloses.minus(Duration.ofDays(2))))
			.update();
	}

	void registration(String email) {
		String unique = UUID.randomUUID().toString();
		jdbc.sql(
				"""
						INSERT INTO meeting_registration (meeting_id, full_name, email, email_normalised, organisation_name,
						    attendance, status, language, consent_privacy_version, consent_privacy_at, cancel_token_hash,
						    registered_at, confirmed_at)
						VALUES (?, 'Jonas Jonaitis', ?, ?, 'UAB Test', 'IN_PERSON', 'CONFIRMED', 'lt', '2025-07-28', ?, ?, ?, ?)""")
			.params(meetingId, email, email.toLowerCase(), Timestamp.from(meetingEnds.minus(Duration.ofDays(5))),
					unique, Timestamp.from(meetingEnds.minus(Duration.ofDays(5))),
					Timestamp.from(meetingEnds.minus(Duration.ofDays(5))))
			.update();
	}

	void email(String to, Instant at) {
		jdbc.sql("""
				INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body, template, status,
				    next_attempt_at, created_at, sent_at)
				VALUES (?, ?, ?, 'Application received', '<p>Hello Ona</p>', 'Hello Ona', 'application/receipt', 'SENT',
				    ?, ?, ?)""")
			.params(UUID.randomUUID(), UUID.randomUUID() + "@portal", to, Timestamp.from(at), Timestamp.from(at),
					Timestamp.from(at))
			.update();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/**
	 * The public statistics JSON (without its generation time) and the raw counts they
	 * are made from.
	 */
	String statistics(MockMvc mvc) throws Exception {
		String json = mvc.perform(get("/api/v1/calls/" + callSlug + "/statistics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\"generatedAt\":\"[^\"]*\"", "");
		return json + "\n"
				+ jdbc
					.sql("""
							SELECT string_agg(status || '/' || country || '/' || category || '/' || organisation_size || '=' || n, ','
							    ORDER BY status, country, category, organisation_size)
							FROM (SELECT status, country, category, organisation_size, count(*) AS n FROM application
							      WHERE call_id = ? GROUP BY 1, 2, 3, 4) counts""")
					.param(callId)
					.query(String.class)
					.single();
	}

}
