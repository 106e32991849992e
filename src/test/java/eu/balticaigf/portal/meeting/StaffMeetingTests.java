package eu.balticaigf.portal.meeting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class StaffMeetingTests {

	private static final String ADMIN = "meeting-admin@ministry.test";

	private static final String DOORKEEPER = "doorkeeper@ministry.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistrationRepository registrationRepository;

	@Test
	void anonymousVisitorsAreAskedToSignIn() throws Exception {
		mvc.perform(get("/staff/meetings")).andExpect(redirectedUrl("/staff/login"));
		mvc.perform(get("/staff/meetings/new")).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerSeesMeetingsButMayNotCreateOrEdit() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 3);
		mvc.perform(get("/staff/meetings")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(meeting.slug()), not(containsString("/staff/meetings/new")))));
		mvc.perform(get("/staff/meetings/" + meeting.slug())).andExpect(status().isOk());
		mvc.perform(get("/staff/meetings/new")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/meetings").with(csrf()).param("slug", "viewer-made")).andExpect(status().isForbidden());
		mvc.perform(get("/staff/meetings/" + meeting.slug() + "/edit")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/meetings/" + meeting.slug()).with(csrf()).param("capacityInPerson", "99"))
			.andExpect(status().isForbidden());
		assertThat(meetings.findBySlug(meeting.slug()).orElseThrow().capacityInPerson()).isEqualTo(3);
	}

	@Test
	@WithMockUser(username = ADMIN, roles = "ADMIN")
	void adminCreatesAMeetingWithTimesInItsZone() throws Exception {
		String slug = "made-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(get("/staff/meetings/new")).andExpect(status().isOk());
		mvc.perform(post("/staff/meetings").with(csrf())
			.param("slug", slug).param("titleLt", "Susitikimas").param("titleEn", "Meeting").param("titlePl", "Spotkanie")
			.param("titleLv", "Sanāksme").param("titleEt", "Kohtumine").param("zone", "Europe/Warsaw")
			.param("startsAt", "2030-05-04T10:00").param("endsAt", "2030-05-04T12:00")
			.param("venue", "ul. Marszałkowska 1, Warszawa").param("online", "true")
			.param("onlineUrl", "https://meet.example.test/x").param("capacityInPerson", "25")
			.param("registrationOpensAt", "2030-04-01T00:00").param("registrationClosesAt", "2030-05-03T23:59"))
			.andExpect(redirectedUrl("/staff/meetings/" + slug));
		Meeting made = meetings.findBySlug(slug).orElseThrow();
		assertThat(made.startsAt()).hasToString("2030-05-04T08:00:00Z");
		assertThat(made.capacityInPerson()).isEqualTo(25);
		assertThat(audited("meeting", slug, "after_state ->> 'capacityInPerson'"))
			.containsExactly(ADMIN + " meeting.created 25");

		mvc.perform(post("/staff/meetings").with(csrf()).param("slug", "Bad Slug").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#slug\""),
					containsString("Enter the title in every language"))));
	}

	@Test
	@WithMockUser(username = ADMIN, roles = "ADMIN")
	void raisingCapacityPromotesAtOnceAndLoweringItKeepsConfirmedSeats() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		for (int i = 0; i < 4; i++) {
			registrations.register(meeting.slug(),
					RegistrationForm.of("P" + i, TestMeetings.email("cap" + i), null, Attendance.IN_PERSON), Locale.ENGLISH);
		}
		MeetingForm form = MeetingForm.of(meeting);
		mvc.perform(update(meeting, form, "3")).andExpect(redirectedUrl("/staff/meetings/" + meeting.slug()));
		assertThat(statusCount(meeting, "CONFIRMED")).isEqualTo(3);
		assertThat(statusCount(meeting, "WAITLISTED")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM meeting_promotion WHERE meeting_id = ? AND reason = 'CAPACITY_RAISED'")
			.param(meeting.id()).query(Long.class).single()).isEqualTo(2);

		mvc.perform(update(meeting, form, "0")).andExpect(redirectedUrl("/staff/meetings/" + meeting.slug()));
		assertThat(statusCount(meeting, "CONFIRMED")).isEqualTo(3);
		assertThat(statusCount(meeting, "WAITLISTED")).isEqualTo(1);
		assertThat(audited("meeting", meeting.slug(),
				"(before_state ->> 'capacityInPerson') || '->' || (after_state ->> 'capacityInPerson')"))
			.containsExactly(ADMIN + " meeting.changed 1->3", ADMIN + " meeting.changed 3->0");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void erasingSomeoneWithASeatGivesItToTheFirstOnTheWaitingList() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String seated = TestMeetings.email("erased");
		String next = TestMeetings.email("next");
		registrations.register(meeting.slug(), RegistrationForm.of("Ona", seated, null, Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("Jonas", next, null, Attendance.IN_PERSON), Locale.ENGLISH);

		mvc.perform(post("/staff/privacy/erase").with(csrf())
			.param("email", seated)
			.param("reason", "Request received by e-mail")
			.param("confirm", "true")).andExpect(status().isOk());

		assertThat(jdbc.sql("SELECT status FROM meeting_registration WHERE email_normalised = ?").param(next)
			.query(String.class).single()).isEqualTo("CONFIRMED");
		assertThat(statusCount(meeting, "CONFIRMED")).isOne();
		assertThat(TestMail.awaitMessagesTo(next, 2)).extracting(MeetingMailTests::subject)
			.anyMatch(subject -> subject.startsWith("A seat is now yours"));
	}

	@Test
	@WithMockUser(roles = "REVIEWER")
	void listFiltersAndExportsNeutraliseFormulas() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		registrations.register(meeting.slug(),
				RegistrationForm.of("=HYPERLINK(\"http://evil\")", TestMeetings.email("formula"), "+Org", Attendance.IN_PERSON),
				Locale.ENGLISH);
		registrations.register(meeting.slug(),
				RegistrationForm.of("Žaneta Žukauskienė", TestMeetings.email("zaneta"), "VU", Attendance.IN_PERSON),
				Locale.ENGLISH);

		mvc.perform(get("/staff/meetings/" + meeting.slug()).param("status", "WAITLISTED"))
			.andExpect(content().string(allOf(containsString("Žaneta Žukauskienė"), not(containsString("HYPERLINK")))));
		mvc.perform(get("/staff/meetings/" + meeting.slug()).param("q", "žukausk"))
			.andExpect(content().string(containsString("Žaneta Žukauskienė")));

		byte[] csv = mvc.perform(get("/staff/meetings/" + meeting.slug() + "/registrations.csv"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
		assertThat(records).hasSize(2);
		assertThat(records.get(0).get("fullName")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(records.get(0).get("organisationName")).isEqualTo("'+Org");
		assertThat(records.get(1).get("status")).isEqualTo("WAITLISTED");

		byte[] xlsx = mvc.perform(get("/staff/meetings/" + meeting.slug() + "/registrations.xlsx"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("fullName");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("'=");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Žaneta Žukauskienė");
		}
	}

	@Test
	@WithMockUser(username = DOORKEEPER, roles = "VIEWER")
	void qrLinkAndNameSearchMarkAttendanceOnce() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 5);
		String email = TestMeetings.email("door");
		registrations.register(meeting.slug(), RegistrationForm.of("Ona Durys", email, null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("Petras Paieška", TestMeetings.email("search"), null,
				Attendance.IN_PERSON), Locale.ENGLISH);

		MeetingMailTests.Mail mail = MeetingMailTests.Mail.of(TestMail.awaitMessagesTo(email, 1).get(0));
		String path = URI.create(MeetingMailTests.decodeQr(mail.attachments().get("check-in.png"))).getPath();
		mvc.perform(get(path).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Ona Durys"), containsString("Not yet"))));
		mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl(path)).andExpect(flash().attribute("checkedIn", "Ona Durys"));
		mvc.perform(post(path).with(csrf())).andExpect(flash().attribute("problem", "meeting.refused.ALREADY_CHECKED_IN"));
		mvc.perform(get(path + "x")).andExpect(status().isNotFound());

		long id = jdbc.sql("SELECT id FROM meeting_registration WHERE meeting_id = ? AND full_name = 'Petras Paieška'")
			.param(meeting.id()).query(Long.class).single();
		mvc.perform(get("/staff/meetings/" + meeting.slug() + "/check-in").param("q", "petr"))
			.andExpect(content().string(containsString("Petras Paieška")));
		mvc.perform(post("/staff/meetings/" + meeting.slug() + "/registrations/" + id + "/check-in").with(csrf()))
			.andExpect(flash().attribute("checkedIn", "Petras Paieška"));
		assertThat(registrationRepository.counts(meeting.id()).attended()).isEqualTo(2);
		long ona = jdbc.sql("SELECT id FROM meeting_registration WHERE meeting_id = ? AND full_name = 'Ona Durys'")
			.param(meeting.id()).query(Long.class).single();
		assertThat(audited("meeting_registration", String.valueOf(ona), "after_state ->> 'via'"))
			.containsExactly(DOORKEEPER + " meeting.guest-checked-in qr-code");
		assertThat(audited("meeting_registration", String.valueOf(id), "after_state ->> 'via'"))
			.containsExactly(DOORKEEPER + " meeting.guest-checked-in name");
	}

	/** Audit entries on one target, oldest first, as "actor action detail". */
	private List<String> audited(String targetType, String targetId, String detail) {
		return jdbc.sql("SELECT actor || ' ' || action || ' ' || (" + detail + ") FROM audit_log "
				+ "WHERE target_type = ? AND target_id = ? ORDER BY id")
			.params(targetType, targetId)
			.query(String.class)
			.list();
	}

	@Test
	void apiReportsTheMeetingAndItsRegistrationsToReadTokensOnly() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		registrations.register(meeting.slug(), RegistrationForm.of("A", TestMeetings.email("api"), null, Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("B", TestMeetings.email("api"), null, Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("C", TestMeetings.email("api"), null, Attendance.ONLINE), Locale.ENGLISH);

		mvc.perform(get("/api/v1/meetings/" + meeting.slug())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/meetings/" + meeting.slug()).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capacity").value(1))
			.andExpect(jsonPath("$.confirmed").value(1))
			.andExpect(jsonPath("$.waitlisted").value(1))
			.andExpect(jsonPath("$.onlineConfirmed").value(1))
			.andExpect(jsonPath("$.attended").value(0))
			.andExpect(jsonPath("$.registration").value("OPEN"));
		mvc.perform(get("/api/v1/meetings/" + meeting.slug() + "/registrations").header("Authorization",
				"Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[1].status").value("WAITLISTED"));
		mvc.perform(get("/api/v1/meetings/no-such").header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isNotFound());
	}

	private long statusCount(Meeting meeting, String status) {
		return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = ? AND status = ?")
			.params(meeting.id(), status).query(Long.class).single();
	}

	private static org.springframework.test.web.servlet.RequestBuilder update(Meeting meeting, MeetingForm form,
			String capacity) {
		return post("/staff/meetings/" + meeting.slug()).with(csrf())
			.param("titleLt", form.titleLt()).param("titleEn", form.titleEn()).param("titlePl", form.titlePl())
			.param("titleLv", form.titleLv()).param("titleEt", form.titleEt()).param("zone", form.zone())
			.param("startsAt", form.startsAt()).param("endsAt", form.endsAt()).param("venue", form.venue())
			.param("online", "true").param("onlineUrl", form.onlineUrl()).param("capacityInPerson", capacity)
			.param("registrationOpensAt", form.registrationOpensAt())
			.param("registrationClosesAt", form.registrationClosesAt());
	}

}
