package eu.balticaigf.portal.meeting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.notification.OutboxRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mails as they arrive over SMTP, with their calendar invitation parsed and their
 * QR code decoded.
 */
@PortalTest
class MeetingMailTests {

	@Autowired
	Registrations registrations;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void confirmedInPersonSeatGetsAnInvitationAndACheckInCodeInTheRegistrantsLanguage() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 5);
		String email = TestMeetings.email("confirmed");
		registrations.register(meeting.slug(), RegistrationForm.of("Ona Onaitė", email, null, Attendance.IN_PERSON),
				Locale.forLanguageTag("lt"));

		MimeMessage message = TestMail.awaitMessagesTo(email, 1).get(0);
		assertThat(message.getSubject())
			.isEqualTo("Jūsų vieta patvirtinta: " + meeting.title(Locale.forLanguageTag("lt")));
		Mail mail = Mail.of(message);
		assertThat(mail.text()).contains("Sveiki, Ona Onaitė")
			.contains("(Vilniaus laiku)")
			.doesNotContain(meeting.onlineUrl());
		assertThat(mail.html()).contains("Sveiki, Ona Onaitė").contains("(Vilniaus laiku)</li>");

		VEvent event = event(mail.attachments().get("meeting.ics"));
		assertThat(event.getUid()).isPresent();
		assertThat(event.getDateTimeStamp()).isNotNull();
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(meeting.startsAt());
		assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(meeting.endsAt());
		assertThat(event.getSummary().getValue()).isEqualTo(meeting.title(Locale.forLanguageTag("lt")));
		assertThat(event.getLocation().getValue()).isEqualTo("Gedimino pr. 38, Vilnius");

		String checkInUrl = decodeQr(mail.attachments().get("check-in.png"));
		assertThat(checkInUrl).contains("/staff/meetings/" + meeting.slug() + "/check-in/");
	}

	@Test
	void onlineLinkGoesOnlyToConfirmedOnlineParticipants() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 0);
		String online = TestMeetings.email("online");
		String waiting = TestMeetings.email("waiting");
		registrations.register(meeting.slug(), RegistrationForm.of("Jan Kowalski", online, null, Attendance.ONLINE),
				Locale.forLanguageTag("pl"));
		registrations.register(meeting.slug(),
				RegistrationForm.of("Mari Maasikas", waiting, null, Attendance.IN_PERSON), Locale.forLanguageTag("et"));

		Mail onlineMail = Mail.of(TestMail.awaitMessagesTo(online, 1).get(0));
		assertThat(onlineMail.text()).contains(meeting.onlineUrl()).contains("Dzień dobry, Jan Kowalski");
		assertThat(event(onlineMail.attachments().get("meeting.ics")).getUrl().getValue())
			.isEqualTo(meeting.onlineUrl());
		assertThat(onlineMail.attachments()).doesNotContainKey("check-in.png");

		MimeMessage waitlisted = TestMail.awaitMessagesTo(waiting, 1).get(0);
		assertThat(waitlisted.getSubject()).startsWith("Olete ootejärjekorras");
		Mail waitMail = Mail.of(waitlisted);
		assertThat(waitMail.text()).doesNotContain(meeting.onlineUrl()).contains("1. kohal");
		assertThat(waitMail.attachments()).isEmpty();
	}

	@Test
	void cancellationIsConfirmedByEmailAndPromotesTheFirstWaitingWhoIsEmailed() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 1);
		String first = TestMeetings.email("seat");
		String second = TestMeetings.email("next");
		String third = TestMeetings.email("later");
		String token = registrations
			.register(meeting.slug(), RegistrationForm.of("Ona", first, null, Attendance.IN_PERSON),
					Locale.forLanguageTag("lt"))
			.cancelToken();
		registrations.register(meeting.slug(), RegistrationForm.of("B", second, null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("C", third, null, Attendance.IN_PERSON),
				Locale.ENGLISH);

		registrations.cancel(meeting.slug(), token);

		MimeMessage cancelled = TestMail.awaitMessagesTo(first, 2)
			.stream()
			.filter(message -> subject(message).startsWith("Jūsų registracija atšaukta"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(cancelled)).endsWith(meeting.title(Locale.forLanguageTag("lt")));
		assertThat(Mail.of(cancelled).text()).contains("Sveiki, Ona")
			.contains("registracija į renginį „" + meeting.title(Locale.forLanguageTag("lt")) + "“")
			.contains("/meetings/" + meeting.slug() + "/register");

		List<MimeMessage> toSecond = TestMail.awaitMessagesTo(second, 2);
		MimeMessage promoted = toSecond.stream()
			.filter(message -> subject(message).startsWith("A seat is now yours"))
			.findFirst()
			.orElseThrow();
		Mail mail = Mail.of(promoted);
		assertThat(event(mail.attachments().get("meeting.ics")).getSummary().getValue())
			.isEqualTo(meeting.title(Locale.ENGLISH));
		assertThat(decodeQr(mail.attachments().get("check-in.png"))).contains("/check-in/");
		// The outbox is the record of what is sent: nothing more is queued for anyone.
		assertThat(OutboxRows.templatesTo(jdbc, first)).containsExactlyInAnyOrder("meeting/confirmed",
				"meeting/cancelled");
		assertThat(OutboxRows.templatesTo(jdbc, second)).containsExactlyInAnyOrder("meeting/waitlisted",
				"meeting/promoted");
		assertThat(OutboxRows.templatesTo(jdbc, third)).containsExactly("meeting/waitlisted");
	}

	@Test
	void registeringAgainTellsTheOwnerHowTheyAreRegisteredWithANewLinkAndTheFilesAndEndsNoLink() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 3);
		String email = TestMeetings.email("again");
		String firstLink = registrations
			.register(meeting.slug(), RegistrationForm.of("Jānis", email, null, Attendance.IN_PERSON),
					Locale.forLanguageTag("lv"))
			.cancelToken();
		Registrations.Outcome again = registrations.register(meeting.slug(),
				RegistrationForm.of("Jānis", email, null, Attendance.ONLINE), Locale.forLanguageTag("lv"));
		assertThat(again.existing()).isTrue();
		assertThat(again.cancelToken()).isNull();
		assertThat(again.registration().attendance()).as("a different choice changes nothing by itself")
			.isEqualTo(Attendance.IN_PERSON);

		MimeMessage message = TestMail.awaitMessagesTo(email, 2)
			.stream()
			.filter(m -> subject(m).startsWith("Jūsu reģistrācija"))
			.findFirst()
			.orElseThrow();
		Mail link = Mail.of(message);
		assertThat(link.text()).contains("Jums ir apstiprināta vieta zālē.")
			.contains("Šoreiz veidlapā bija norādīts, ka piedalīsieties tiešsaistē.")
			.contains("saites no mūsu iepriekšējām vēstulēm joprojām darbojas")
			.contains("/meetings/" + meeting.slug() + "/registrations/");
		assertThat(link.attachments()).containsKeys("meeting.ics", "check-in.png");
		assertThat(decodeQr(link.attachments().get("check-in.png")))
			.contains("/staff/meetings/" + meeting.slug() + "/check-in/");

		String newLink = link.text().replaceAll("(?s).*/registrations/([A-Za-z0-9_-]+).*", "$1");
		assertThat(registrations.byCancelToken(meeting.slug(), newLink)).as("the new link").isPresent();
		assertThat(registrations.byCancelToken(meeting.slug(), firstLink)).as("the first link still works").isPresent();
	}

	@Test
	void reminderGoesOnceToEachConfirmedRegistrantEvenWhenTwoNodesRunTheJob() throws Exception {
		Instant now = Instant.now();
		Meeting meeting = TestMeetings.create(meetings, 1, now.minus(Duration.ofHours(1)),
				now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(23)));
		String inPerson = TestMeetings.email("remind-room");
		String online = TestMeetings.email("remind-online");
		String waiting = TestMeetings.email("remind-wait");
		registrations.register(meeting.slug(), RegistrationForm.of("A", inPerson, null, Attendance.IN_PERSON),
				Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("B", online, null, Attendance.ONLINE),
				Locale.ENGLISH);
		registrations.register(meeting.slug(), RegistrationForm.of("C", waiting, null, Attendance.IN_PERSON),
				Locale.ENGLISH);

		CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(registrations::sendDueReminders);
		CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(registrations::sendDueReminders);
		nodeA.get();
		nodeB.get();
		registrations.sendDueReminders();

		assertThat(TestMail.awaitMessagesTo(inPerson, 2).stream().filter(m -> subject(m).startsWith("Tomorrow")))
			.hasSize(1);
		assertThat(OutboxRows.templatesTo(jdbc, inPerson)).containsExactlyInAnyOrder("meeting/confirmed",
				"meeting/reminder");
		assertThat(OutboxRows.templatesTo(jdbc, online)).containsExactlyInAnyOrder("meeting/confirmed",
				"meeting/reminder");
		assertThat(OutboxRows.templatesTo(jdbc, waiting)).containsExactly("meeting/waitlisted");
	}

	static VEvent event(byte[] ics) throws Exception {
		Calendar calendar = new CalendarBuilder()
			.build(new InputStreamReader(new ByteArrayInputStream(ics), StandardCharsets.UTF_8));
		return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
	}

	static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text and HTML bodies and the attachments (by file name) of a message. */
	record Mail(String text, String html, Map<String, byte[]> attachments) {

		static Mail of(MimeMessage message) throws Exception {
			List<String> texts = new ArrayList<>();
			List<String> htmls = new ArrayList<>();
			Map<String, byte[]> attachments = new LinkedHashMap<>();
			walk(message, texts, htmls, attachments);
			return new Mail(String.join("\n", texts), String.join("\n", htmls), attachments);
		}

		private static void walk(Part part, List<String> texts, List<String> htmls, Map<String, byte[]> attachments)
				throws Exception {
			if (part.getFileName() != null) {
				attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i), texts, htmls, attachments);
				}
			}
			else if (part.isMimeType("text/plain")) {
				texts.add(String.valueOf(part.getContent()));
			}
			else if (part.isMimeType("text/html")) {
				htmls.add(String.valueOf(part.getContent()));
			}
		}

	}

}
