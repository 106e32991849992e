package eu.balticaigf.portal.meeting;

import java.time.Duration;
import java.time.Instant;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class RegistrationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void formShowsTimeWithZonePlaceSeatsAndDeadline() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 7);
		mvc.perform(get("/meetings/" + meeting.slug() + "/register").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("(Vilnius)"), containsString("Gedimino pr. 38, Vilnius"),
					containsString("Seats left in the room: 7."), containsString("id=\"registration-deadline\""),
					containsString("name=\"fullName\""), containsString("name=\"attendance\""),
					containsString("value=\"IN_PERSON\""), containsString("value=\"ONLINE\""),
					containsString("name=\"consentPrivacy\""))));
	}

	@Test
	void invalidInputShowsAnErrorSummaryAndFieldMessagesInTheChosenLanguage() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 7);
		mvc.perform(post("/meetings/" + meeting.slug() + "/register").with(csrf())
			.param("lang", "lt")
			.param("fullName", " ")
			.param("email", "not-an-email")
			.param("attendance", "HYBRID"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#fullName\""),
					containsString("Įveskite savo vardą ir pavardę"), containsString("id=\"email-error\""),
					containsString("Įveskite tinkamo formato el. pašto adresą"),
					containsString("Pasirinkite vieną iš šiam susitikimui siūlomų dalyvavimo būdų"),
					containsString("href=\"#consentPrivacy\""), containsString("value=\"not-an-email\""))));
		assertThat(count(meeting)).isZero();
	}

	@Test
	void registrationLeadsToAPrivateStatusPageWithACancelLink() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String first = register(meeting, TestMeetings.email("first"), "IN_PERSON");
		mvc.perform(get(first))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"registration-status\""), containsString("data-status=\"CONFIRMED\""),
					containsString("/cancel"))));
		String second = register(meeting, TestMeetings.email("second"), "IN_PERSON");
		mvc.perform(get(second).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("data-status=\"WAITLISTED\""),
					containsString("You are number 1 on the waiting list."))));
		String online = register(meeting, TestMeetings.email("online"), "ONLINE");
		mvc.perform(get(online)).andExpect(content().string(containsString("data-status=\"CONFIRMED\"")));

		// Cancelling the confirmed seat promotes the first on the waiting list; a second cancel changes nothing.
		mvc.perform(post(first + "/cancel").with(csrf())).andExpect(redirectedUrl(first));
		mvc.perform(get(first)).andExpect(content().string(containsString("data-status=\"CANCELLED\"")));
		mvc.perform(get(second)).andExpect(content().string(containsString("data-status=\"CONFIRMED\"")));
		mvc.perform(post(first + "/cancel").with(csrf()))
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("problem", "meeting.refused.ALREADY_CANCELLED"));
		assertThat(jdbc.sql("SELECT count(*) FROM meeting_promotion WHERE meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void registeringTwiceShowsTheExistingStatusAndChangesNothing() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 5);
		String email = TestMeetings.email("twice");
		register(meeting, email, "IN_PERSON");
		mvc.perform(post("/meetings/" + meeting.slug() + "/register").with(csrf())
			.param("fullName", "Ona Again")
			.param("email", email.toUpperCase())
			.param("attendance", "ONLINE")
			.param("consentPrivacy", "true"))
			.andExpect(redirectedUrl("/meetings/" + meeting.slug() + "/registered"))
			.andExpect(flash().attribute("existingStatus", "CONFIRMED"));
		assertThat(count(meeting)).isEqualTo(1);
	}

	@Test
	void tamperedOrForeignLinksAreNotFound() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 5);
		Meeting other = TestMeetings.create(meetings, 5);
		String link = register(meeting, TestMeetings.email("tamper"), "IN_PERSON");
		mvc.perform(get(link + "x")).andExpect(status().isNotFound());
		mvc.perform(get(link.replace(meeting.slug(), other.slug()))).andExpect(status().isNotFound());
		mvc.perform(post(link + "x/cancel").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(link)).andExpect(content().string(containsString("data-status=\"CONFIRMED\"")));
	}

	@Test
	void registrationBeforeItOpensOrAfterItClosesIsRefusedWithATranslatedMessage() throws Exception {
		Instant now = Instant.now();
		Meeting upcoming = TestMeetings.create(meetings, 5, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(3)));
		mvc.perform(get("/meetings/" + upcoming.slug() + "/register").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Registration opens on"), not(containsString("name=\"fullName\"")))));
		mvc.perform(post("/meetings/" + upcoming.slug() + "/register").with(csrf())
			.param("lang", "pl")
			.param("fullName", "Jan Kowalski")
			.param("email", TestMeetings.email("early"))
			.param("attendance", "IN_PERSON")
			.param("consentPrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rejestracja jeszcze się nie rozpoczęła")));
		assertThat(count(upcoming)).isZero();

		mvc.perform(post("/meetings/info-2025-08-01/register").with(csrf())
			.param("lang", "lv")
			.param("fullName", "Jānis Bērziņš")
			.param("email", TestMeetings.email("late"))
			.param("attendance", "IN_PERSON")
			.param("consentPrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reģistrācija jau ir beigusies")));
	}

	@Test
	void callPagesLinkToTheRegistrationOnlyWhileItIsOpen() throws Exception {
		mvc.perform(get("/calls/demo"))
			.andExpect(content().string(containsString("href=\"/meetings/demo-info/register\"")));
		mvc.perform(get("/calls/baltic-aigf-2025"))
			.andExpect(content().string(not(containsString("/meetings/info-2025-08-01/register"))));
	}

	@Test
	void unknownMeetingIsNotFound() throws Exception {
		mvc.perform(get("/meetings/no-such-meeting/register")).andExpect(status().isNotFound());
	}

	private String register(Meeting meeting, String email, String attendance) throws Exception {
		MvcResult result = mvc.perform(post("/meetings/" + meeting.slug() + "/register").with(csrf())
			.param("fullName", "Ona Onaitė")
			.param("email", email)
			.param("organisationName", "UAB Bandymas")
			.param("attendance", attendance)
			.param("consentPrivacy", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/meetings/" + meeting.slug() + "/registrations/");
		return location;
	}

	private long count(Meeting meeting) {
		return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single();
	}

}
