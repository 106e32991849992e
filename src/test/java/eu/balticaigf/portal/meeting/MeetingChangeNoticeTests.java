package eu.balticaigf.portal.meeting;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 point 6: registrants are told when a meeting's time or place changes, in their
 * language, once per change; other edits tell nobody.
 */
class MeetingChangeNoticeTests extends PortalIntegrationTest {

	@Autowired
	MeetingRepository meetings;

	@Test
	void registrantsStillExpectedAreToldOnceInTheirLanguageWhenThePlaceChanges() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String confirmed = TestMeetings.email("changed-lt");
		String waitlisted = TestMeetings.email("changed-pl");
		String cancelled = TestMeetings.email("changed-cancelled");
		RegistrationPagesTests.register(Visitor.at(port).speaking("lt"), meeting, confirmed, "IN_PERSON");
		RegistrationPagesTests.register(Visitor.at(port).speaking("pl"), meeting, waitlisted, "IN_PERSON");
		RegistrationPagesTests.register(Visitor.at(port).speaking("en"), meeting, cancelled, "ONLINE");
		jdbc.sql("UPDATE meeting_registration SET status = 'CANCELLED', cancelled_at = now() WHERE email = ?")
			.param(cancelled)
			.update();

		Visitor admin = signedIn(Role.ADMIN);
		String edit = "/staff/meetings/" + meeting.slug() + "/edit";
		admin.open(edit).form("form[method=post]").fill("venue", "Konstitucijos pr. 7, Vilnius").submitAndFollow();

		Inbox.Mail lithuanian = Inbox.nth(confirmed, 2);
		assertThat(lithuanian.subject()).isEqualTo("Pakeista: Bandomasis susitikimas, Vilnius; 2");
		assertThat(lithuanian.text()).contains("pasikeitė susitikimo", "Vieta: Konstitucijos pr. 7, Vilnius",
				"Iki pakeitimo: ", "Gedimino pr. 38, Vilnius");
		assertThat(lithuanian.attachments()).containsKey("meeting.ics");
		Inbox.Mail polish = Inbox.nth(waitlisted, 2);
		assertThat(polish.subject()).isEqualTo("Zmiana: Spotkanie testowe");
		assertThat(polish.attachments()).as("no seat yet: no calendar file").isEmpty();

		// Saved again unchanged, then only the description: nobody is told again.
		admin.open(edit).form("form[method=post]").submitAndFollow();
		var form = admin.open(edit).form("form[method=post]");
		for (String language : new String[] { "Lt", "En", "Pl", "Lv", "Et" }) {
			form.fill("description" + language, "About (" + language + ")");
		}
		form.submitAndFollow();
		assertThat(changeNotices(confirmed)).isOne();
		assertThat(changeNotices(waitlisted)).isOne();
		assertThat(changeNotices(cancelled)).isZero();
	}

	@Test
	void materialsAreLinksOnThePublicPageAndALineThatIsNotOneIsNamedAtTheField() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Visitor admin = signedIn(Role.ADMIN);
		String edit = "/staff/meetings/" + meeting.slug() + "/edit";
		// The form holds times to the minute: saved once before anyone registers, so that
		// the test meeting's seconds are not a change of time below.
		admin.open(edit).form("form[method=post]").submitAndFollow();
		String registrant = TestMeetings.email("materials");
		RegistrationPagesTests.register(Visitor.at(port).speaking("en"), meeting, registrant, "ONLINE");

		var refused = admin.open(edit)
			.form("form[method=post]")
			.fill("materials", "Slides | https://example.org/s\n\njavascript:alert(1)")
			.submit();
		assertThat(refused.errorFor("materials")).startsWith("Line 3: write each material on a line of its own");
		assertThat(meetings.findBySlug(meeting.slug()).orElseThrow().materials()).isNull();

		admin.open(edit)
			.form("form[method=post]")
			.fill("materials",
					"Slides (EN) | https://example.org/slides.pdf\n\nReport <b>2025</b> | https://example.org/r")
			.submitAndFollow();
		var page = Visitor.at(port).speaking("lt").open("/meetings/" + meeting.slug() + "/register");
		assertThat(page.byId("meeting-materials").select("a").eachAttr("href"))
			.containsExactly("https://example.org/slides.pdf", "https://example.org/r");
		assertThat(page.byId("meeting-materials").text()).isEqualTo("Slides (EN) Report <b>2025</b>");
		assertThat(page.text()).contains("Medžiaga");
		assertThat(changeNotices(registrant)).as("materials are not the time or place").isZero();
	}

	private long changeNotices(String address) {
		return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ? AND template = 'meeting/changed'")
			.param(address)
			.query(Long.class)
			.single();
	}

}
