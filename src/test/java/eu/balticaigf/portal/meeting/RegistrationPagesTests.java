package eu.balticaigf.portal.meeting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public registration pages as a person uses them: forms read from the served page
 * and posted as a browser does.
 */
@PortalTest
class RegistrationPagesTests extends PortalIntegrationTest {

	@Autowired
	MeetingRepository meetings;

	@Test
	void formShowsTimeWithZonePlaceSeatsAndDeadline() {
		Meeting meeting = TestMeetings.create(meetings, 7);
		Page form = Visitor.at(port).speaking("en").open(registerPath(meeting));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("(Vilnius)", "Gedimino pr. 38, Vilnius", "Seats left in the room: 7.");
		assertThat(form.byId("registration-deadline").text()).isNotBlank();
		Form served = form.form("form[method=post]");
		for (String field : new String[] { "fullName", "email", "organisationName", "attendance", "consentPrivacy" }) {
			assertThat(form.has("form [name=" + field + "]")).as(field).isTrue();
		}
		assertThat(form.document().select("input[name=attendance]").eachAttr("value")).containsExactly("IN_PERSON",
				"ONLINE");
		assertThat(form.document().select("label[for^=attendance]").eachText()).containsExactly("In person", "Online");
		// Ids and limits as the page has always had them: scripts and the browser's own
		// checks rely on them.
		assertThat(form.document().select("input[name=attendance]").eachAttr("id")).containsExactly("attendance",
				"attendance-ONLINE");
		assertThat(form.document().select("label[for^=attendance]").eachAttr("for")).containsExactly("attendance",
				"attendance-ONLINE");
		assertThat(Map.of("fullName", form.byId("fullName").attr("maxlength"), "email",
				form.byId("email").attr("maxlength"), "organisationName",
				form.byId("organisationName").attr("maxlength")))
			.isEqualTo(Map.of("fullName", "200", "email", "254", "organisationName", "200"));
		assertThat(served.value("consentPrivacy")).isNull();
	}

	@Test
	void invalidInputShowsAnErrorSummaryAndFieldMessagesInTheChosenLanguage() {
		Meeting meeting = TestMeetings.create(meetings, 7);
		Page page = Visitor.at(port)
			.speaking("lt")
			.open(registerPath(meeting))
			.form("form[method=post]")
			.fill("fullName", " ")
			.fill("email", "not-an-email")
			.submit();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.errorSummary()).contains("Įveskite savo vardą ir pavardę", "Pasirinkite, kaip dalyvausite",
				"Kad galėtume jus užregistruoti, sutikite su duomenų naudojimu");
		assertThat(page.document().select(".govuk-error-summary a").eachAttr("href")).contains("#fullName",
				"#consentPrivacy");
		assertThat(page.errorFor("email")).startsWith("Įveskite tinkamo formato el. pašto adresą");
		assertThat(page.form("form[method=post]").value("email")).isEqualTo("not-an-email");
		assertThat(count(meeting)).isZero();
	}

	/**
	 * A tampered form: only the ways of taking part that this meeting offers are
	 * accepted.
	 */
	@Test
	void attendanceTheMeetingDoesNotOfferIsRefused() {
		Meeting meeting = TestMeetings.create(meetings, 7);
		RegistrationForm tampered = new RegistrationForm("Ona", "ona@example.lt", null, "HYBRID", true);
		Errors errors = new BeanPropertyBindingResult(tampered, "form");
		RegistrationPages.validate(tampered, meeting, errors);
		assertThat(errors.getFieldError("attendance").getCode()).isEqualTo("meeting.error.attendance.unknown");
	}

	@Test
	void registrationLeadsToAPrivateStatusPageAndCancellingAsksFirst() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String firstEmail = TestMeetings.email("first");
		Page first = register(Visitor.at(port).speaking("en"), meeting, firstEmail, "IN_PERSON");
		assertThat(first.byId("registration-status").attr("data-status")).isEqualTo("CONFIRMED");
		assertThat(first.byId("registration-status").text()).isEqualTo("Confirmed");
		Page second = register(Visitor.at(port).speaking("en"), meeting, TestMeetings.email("second"), "IN_PERSON");
		assertThat(second.byId("registration-status").attr("data-status")).isEqualTo("WAITLISTED");
		assertThat(second.byId("waiting-position").text()).isEqualTo("You are number 1 on the waiting list.");
		Page online = register(Visitor.at(port).speaking("en"), meeting, TestMeetings.email("online"), "ONLINE");
		assertThat(online.byId("registration-status").attr("data-status")).isEqualTo("CONFIRMED");

		// The cancel link asks first; keeping the registration changes nothing.
		Page question = first.click("cancel-registration");
		assertThat(question.status()).isEqualTo(200);
		assertThat(question.heading()).isEqualTo("Cancel your registration?");
		assertThat(question.text())
			.contains("Your seat in the room goes at once to the first person on the waiting list.");
		assertThat(question.click("keep-registration").byId("registration-status").attr("data-status"))
			.isEqualTo("CONFIRMED");
		assertThat(count(meeting, "CANCELLED")).isZero();

		// Confirming cancels and promotes the first on the waiting list; the same form
		// sent twice changes nothing more.
		Form confirm = question.form();
		Page cancelled = confirm.submitAndFollow();
		assertThat(cancelled.path()).isEqualTo(first.path());
		assertThat(cancelled.byId("registration-status").attr("data-status")).isEqualTo("CANCELLED");
		assertThat(cancelled.text()).contains("Your registration is cancelled.");
		assertThat(cancelled.has("#cancel-registration")).isFalse();
		Inbox.Mail confirmation = Inbox.latest(firstEmail, 2);
		assertThat(confirmation.subject())
			.isEqualTo("Your registration is cancelled: " + meeting.title(Locale.ENGLISH));
		assertThat(confirmation.text()).contains("Hello Ona Onaitė,")
			.contains("you can register again while registration is open")
			.contains("/meetings/" + meeting.slug() + "/register");
		assertThat(Visitor.at(port).open(second.path()).byId("registration-status").attr("data-status"))
			.isEqualTo("CONFIRMED");
		Page again = confirm.submitAndFollow();
		assertThat(again.byId("registration-problem").text()).contains("This registration was already cancelled.");
		assertThat(promotions(meeting)).isEqualTo(1);
		// A cancelled registration has nothing left to confirm: the question leads back
		// to its page.
		assertThat(Visitor.at(port).open(first.path() + "/cancel").path()).isEqualTo(first.path());
	}

	@Test
	void registrationPageOffersTheCalendarFileAndTheSameCheckInCodeAsTheEmail() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String email = TestMeetings.email("files");
		Page page = register(Visitor.at(port).speaking("en"), meeting, email, "IN_PERSON");

		String calendarPath = page.byId("calendar-file").attr("href");
		assertThat(calendarPath).isEqualTo(page.path() + "/calendar.ics");
		MockHttpServletResponse calendar = mvc.perform(get(calendarPath).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse();
		assertThat(calendar.getStatus()).isEqualTo(200);
		assertThat(calendar.getContentType()).startsWith("text/calendar");
		VEvent event = MeetingMailTests.event(calendar.getContentAsByteArray());
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(meeting.startsAt());
		assertThat(event.getSummary().getValue()).isEqualTo(meeting.title(Locale.ENGLISH));
		assertThat(event.getLocation().getValue()).isEqualTo("Gedimino pr. 38, Vilnius");

		String codePath = page.byId("check-in-code").attr("src");
		assertThat(codePath).isEqualTo(page.path() + "/check-in.png");
		assertThat(page.byId("check-in-code").attr("alt")).isEqualTo("QR code for checking in at the entrance");
		MockHttpServletResponse code = mvc.perform(get(codePath)).andReturn().getResponse();
		assertThat(code.getContentType()).isEqualTo("image/png");
		Inbox.Mail mail = Inbox.nth(email, 1);
		assertThat(qr(code.getContentAsByteArray())).isEqualTo(mail.qr("check-in.png"))
			.contains("/staff/meetings/" + meeting.slug() + "/check-in/");

		// Online: a calendar file, no QR code. Waiting list: neither. A wrong token:
		// nothing.
		Page online = register(Visitor.at(port), meeting, TestMeetings.email("files-online"), "ONLINE");
		assertThat(online.has("#calendar-file")).isTrue();
		assertThat(online.has("#check-in-code")).isFalse();
		assertThat(mvc.perform(get(online.path() + "/check-in.png")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		Page waiting = register(Visitor.at(port), meeting, TestMeetings.email("files-waiting"), "IN_PERSON");
		assertThat(waiting.byId("registration-status").attr("data-status")).isEqualTo("WAITLISTED");
		assertThat(waiting.has("#calendar-file") || waiting.has("#check-in-code")).isFalse();
		for (String file : new String[] { "/calendar.ics", "/check-in.png" }) {
			assertThat(mvc.perform(get(waiting.path() + file)).andReturn().getResponse().getStatus()).as(file)
				.isEqualTo(404);
			assertThat(mvc.perform(get(page.path() + "x" + file)).andReturn().getResponse().getStatus()).as(file)
				.isEqualTo(404);
		}
	}

	@Test
	void registeringAgainWithAKnownAddressShowsNothingAboutThatRegistrationAndEndsNoLink() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String email = TestMeetings.email("twice");
		register(Visitor.at(port), meeting, TestMeetings.email("seat-taker"), "IN_PERSON");
		Page own = register(Visitor.at(port), meeting, email, "IN_PERSON");
		assertThat(own.byId("registration-status").attr("data-status")).isEqualTo("WAITLISTED");

		// Someone else types the same address (in other capitals): the page says only
		// that an e-mail went to it, and begins as a new registration's page does.
		Visitor someoneElse = Visitor.at(port).speaking("en");
		Page answer = someoneElse.open(registerPath(meeting))
			.form("form[method=post]")
			.fill("fullName", "Not Ona")
			.fill("email", email.toUpperCase(Locale.ROOT))
			.choose("attendance", "ONLINE")
			.check("consentPrivacy")
			.submitAndFollow();
		assertThat(answer.path()).isEqualTo("/meetings/" + meeting.slug() + "/registered");
		assertThat(answer.heading()).isEqualTo("Check your e-mail");
		assertThat(answer.textOf(".govuk-panel__title")).isEqualTo(own.textOf(".govuk-panel__title"));
		assertThat(answer.has("#registration-status")).isFalse();
		assertThat(answer.has("#waiting-position")).isFalse();
		assertThat(answer.text()).doesNotContain("waiting list", "Confirmed", "already registered", "number 1",
				"no longer work");
		assertThat(count(meeting)).isEqualTo(2);

		// The owner's page still opens by the link they had; the e-mail brings another,
		// says how they are registered, and offers the other choice as a change.
		assertThat(Visitor.at(port).open(own.path()).byId("registration-status").attr("data-status"))
			.isEqualTo("WAITLISTED");
		Inbox.Mail mail = Inbox.latest(email, 2);
		assertThat(mail.text()).contains("You are on the waiting list for a seat in the room.")
			.contains("You are number 1 on the waiting list.")
			.contains("This time the form said you would take part online.");
		String link = mail.path("/meetings/" + meeting.slug() + "/registrations/[A-Za-z0-9_-]+");
		assertThat(link).isNotEqualTo(own.path());
		Page fromMail = Visitor.at(port).open(link);
		assertThat(fromMail.byId("registration-status").attr("data-status")).isEqualTo("WAITLISTED");
		assertThat(fromMail.byId("change-attendance").text()).isEqualTo("Take part online");
	}

	@Test
	void aRegistrantChangesHowTheyTakePartAndASeatGivenUpGoesToTheWaitingList() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String seated = TestMeetings.email("switch");
		Page seat = register(Visitor.at(port).speaking("en"), meeting, seated, "IN_PERSON");
		String oldCode = Inbox.nth(seated, 1).qr("check-in.png");
		Page waiting = register(Visitor.at(port), meeting, TestMeetings.email("switch-wait"), "IN_PERSON");
		assertThat(waiting.byId("registration-status").attr("data-status")).isEqualTo("WAITLISTED");

		Page online = seat.form("form[action$='/attendance']").submitAndFollow();
		assertThat(online.path()).isEqualTo(seat.path());
		assertThat(online.text()).contains("How you take part has changed.");
		assertThat(online.byId("registration-status").attr("data-status")).isEqualTo("CONFIRMED");
		assertThat(online.byId("registration-status-text").text()).startsWith("Your online place is confirmed.");
		assertThat(online.has("#check-in-code")).isFalse();
		assertThat(Visitor.at(port).open(waiting.path()).byId("registration-status").attr("data-status"))
			.as("the seat went to the first on the waiting list")
			.isEqualTo("CONFIRMED");
		Inbox.Mail confirmation = Inbox.latest(seated, 2);
		assertThat(confirmation.text()).contains("You take part online.").contains(meeting.onlineUrl());
		assertThat(confirmation.attachments()).containsKey("meeting.ics").doesNotContainKey("check-in.png");
		String oldToken = oldCode.substring(oldCode.lastIndexOf('/') + 1);
		assertThat(jdbc.sql("SELECT count(*) FROM meeting_registration WHERE check_in_token = ?")
			.param(oldToken)
			.query(Long.class)
			.single()).as("the QR code of the seat given up opens no door").isZero();

		// Back to the room: it is full now, so nothing changes.
		Page full = online.form("form[action$='/attendance']").submitAndFollow();
		assertThat(full.byId("registration-problem").text())
			.contains("The room is full, so you keep your online place. Nothing was changed.");
		assertThat(full.byId("registration-status-text").text()).startsWith("Your online place is confirmed.");
		assertThat(promotions(meeting)).isEqualTo(1);
	}

	@Test
	void tamperedOrForeignLinksAreNotFound() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Meeting other = TestMeetings.create(meetings, 5);
		String link = register(Visitor.at(port), meeting, TestMeetings.email("tamper"), "IN_PERSON").path();
		Visitor stranger = Visitor.at(port);
		assertThat(stranger.get(link + "x").status()).isEqualTo(404);
		assertThat(stranger.get(link + "x/cancel").status()).isEqualTo(404);
		assertThat(stranger.get(link.replace(meeting.slug(), other.slug())).status()).isEqualTo(404);
		assertThat(stranger.get(link.replace(meeting.slug(), other.slug()) + "/cancel").status()).isEqualTo(404);
		assertThat(stranger.open(link).byId("registration-status").attr("data-status")).isEqualTo("CONFIRMED");
	}

	/**
	 * The form was served while registration was open; it is sent after the window moved.
	 * Nothing is saved.
	 */
	@Test
	void registrationBeforeItOpensOrAfterItClosesIsRefusedWithATranslatedMessage() {
		Instant now = Instant.now();
		Meeting meeting = TestMeetings.create(meetings, 5);
		Form closing = filledForm(Visitor.at(port).speaking("lv"), meeting, "Jānis Bērziņš",
				TestMeetings.email("late"));
		Form opening = filledForm(Visitor.at(port).speaking("pl"), meeting, "Jan Kowalski",
				TestMeetings.email("early"));

		moveWindow(meeting, now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(1)));
		Page late = closing.submit();
		assertThat(late.status()).isEqualTo(200);
		assertThat(late.byId("registration-refused").text()).contains("Reģistrācija jau ir beigusies");

		moveWindow(meeting, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
		Page early = opening.submit();
		assertThat(early.byId("registration-refused").text()).contains("Rejestracja jeszcze się nie rozpoczęła");
		assertThat(early.byId("registration-window").text()).startsWith("Rejestracja rozpocznie się");
		assertThat(early.has("[name=fullName]")).isFalse();
		assertThat(count(meeting)).isZero();

		assertThat(Visitor.at(port)
			.speaking("lt")
			.open("/meetings/info-2025-08-01/register")
			.byId("registration-window")
			.text()).contains("Registracija baigėsi");
	}

	@Test
	void callPagesLinkToTheRegistrationOnlyWhileItIsOpen() {
		Visitor visitor = Visitor.at(port);
		assertThat(visitor.open("/calls/demo").has("a[href=/meetings/demo-info/register]")).isTrue();
		assertThat(visitor.open("/calls/baltic-aigf-2025").has("a[href=/meetings/info-2025-08-01/register]")).isFalse();
	}

	@Test
	void unknownMeetingIsNotFound() {
		assertThat(Visitor.at(port).get("/meetings/no-such-meeting/register").status()).isEqualTo(404);
		assertThat(Visitor.at(port).get("/meetings/no-such-meeting/registered").status()).isEqualTo(404);
	}

	@Test
	void consentLinksToThePrivacyNoticeOnMeetings() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Page form = Visitor.at(port).speaking("lt").open(registerPath(meeting));
		assertThat(form.document().select("#consentPrivacy-hint a").eachAttr("href"))
			.containsExactly("/privacy#meetings");
		assertThat(form.click("privacy-notice-link").status()).isEqualTo(200);
	}

	@Test
	void seededMeetingsDescribeThemselvesInEveryLanguage() {
		for (String language : new String[] { "lt", "en", "pl", "lv", "et" }) {
			for (String slug : new String[] { "info-2025-08-01", "demo-info" }) {
				Page page = Visitor.at(port).speaking(language).open("/meetings/" + slug + "/register");
				assertThat(page.byId("meeting-description").text()).as(slug + " " + language).hasSizeGreaterThan(80);
				assertThat(page.byId("meeting-agenda").wholeText()).as(slug + " " + language).contains("\n");
			}
		}
		Page english = Visitor.at(port).speaking("en").open("/meetings/info-2025-08-01/register");
		assertThat(english.byId("meeting-agenda").text()).contains("EUR 3 billion", "65 %", "two locations in Poland");
		assertThat(english.byId("meeting-description").text()).contains("register in advance");
	}

	static String registerPath(Meeting meeting) {
		return "/meetings/" + meeting.slug() + "/register";
	}

	/** Fills in the served form and sends it: the page the registrant lands on. */
	static Page register(Visitor visitor, Meeting meeting, String email, String attendance) {
		Page page = filledForm(visitor, meeting, "Ona Onaitė", email).choose("attendance", attendance)
			.submitAndFollow();
		assertThat(page.path()).startsWith("/meetings/" + meeting.slug() + "/registrations/");
		return page;
	}

	private static Form filledForm(Visitor visitor, Meeting meeting, String name, String email) {
		return visitor.open(registerPath(meeting))
			.form("form[method=post]")
			.fill("fullName", name)
			.fill("email", email)
			.fill("organisationName", "UAB Bandymas")
			.choose("attendance", "IN_PERSON")
			.check("consentPrivacy");
	}

	static String qr(byte[] png) {
		return new Inbox.Mail("", "", "", Map.of("check-in.png", png)).qr("check-in.png");
	}

	private void moveWindow(Meeting meeting, Instant opens, Instant closes) {
		jdbc.sql("UPDATE meeting SET registration_opens_at = ?, registration_closes_at = ? WHERE id = ?")
			.params(Timestamp.from(opens), Timestamp.from(closes), meeting.id())
			.update();
	}

	private long count(Meeting meeting) {
		return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single();
	}

	private long count(Meeting meeting, String status) {
		return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = ? AND status = ?")
			.params(meeting.id(), status)
			.query(Long.class)
			.single();
	}

	private long promotions(Meeting meeting) {
		return jdbc.sql("SELECT count(*) FROM meeting_promotion WHERE meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single();
	}

}
