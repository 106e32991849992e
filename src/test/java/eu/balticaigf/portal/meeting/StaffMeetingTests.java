package eu.balticaigf.portal.meeting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office for meetings, used as staff use it: signed in, with the forms the pages
 * serve.
 */
@PortalTest
class StaffMeetingTests extends PortalIntegrationTest {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationRepository registrationRepository;

	@Test
	void anonymousVisitorsAreAskedToSignIn() throws Exception {
		mvc.perform(get("/staff/meetings")).andExpect(redirectedUrl("/staff/login"));
		mvc.perform(get("/staff/meetings/new")).andExpect(redirectedUrl("/staff/login"));
	}

	/**
	 * No page gives a viewer these forms; the requests are what a hand-made post would
	 * send.
	 */
	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerSeesMeetingsButMayNotCreateOrEdit() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 3);
		mvc.perform(get("/staff/meetings"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(meeting.slug()), not(containsString("/staff/meetings/new")))));
		mvc.perform(get("/staff/meetings/" + meeting.slug())).andExpect(status().isOk());
		mvc.perform(get("/staff/meetings/new")).andExpect(status().isForbidden());
		// No page offers a viewer these forms: forged posts, refused all the same.
		mvc.perform(post("/staff/meetings").with(csrf()).param("slug", "viewer-made"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/meetings/" + meeting.slug() + "/edit")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/meetings/" + meeting.slug()).with(csrf()).param("capacityInPerson", "99"))
			.andExpect(status().isForbidden());
		assertThat(meetings.findBySlug(meeting.slug()).orElseThrow().capacityInPerson()).isEqualTo(3);
	}

	@Test
	void adminCreatesAMeetingWithTimesInItsZone() {
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = signedIn(admin, "en");
		String slug = "made-" + UUID.randomUUID().toString().substring(0, 8);
		Page created = visitor.open("/staff/meetings/new")
			.form("form[method=post]")
			.fill("slug", slug)
			.fill("titleLt", "Susitikimas")
			.fill("titleEn", "Meeting")
			.fill("titlePl", "Spotkanie")
			.fill("titleLv", "Sanāksme")
			.fill("titleEt", "Kohtumine")
			.choose("zone", "Europe/Warsaw")
			.fill("startsAt", "2030-05-04T10:00")
			.fill("endsAt", "2030-05-04T12:00")
			.fill("venue", "ul. Marszałkowska 1, Warszawa")
			.fill("onlineUrl", "https://meet.example.test/x")
			.fill("capacityInPerson", "25")
			.fill("registrationOpensAt", "2030-04-01T00:00")
			.fill("registrationClosesAt", "2030-05-03T23:59")
			.submitAndFollow();
		assertThat(created.path()).isEqualTo("/staff/meetings/" + slug);
		assertThat(created.text()).contains("The meeting is created.");
		Meeting made = meetings.findBySlug(slug).orElseThrow();
		assertThat(made.startsAt()).hasToString("2030-05-04T08:00:00Z");
		assertThat(made.capacityInPerson()).isEqualTo(25);
		assertThat(made.online()).isTrue();
		assertThat(made.descriptions()).isEmpty();
		assertThat(audited("meeting", slug, "after_state ->> 'capacityInPerson'"))
			.containsExactly(admin.email() + " meeting.created 25");

		Page refused = visitor.open("/staff/meetings/new").form("form[method=post]").fill("slug", "Bad Slug").submit();
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href")).contains("#slug");
		assertThat(refused.errorSummary()).contains("Enter the title in every language");
		assertThat(refused.errorFor("titleEn")).isEqualTo("Enter the title in every language");
	}

	/**
	 * The error summary follows the page, top to bottom; a tampered checkbox is a choice
	 * like any other, not a broken request.
	 */
	@Test
	void emptyOrTamperedMeetingFormListsItsProblemsInTheOrderOfThePage() {
		Visitor admin = signedIn(StaffSignInSupport.create(context, Role.ADMIN), "en");
		Page empty = admin.open("/staff/meetings/new").form("form[method=post]").submit();
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.document().select(".govuk-error-summary a").eachAttr("href")).containsExactly("#slug",
				"#titleLt", "#titleEn", "#titlePl", "#titleLv", "#titleEt", "#startsAt", "#endsAt",
				"#registrationOpensAt", "#registrationClosesAt");
		assertThat(empty.errorFor("registrationClosesAt")).isEqualTo(empty.errorFor("startsAt")).isNotBlank();

		Page tampered = admin.open("/staff/meetings/new")
			.form("form[method=post]")
			.tamper("online", "maybe")
			.fill("venue", "")
			.fill("capacityInPerson", "many")
			.submit();
		assertThat(tampered.status()).isEqualTo(200);
		assertThat(tampered.errorFor("venue")).isNotBlank();
		assertThat(tampered.errorFor("capacityInPerson")).isNotBlank();
		assertThat(tampered.form("form[method=post]").value("capacityInPerson")).isEqualTo("many");
	}

	@Test
	void adminWritesADescriptionAndAgendaThatRegistrantsSeeOnThePageAndInTheConfirmation() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = signedIn(admin, "en");
		String edit = "/staff/meetings/" + meeting.slug() + "/edit";

		// In one language only: every other language says what is missing, and nothing is
		// saved.
		Page half = visitor.open(edit).form("form[method=post]").fill("descriptionEn", "About the consortium").submit();
		assertThat(half.errorFor("descriptionLt")).isEqualTo("Enter the description in every language, or in none");
		assertThat(half.errorFor("descriptionEt")).isEqualTo("Enter the description in every language, or in none");
		assertThat(half.hasErrorFor("descriptionEn")).isFalse();
		assertThat(half.form("form[method=post]").value("descriptionEn")).isEqualTo("About the consortium");
		assertThat(meetings.findBySlug(meeting.slug()).orElseThrow().descriptions()).isEmpty();

		Form form = visitor.open(edit).form("form[method=post]");
		for (String language : new String[] { "Lt", "En", "Pl", "Lv", "Et" }) {
			form.fill("description" + language, "About the meeting (" + language + ").\r\nSecond line.")
				.fill("agenda" + language, "10:00 Welcome (" + language + ")\r\n10:30 Questions");
		}
		assertThat(
				form.fill("descriptionLt", "Apie konsorciumą ir kvietimą.\r\nAntra eilutė.").submitAndFollow().path())
			.isEqualTo("/staff/meetings/" + meeting.slug());
		assertThat(audited("meeting", meeting.slug(), "after_state -> 'agendas' ->> 'en'"))
			.containsExactly(admin.email() + " meeting.changed 10:00 Welcome (En)\n10:30 Questions");
		assertThat(visitor.open(edit).form("form[method=post]").value("agendaPl"))
			.isEqualTo("10:00 Welcome (Pl)\n10:30 Questions");

		Page page = Visitor.at(port).speaking("lt").open("/meetings/" + meeting.slug() + "/register");
		assertThat(page.byId("meeting-description").wholeText())
			.isEqualTo("Apie konsorciumą ir kvietimą.\nAntra eilutė.");
		assertThat(page.byId("meeting-agenda").wholeText()).isEqualTo("10:00 Welcome (Lt)\n10:30 Questions");
		assertThat(page.text()).contains("Darbotvarkė");

		String email = TestMeetings.email("described");
		Page registration = RegistrationPagesTests.register(Visitor.at(port).speaking("lt"), meeting, email,
				"IN_PERSON");
		assertThat(registration.byId("meeting-description").wholeText()).contains("Antra eilutė.");
		assertThat(registration.byId("meeting-agenda").wholeText()).contains("10:30 Questions");
		Inbox.Mail mail = Inbox.nth(email, 1);
		assertThat(mail.text().replace("\r\n", "\n")).contains("Apie konsorciumą ir kvietimą.\nAntra eilutė.",
				"Darbotvarkė", "10:00 Welcome (Lt)\n10:30 Questions");
		assertThat(mail.html()).contains("Apie konsorciumą ir kvietimą.", "Darbotvarkė", "10:00 Welcome (Lt)");
	}

	@Test
	void raisingCapacityPromotesAtOnceAndLoweringItKeepsConfirmedSeats() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		for (int i = 0; i < 4; i++) {
			registrations.register(meeting.slug(),
					RegistrationForm.of("P" + i, TestMeetings.email("cap" + i), null, Attendance.IN_PERSON),
					Locale.ENGLISH);
		}
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = signedIn(admin, "en");
		Page raised = changeCapacity(visitor, meeting, "3");
		assertThat(raised.path()).isEqualTo("/staff/meetings/" + meeting.slug());
		assertThat(raised.byId("count-confirmed").text()).isEqualTo("3");
		assertThat(raised.byId("count-waitlisted").text()).isEqualTo("1");
		assertThat(
				jdbc.sql("SELECT count(*) FROM meeting_promotion WHERE meeting_id = ? AND reason = 'CAPACITY_RAISED'")
					.param(meeting.id())
					.query(Long.class)
					.single())
			.isEqualTo(2);

		Page lowered = changeCapacity(visitor, meeting, "0");
		assertThat(lowered.byId("count-confirmed").text()).isEqualTo("3");
		assertThat(lowered.byId("count-waitlisted").text()).isEqualTo("1");
		assertThat(audited("meeting", meeting.slug(),
				"(before_state ->> 'capacityInPerson') || '->' || (after_state ->> 'capacityInPerson')"))
			.containsExactly(admin.email() + " meeting.changed 1->3", admin.email() + " meeting.changed 3->0");
	}

	@Test
	void erasingSomeoneWithASeatGivesItToTheFirstOnTheWaitingList() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String seated = TestMeetings.email("erased");
		String next = TestMeetings.email("next");
		registrations.register(meeting.slug(), RegistrationForm.of("Ona", seated, null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("Jonas", next, null, Attendance.IN_PERSON),
				Locale.ENGLISH);

		Page erased = signedIn(StaffSignInSupport.create(context, Role.ADMIN), "en").open("/staff/privacy")
			.form("form[action$='/staff/privacy/erase']")
			.fill("email", seated)
			.fill("reason", "Request received by e-mail")
			.check("confirm")
			.submit();
		assertThat(erased.status()).isEqualTo(200);

		assertThat(jdbc.sql("SELECT status FROM meeting_registration WHERE email_normalised = ?")
			.param(next)
			.query(String.class)
			.single()).isEqualTo("CONFIRMED");
		assertThat(statusCount(meeting, "CONFIRMED")).isOne();
		assertThat(Inbox.latest(next, 2).subject()).startsWith("A seat is now yours");
	}

	@Test
	void listFiltersAndExportsNeutraliseFormulas() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		registrations.register(meeting.slug(), RegistrationForm.of("=HYPERLINK(\"http://evil\")",
				TestMeetings.email("formula"), "+Org", Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(),
				RegistrationForm.of("Žaneta Žukauskienė", TestMeetings.email("zaneta"), "VU", Attendance.IN_PERSON),
				Locale.ENGLISH);

		Visitor reviewer = signedIn(StaffSignInSupport.create(context, Role.REVIEWER), "en");
		Page waiting = reviewer.open("/staff/meetings/" + meeting.slug())
			.form("#registration-filters form")
			.choose("status", "WAITLISTED")
			.submit();
		assertThat(names(waiting)).containsExactly("Žaneta Žukauskienė");
		assertThat(waiting.byId("registration-filters").hasAttr("open")).isTrue();
		Page found = reviewer.open("/staff/meetings/" + meeting.slug())
			.form("#registration-filters form")
			.fill("q", "žukausk")
			.submit();
		assertThat(names(found)).containsExactly("Žaneta Žukauskienė");

		byte[] csv = download("/staff/meetings/" + meeting.slug() + "/registrations.csv");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
			.getRecords();
		assertThat(records).hasSize(2);
		assertThat(records.get(0).get("fullName")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(records.get(0).get("organisationName")).isEqualTo("'+Org");
		assertThat(records.get(1).get("status")).isEqualTo("WAITLISTED");

		byte[] xlsx = download("/staff/meetings/" + meeting.slug() + "/registrations.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("fullName");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("'=");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Žaneta Žukauskienė");
		}
	}

	/**
	 * Staff type names as they hear them: without the accents, in any case (issue 13
	 * §10).
	 */
	@Test
	void searchesIgnoreAccentsAndCase() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		registrations.register(meeting.slug(), RegistrationForm.of("Rūta Žemaitė", TestMeetings.email("ruta"),
				"UAB „Neuronų tinklas“", Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(),
				RegistrationForm.of("Jan 100% Kowalski", TestMeetings.email("jan"), "Łódź_Tech", Attendance.IN_PERSON),
				Locale.ENGLISH);
		Visitor viewer = signedIn(StaffSignInSupport.create(context, Role.VIEWER), "en");
		String checkIn = "/staff/meetings/" + meeting.slug() + "/check-in";
		for (String typed : new String[] { "Ruta", "ruta zem", "ZEMAITE", "Neuronu", "neuronų tinklas" }) {
			Page page = viewer.open(checkIn).form("form[method=get]").fill("q", typed).submit();
			assertThat(page.document().select("#check-in-results td:first-child").eachText()).as(typed)
				.containsExactly("Rūta Žemaitė");
			Page list = viewer.open("/staff/meetings/" + meeting.slug())
				.form("#registration-filters form")
				.fill("q", typed)
				.submit();
			assertThat(names(list)).as(typed).containsExactly("Rūta Žemaitė");
		}
		// LIKE's wildcards are taken literally.
		assertThat(names(viewer.open("/staff/meetings/" + meeting.slug() + "?q=%25")))
			.containsExactly("Jan 100% Kowalski");
		assertThat(names(viewer.open("/staff/meetings/" + meeting.slug() + "?q=lodz_")))
			.containsExactly("Jan 100% Kowalski");
		assertThat(names(viewer.open("/staff/meetings/" + meeting.slug() + "?q=_")))
			.containsExactly("Jan 100% Kowalski");
	}

	/**
	 * People read labels in their language; codes stay in values and data- attributes
	 * (issue 13 §9).
	 */
	@Test
	void filtersAndTablesShowLabelsAndFitANarrowScreen() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		registrations.register(meeting.slug(),
				RegistrationForm.of("Ona", TestMeetings.email("labels"), null, Attendance.ONLINE), Locale.ENGLISH);
		Visitor viewer = signedIn(StaffSignInSupport.create(context, Role.VIEWER), "lt");
		Page page = viewer.open("/staff/meetings/" + meeting.slug());
		assertThat(page.document().select("#status option").eachText()).containsExactly("Visos", "Patvirtinta",
				"Laukiančiųjų sąraše", "Atšaukta");
		assertThat(page.document().select("#attendance option").eachText()).containsExactly("Visi", "Gyvai",
				"Nuotoliu");
		assertThat(page.document().select("#registrations tbody td").eachText()).contains("Nuotoliu", "Patvirtinta");
		assertThat(page.document().select("#registrations [data-status]").eachAttr("data-status"))
			.containsExactly("CONFIRMED");

		// Long filters fold away (open once used); wide tables scroll in their own
		// labelled region.
		assertThat(page.byId("registration-filters").tagName()).isEqualTo("details");
		assertThat(page.byId("registration-filters").hasAttr("open")).isFalse();
		for (Page wide : List.of(page, viewer.open("/staff/meetings"),
				viewer.open("/staff/meetings/" + meeting.slug() + "/check-in?q=Ona"))) {
			for (Element table : wide.document().select("table")) {
				Element region = table.parent();
				assertThat(region.hasClass("portal-table-scroll")).as(wide.path()).isTrue();
				assertThat(region.attr("role")).isEqualTo("region");
				assertThat(region.attr("tabindex")).isEqualTo("0");
				assertThat(region.attr("aria-label")).isNotBlank();
			}
		}
	}

	@Test
	void qrLinkAndNameSearchMarkAttendanceOnce() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		String email = TestMeetings.email("door");
		registrations.register(meeting.slug(), RegistrationForm.of("Ona Durys", email, null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		registrations.register(meeting.slug(),
				RegistrationForm.of("Petras Paieška", TestMeetings.email("search"), null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		StaffSignInSupport.Account doorkeeper = StaffSignInSupport.create(context, Role.VIEWER);
		Visitor visitor = signedIn(doorkeeper, "en");

		String path = URI.create(Inbox.nth(email, 1).qr("check-in.png")).getPath();
		Page code = visitor.open(path);
		assertThat(code.heading()).isEqualTo("Ona Durys");
		assertThat(code.byId("checked-in").text()).isEqualTo("Not yet");
		Form confirm = code.form();
		Page checkedIn = confirm.submitAndFollow();
		assertThat(checkedIn.text()).contains("Ona Durys is checked in.");
		assertThat(checkedIn.byId("checked-in").text()).isNotEqualTo("Not yet");
		assertThat(checkedIn.has("#main-content form[method=post]")).isFalse();
		assertThat(confirm.submitAndFollow().text()).contains("This person has already been checked in.");
		assertThat(visitor.get(path + "x").status()).isEqualTo(404);

		long id = jdbc.sql("SELECT id FROM meeting_registration WHERE meeting_id = ? AND full_name = 'Petras Paieška'")
			.param(meeting.id())
			.query(Long.class)
			.single();
		Page search = visitor.open("/staff/meetings/" + meeting.slug() + "/check-in")
			.form("form[method=get]")
			.fill("q", "petr")
			.submit();
		Page afterSearch = search.form("form[action*='/registrations/" + id + "/check-in']").submitAndFollow();
		assertThat(afterSearch.text()).contains("Petras Paieška is checked in.");
		assertThat(afterSearch.form("form[method=get]").value("q")).isEqualTo("petr");
		assertThat(registrationRepository.counts(meeting.id()).attended()).isEqualTo(2);
		long ona = jdbc.sql("SELECT id FROM meeting_registration WHERE meeting_id = ? AND full_name = 'Ona Durys'")
			.param(meeting.id())
			.query(Long.class)
			.single();
		assertThat(audited("meeting_registration", String.valueOf(ona), "after_state ->> 'via'"))
			.containsExactly(doorkeeper.email() + " meeting.guest-checked-in qr-code");
		assertThat(audited("meeting_registration", String.valueOf(id), "after_state ->> 'via'"))
			.containsExactly(doorkeeper.email() + " meeting.guest-checked-in name");
	}

	@Test
	void apiReportsTheMeetingAndItsRegistrationsToReadTokensOnly() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		registrations.register(meeting.slug(),
				RegistrationForm.of("A", TestMeetings.email("api"), null, Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(),
				RegistrationForm.of("B", TestMeetings.email("api"), null, Attendance.IN_PERSON), Locale.ENGLISH);
		registrations.register(meeting.slug(),
				RegistrationForm.of("C", TestMeetings.email("api"), null, Attendance.ONLINE), Locale.ENGLISH);

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

	@Test
	void staffPagesUseStaffWordsAndTheMeetingsTitleNeverItsSlug() {
		Meeting meeting = TestMeetings.create(meetings, 5);
		registrations.register(meeting.slug(),
				RegistrationForm.of("Ona", TestMeetings.email("words"), null, Attendance.ONLINE), Locale.ENGLISH);
		Visitor viewer = signedIn(StaffSignInSupport.create(context, Role.VIEWER), "pl");
		Page show = viewer.open("/staff/meetings/" + meeting.slug());
		Page checkIn = viewer.open("/staff/meetings/" + meeting.slug() + "/check-in?q=Ona");
		for (Page page : List.of(show, checkIn)) {
			assertThat(page.document().select("th").eachText()).as(page.path())
				.contains("Forma udziału")
				.doesNotContain("W jaki sposób weźmiesz udział?");
			assertThat(page.text()).as(page.path()).doesNotContain(meeting.slug(), "weźmiesz");
		}
		assertThat(show.textOf("label[for=attendance]")).isEqualTo("Forma udziału");
		assertThat(show.heading()).isEqualTo("Spotkanie testowe");
	}

	@Test
	void scanningTheCodeOfACancelledOrWaitingRegistrationSaysDoNotAdmit() {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String seated = TestMeetings.email("door-cancelled");
		String token = registrations
			.register(meeting.slug(), RegistrationForm.of("Ona Atšaukė", seated, null, Attendance.IN_PERSON),
					Locale.ENGLISH)
			.cancelToken();
		registrations.register(meeting.slug(),
				RegistrationForm.of("Petras Laukia", TestMeetings.email("door-waiting"), null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		Visitor doorkeeper = signedIn(StaffSignInSupport.create(context, Role.VIEWER), "en");

		String waitingToken = jdbc
			.sql("SELECT check_in_token FROM meeting_registration WHERE meeting_id = ? AND full_name = 'Petras Laukia'")
			.param(meeting.id())
			.query(String.class)
			.single();
		Page waiting = doorkeeper.open("/staff/meetings/" + meeting.slug() + "/check-in/" + waitingToken);
		assertThat(waiting.textOf("#do-not-admit h2")).isEqualTo("Do not admit: this person is on the waiting list");
		assertThat(waiting.has("#main-content form[method=post]")).isFalse();

		String code = URI.create(Inbox.nth(seated, 1).qr("check-in.png")).getPath();
		registrations.cancel(meeting.slug(), token);
		Page cancelled = doorkeeper.open(code);
		assertThat(cancelled.textOf("#do-not-admit h2")).isEqualTo("Do not admit: this registration is cancelled");
		assertThat(cancelled.textOf("#do-not-admit p")).startsWith("It was cancelled on ")
			.contains("so its seat may already belong to someone else");
		assertThat(cancelled.byId("registration-status").text()).isEqualTo("Cancelled");
		assertThat(cancelled.has("#main-content form[method=post]")).as("nothing to check in").isFalse();
		assertThat(cancelled.document().select(".govuk-summary-list__key").eachText())
			.as("no organisation was given: no empty row")
			.doesNotContain("Organisation");
	}

	private Visitor signedIn(StaffSignInSupport.Account account, String language) {
		Visitor visitor = Visitor.at(port).speaking(language);
		visitor.signIn(account);
		return visitor;
	}

	private static Page changeCapacity(Visitor admin, Meeting meeting, String capacity) {
		return admin.open("/staff/meetings/" + meeting.slug() + "/edit")
			.form("form[method=post]")
			.fill("capacityInPerson", capacity)
			.submitAndFollow();
	}

	/** The names in the registrations table, top to bottom. */
	private static List<String> names(Page page) {
		return page.document().select("#registrations tbody td:first-child").eachText();
	}

	/** A file staff download from the meeting page (binary, so fetched directly). */
	private byte[] download(String path) throws Exception {
		return mvc.perform(get(path).with(user("meeting-reviewer@ministry.test").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** Audit entries on one target, oldest first, as "actor action detail". */
	private List<String> audited(String targetType, String targetId, String detail) {
		return jdbc
			.sql("SELECT actor || ' ' || action || ' ' || (" + detail + ") FROM audit_log "
					+ "WHERE target_type = ? AND target_id = ? ORDER BY id")
			.params(targetType, targetId)
			.query(String.class)
			.list();
	}

	private long statusCount(Meeting meeting, String status) {
		return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = ? AND status = ?")
			.params(meeting.id(), status)
			.query(Long.class)
			.single();
	}

}
