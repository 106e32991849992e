package eu.balticaigf.portal.meeting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTests {

	static final Meeting MEETING = new Meeting(7, "info-2025-08-01", Map.of("en", "x"),
			Instant.parse("2025-08-01T07:00:00Z"), Instant.parse("2025-08-01T09:00:00Z"), ZoneId.of("Europe/Vilnius"),
			"Gedimino pr. 38, Vilnius", true, 100, Instant.parse("2025-07-27T21:00:00Z"),
			Instant.parse("2025-08-01T05:00:00Z"), false);

	static final Registration REGISTRATION = new Registration(42, 7, 1, "Ona", "ona@example.test", null,
			Attendance.IN_PERSON, RegistrationStatus.CONFIRMED, "lt", Instant.now(), Instant.now(), null, null);

	@Test
	void invitationParsesWithTheRequiredProperties() throws Exception {
		String summary = "Informacinis susitikimas apie Baltijos DI gigagamyklą; su kableliais, ir ilgas pavadinimas";
		byte[] ics = Invitation.ics(MEETING, REGISTRATION, summary, "Gedimino pr. 38, Vilnius",
				"http://localhost:8080/meetings/info-2025-08-01/register", Instant.parse("2025-07-30T12:00:00Z"));
		String text = new String(ics, StandardCharsets.UTF_8);

		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getUid().orElseThrow().getValue())
			.isEqualTo("meeting-info-2025-08-01-registration-42@balticaigf.eu");
		assertThat(event.getSummary().getValue()).isEqualTo(summary);
		assertThat(event.getLocation().getValue()).isEqualTo("Gedimino pr. 38, Vilnius");
		assertThat(event.getDateTimeStart().getValue()).isEqualTo("20250801T070000Z");
		assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20250801T090000Z");
		assertThat(event.getDateTimeStamp().getValue()).isEqualTo("20250730T120000Z");

		// Every line ends in CRLF and no physical line is longer than 75 octets.
		assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void foldingNeverSplitsACharacter() {
		StringBuilder out = new StringBuilder();
		Invitation.line(out, "SUMMARY:" + "ą".repeat(100));
		for (String line : out.toString().split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(line.replace(" ", "")).doesNotContain("\uFFFD");
		}
		assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "ą".repeat(100) + "\r\n");
	}

}
