package eu.balticaigf.portal.messages;

import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 point 6: an administrator writes to the registrants of a meeting, filtered by
 * registration and way of taking part; each receives it in their own language.
 */
class MessagesToRegistrantsTests extends PortalIntegrationTest {

	@Test
	void adminWritesToTheOnlineRegistrantsOfAMeetingEachInTheirLanguage() {
		String slug = "msg-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql(
				"""
						INSERT INTO meeting (slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at, time_zone,
						                     venue, online, capacity_in_person, registration_opens_at, registration_closes_at)
						VALUES (?, 'Susitikimas', 'Message meeting', 'Spotkanie', 'Sanāksme', 'Kohtumine',
						        now() + interval '3 days', now() + interval '3 days 2 hours', 'Europe/Vilnius',
						        'Gedimino pr. 38, Vilnius', true, 10, now() - interval '1 hour', now() + interval '2 days')""")
			.param(slug)
			.update();
		String online = register(slug, "lv", "ONLINE");
		String inPerson = register(slug, "et", "IN_PERSON");

		Visitor admin = signedIn(Role.ADMIN);
		Page compose = admin.open("/staff/messages").click("To the registrants of Message meeting");
		Page preview = compose.form("#message-form")
			.choose("attendance", "ONLINE")
			.fill("subjectEn", "Link for tomorrow")
			.fill("bodyEn", "The link follows in the reminder.")
			.fill("subjectLv", "Saite rītdienai")
			.fill("bodyLv", "Saite būs atgādinājumā.")
			.submit();
		assertThat(preview.byId("recipient-count").text()).isEqualTo("1 registrant will receive this message.");
		assertThat(preview.byId("preview-lv").text()).contains(online, "Saite rītdienai",
				"reģistrējāties sanāksmei “Sanāksme”");

		Page sent = preview.form("#send-form").submitAndFollow();
		assertThat(sent.byId("message-filter").text()).isEqualTo("Taking part: Online");
		Inbox.Mail mail = Inbox.nth(online, 2);
		assertThat(mail.subject()).isEqualTo("Saite rītdienai");
		assertThat(mail.text()).contains("Saite būs atgādinājumā.");
		assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ? AND template = 'messages/message'")
			.param(inPerson)
			.query(Long.class)
			.single()).isZero();
	}

	/** Through the public form, in the registrant's language; their address. */
	private String register(String slug, String language, String attendance) {
		String email = "registrant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		Page registered = Visitor.at(port)
			.speaking(language)
			.open("/meetings/" + slug + "/register")
			.form("form[method=post]")
			.fill("fullName", "Test Registrant")
			.fill("email", email)
			.fill("organisationName", "Test Org")
			.choose("attendance", attendance)
			.check("consentPrivacy")
			.submitAndFollow();
		assertThat(registered.path()).startsWith("/meetings/" + slug + "/registrations/");
		return email;
	}

}
