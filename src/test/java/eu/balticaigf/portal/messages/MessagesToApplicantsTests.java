package eu.balticaigf.portal.messages;

import java.time.Instant;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 point 6: an administrator writes to the applicants of a call, filtered, in
 * five languages; each applicant receives it once, in their own language, through the
 * outbox.
 */
class MessagesToApplicantsTests extends PortalIntegrationTest {

	private String slug;

	private String title;

	private long callId;

	/**
	 * A call of its own, so that no other test's applications are among the recipients.
	 */
	@BeforeEach
	void newCall() {
		slug = "msg-" + UUID.randomUUID().toString().substring(0, 8);
		title = "Message test call " + slug;
		callId = jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
					                  budget_eur, private_share_pct, planned_gpus)
					VALUES (?, ?, ?, ?, ?, ?, now() - interval '1 day', now() + interval '1 day', 'Europe/Vilnius', 0, 0, 0)
					RETURNING id""")
			.params(slug, "Pranešimų kvietimas " + slug, title, title, title, title)
			.query(Long.class)
			.single();
	}

	private String applicant(ApplicationStatus status, String category, String country, String language,
			Instant submittedAt) {
		long id = new TestSubmissions(context).submit(callId, status, category, country, "SMALL", null, null,
				submittedAt);
		jdbc.sql("UPDATE application SET language = ? WHERE id = ?").params(language, id).update();
		return jdbc.sql("SELECT contact_email FROM application WHERE id = ?").param(id).query(String.class).single();
	}

	@Test
	void adminWritesToTheApplicantsOfACallAndEachReceivesItOnceInTheirLanguage() {
		Instant now = Instant.now();
		String lithuanian = applicant(ApplicationStatus.SUBMITTED, "UNIVERSITY", "LT", "lt", now);
		String polish = applicant(ApplicationStatus.UNDER_REVIEW, "UNIVERSITY", "PL", "pl", now);
		String startup = applicant(ApplicationStatus.SUBMITTED, "STARTUP", "LT", "en", now);
		String withdrawn = applicant(ApplicationStatus.WITHDRAWN, "UNIVERSITY", "LT", "lt", now);
		// The Lithuanian contact applied once before, in English, under the same address
		// in capitals: one e-mail, in the language of the latest application.
		long earlier = new TestSubmissions(context).submit(callId, ApplicationStatus.SUBMITTED, "UNIVERSITY", "LT",
				"SMALL", null, null, now.minusSeconds(3600));
		jdbc.sql("UPDATE application SET contact_email = ? WHERE id = ?")
			.params(lithuanian.toUpperCase(), earlier)
			.update();

		Visitor admin = signedIn(Role.ADMIN);
		Page compose = admin.open("/staff/messages").click("To the applicants of " + title);
		assertThat(compose.path()).isEqualTo("/staff/messages/calls/" + slug + "/new");
		assertThat(compose.text())
			.contains("a language whose subject and text are left empty receives the English message");

		Page preview = compose.form("#message-form")
			.choose("category", "UNIVERSITY")
			.fill("subjectEn", "Information day moved")
			.fill("bodyEn", "Dear applicant,\n\nthe information day moves to 3 September.")
			.fill("subjectLt", "Informacinė diena perkelta")
			.fill("bodyLt", "Gerbiamas pareiškėjau,\n\ninformacinė diena perkeliama į rugsėjo 3 d.")
			.submit();
		assertThat(preview.byId("recipient-count").text()).isEqualTo("2 applicants will receive this message.");
		assertThat(preview.byId("preview-lt").text()).contains("Lithuanian: 1 recipient", lithuanian,
				"Informacinė diena perkelta", "informacinė diena perkeliama į rugsėjo 3 d.",
				"Pranešimų kvietimas " + slug);
		assertThat(preview.byId("preview-pl").text()).contains("Polish: 1 recipient",
				"There is no text in this language: these recipients receive the English message.", polish,
				"Information day moved");
		assertThat(preview.has("#preview-en")).as("nobody in English matches").isFalse();

		Form send = preview.form("#send-form");
		Page sent = send.submitAndFollow();
		assertThat(sent.path()).startsWith("/staff/messages/");
		assertThat(sent.byId("message-sent").text()).contains("The message is queued for 2 recipients.");
		assertThat(sent.byId("message-recipients").text()).isEqualTo("2");
		assertThat(sent.byId("message-filter").text()).contains("Type of organisation: University");
		assertThat(sent.byId("text-pl").text()).contains("English message");

		Inbox.Mail toLithuanian = Inbox.nth(lithuanian, 1);
		assertThat(toLithuanian.subject()).isEqualTo("Informacinė diena perkelta");
		assertThat(toLithuanian.text()).contains("informacinė diena perkeliama į rugsėjo 3 d.",
				"pateikėte paraišką kvietimui „Pranešimų kvietimas " + slug + "“");
		Inbox.Mail toPolish = Inbox.nth(polish, 1);
		assertThat(toPolish.subject()).isEqualTo("Information day moved");
		assertThat(toPolish.text()).contains("the information day moves to 3 September.");

		// A double click, or the back button and the same button again: nothing more.
		Page again = send.submitAndFollow();
		assertThat(again.path()).isEqualTo(sent.path());
		assertThat(again.text()).contains("This message had already been sent; nothing was sent again.");
		assertThat(outboxRowsTo(lithuanian) + outboxRowsTo(polish)).isEqualTo(2);
		assertThat(outboxRowsTo(startup) + outboxRowsTo(withdrawn)).isZero();
		assertThat(jdbc
			.sql("""
					SELECT (after_state ->> 'recipients') || ' ' || (after_state ->> 'category') || ' ' || (after_state ->> 'slug')
					FROM audit_log WHERE action = 'messages.sent' AND target_id = ?""")
			.param(sent.path().substring("/staff/messages/".length()))
			.query(String.class)
			.list()).containsExactly("2 UNIVERSITY " + slug);

		Visitor viewer = signedIn(Role.VIEWER);
		Page list = viewer.open("/staff/messages");
		assertThat(list.byId("sent-messages").text()).contains("Information day moved", "Applicants of " + title);
		assertThat(list.has("#write-to")).isFalse();
		assertThat(viewer.open(sent.path()).byId("text-lt").text()).contains("Informacinė diena perkelta");
		assertThat(viewer.open("/staff/messages/calls/" + slug + "/new").status()).isEqualTo(403);
	}

	@Test
	void badInputIsNamedNextToItsFieldAndSendsNothing() {
		applicant(ApplicationStatus.SUBMITTED, "UNIVERSITY", "LT", "lt", Instant.now());
		Visitor admin = signedIn(Role.ADMIN);
		Form form = admin.open("/staff/messages/calls/" + slug + "/new").form("#message-form");

		Page empty = form.fill("subjectLt", "Tema be teksto").submit();
		assertThat(empty.errorFor("subjectEn")).isEqualTo("Enter a subject in English");
		assertThat(empty.errorFor("bodyEn")).isEqualTo("Enter the text in English");
		assertThat(empty.errorFor("bodyLt"))
			.isEqualTo("Enter the text in this language too, or leave its subject empty to send the English message");
		assertThat(empty.has("#send-form")).isFalse();

		Page nobody = empty.form("#message-form")
			.fill("subjectLt", "")
			.fill("subjectEn", "Hello")
			.fill("bodyEn", "Text")
			.choose("status", "ACCEPTED")
			.submit();
		assertThat(nobody.errorFor("status")).isEqualTo("No applicant matches these filters: choose others");
		assertThat(nobody.has("#send-form")).isFalse();

		Page tampered = nobody.form("#message-form").tamper("status", "CONFIRMED").submit();
		assertThat(tampered.errorFor("status")).isEqualTo("Choose one of the values in the list");

		Page longSubject = tampered.form("#message-form")
			.tamper("status", "")
			.fill("subjectEn", "Information day ".repeat(13))
			.fill("subjectPl", "x".repeat(201))
			.fill("bodyPl", "Tekst")
			.submit();
		assertThat(longSubject.errorFor("subjectEn")).isEqualTo("Enter a subject of 200 characters or fewer");
		assertThat(longSubject.errorFor("subjectPl")).isEqualTo("Enter a subject of 200 characters or fewer");
		assertThat(longSubject.has("#send-form")).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM sent_message WHERE audience_slug = ?")
			.param(slug)
			.query(Long.class)
			.single()).isZero();
	}

	private long outboxRowsTo(String address) {
		return jdbc.sql("SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(?)")
			.param(address)
			.query(Long.class)
			.single();
	}

}
