package eu.balticaigf.portal.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.notification.PublicAddress;
import eu.balticaigf.portal.shared.web.Formats;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.stereotype.Component;

/**
 * The meeting's e-mails, queued in the caller's transaction, in the registrant's
 * language: confirmation (with the calendar invitation and, for an in-person seat, the
 * check-in QR code), waiting list, promotion, "already registered", cancellation and
 * reminder. The online link is only ever in an e-mail to a confirmed online participant,
 * or in the calendar file of one. The two files are made here for the registrant's
 * private page as well, so that page and e-mail give the same.
 */
@Component
class MeetingMails {

	static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private final Outbox outbox;

	private final Formats formats;

	private final Clock clock;

	private final PublicAddress publicAddress;

	MeetingMails(Outbox outbox, Formats formats, Clock clock, PublicAddress publicAddress) {
		this.outbox = outbox;
		this.formats = formats;
		this.clock = clock;
		this.publicAddress = publicAddress;
	}

	/**
	 * @param cancelToken the private link's token, or null when the registrant already
	 * has the link
	 * @param template "confirmed" for a new seat, "promoted" for a seat from the waiting
	 * list
	 */
	void confirmed(Meeting meeting, Registration registration, String cancelToken, String checkInToken,
			String template) {
		Locale locale = locale(registration);
		Map<String, Object> variables = variables(meeting, registration, locale);
		if (cancelToken != null) {
			variables.put("cancelUrl", cancelUrl(meeting, cancelToken));
		}
		outbox.enqueue(new Email(registration.email(), locale, "meeting/" + template, variables,
				files(meeting, registration, checkInToken, locale, variables)));
	}

	/**
	 * For the owner of an address someone registered again with: how they are registered,
	 * a new private link (earlier ones keep working), the calendar file and check-in code
	 * of a confirmed place, and, where a different way of taking part was chosen this
	 * time, that the registration page offers the change.
	 * @param checkInToken the registration's check-in token, or null where none is kept
	 * @param chosen how the form said to take part this time
	 */
	void alreadyRegistered(Meeting meeting, Registration registration, long position, String cancelToken,
			String checkInToken, Attendance chosen, Locale pageLocale) {
		Map<String, Object> variables = variables(meeting, registration, pageLocale);
		variables.put("position", position);
		variables.put("cancelUrl", cancelUrl(meeting, cancelToken));
		if (chosen != registration.attendance()) {
			variables.put("chosen", chosen.name());
		}
		List<Email.Attachment> files = registration.status() == RegistrationStatus.CONFIRMED
				? files(meeting, registration, checkInToken, pageLocale, variables) : List.of();
		outbox.enqueue(new Email(registration.email(), pageLocale, "meeting/link", variables, files));
	}

	/** That a registration is cancelled, to its registrant. */
	void cancelled(Meeting meeting, Registration registration) {
		Locale locale = locale(registration);
		outbox.enqueue(
				new Email(registration.email(), locale, "meeting/cancelled", variables(meeting, registration, locale)));
	}

	/**
	 * The files of a confirmed place: the calendar invitation, and for a seat in the room
	 * the check-in QR code (marked in {@code variables} for the text that mentions it).
	 */
	private List<Email.Attachment> files(Meeting meeting, Registration registration, String checkInToken, Locale locale,
			Map<String, Object> variables) {
		List<Email.Attachment> attachments = new ArrayList<>();
		attachments.add(new Email.Attachment("meeting.ics", CALENDAR_TYPE, calendar(meeting, registration, locale)));
		if (registration.attendance() == Attendance.IN_PERSON && checkInToken != null) {
			attachments.add(new Email.Attachment("check-in.png", "image/png", checkInCode(meeting, checkInToken)));
			variables.put("checkInQr", true);
		}
		return attachments;
	}

	/**
	 * The calendar invitation of a confirmed registration, with the title in the given
	 * language.
	 */
	byte[] calendar(Meeting meeting, Registration registration, Locale locale) {
		return Invitation.ics(meeting, registration, meeting.title(locale), location(meeting, registration, locale),
				invitationUrl(meeting, registration), clock.instant());
	}

	/**
	 * The QR code of a confirmed in-person seat: the staff check-in link with the seat's
	 * token.
	 */
	byte[] checkInCode(Meeting meeting, String checkInToken) {
		return CheckInCode.png(publicAddress.url() + "/staff/meetings/" + meeting.slug() + "/check-in/" + checkInToken);
	}

	/**
	 * A newcomer's e-mail made before the seat decision, for the outcome expected then:
	 * rendered, and for a seat in the room with its QR code drawn and read back.
	 *
	 * @param checkInCode the QR code of {@code checkInToken}, or null when no seat was
	 * expected
	 */
	record Draft(Outbox.Prepared email, String checkInToken, byte[] checkInCode) {
	}

	/**
	 * Prepares a newcomer's e-mail ahead of the seat lock (no lock or transaction
	 * needed).
	 * @param expected the registration as the decision is expected to make it
	 */
	Draft draft(Meeting meeting, Registration expected, long position, String cancelToken, String checkInToken) {
		byte[] checkInCode = expected.holdsInPersonSeat() ? checkInCode(meeting, checkInToken) : null;
		return new Draft(outbox.prepare(newcomer(meeting, expected, position, cancelToken)), checkInToken, checkInCode);
	}

	/**
	 * Queues a newcomer's e-mail: confirmed (with the calendar file and, for a seat in
	 * the room, the QR code) or on the waiting list with the place. The draft's rendering
	 * is used only when the e-mail came out exactly as drafted (same template, language,
	 * recipient and variables), its QR code only for the same link; anything else is made
	 * now.
	 * @param draft made before the seat lock, or null
	 */
	void newcomer(Meeting meeting, Registration registration, long position, String cancelToken, String checkInToken,
			Draft draft) {
		Email email = newcomer(meeting, registration, position, cancelToken);
		Outbox.Prepared prepared = draft != null && draft.email().isFor(email) ? draft.email() : outbox.prepare(email);
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			List<Email.Attachment> files = new ArrayList<>();
			files.add(new Email.Attachment("meeting.ics", CALENDAR_TYPE,
					calendar(meeting, registration, locale(registration))));
			if (registration.holdsInPersonSeat()) {
				boolean drawn = draft != null && draft.checkInCode() != null
						&& draft.checkInToken().equals(checkInToken);
				files.add(new Email.Attachment("check-in.png", "image/png",
						drawn ? draft.checkInCode() : checkInCode(meeting, checkInToken)));
			}
			prepared = prepared.attach(files);
		}
		outbox.enqueue(prepared);
	}

	private Email newcomer(Meeting meeting, Registration registration, long position, String cancelToken) {
		Locale locale = locale(registration);
		Map<String, Object> variables = variables(meeting, registration, locale);
		variables.put("cancelUrl", cancelUrl(meeting, cancelToken));
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			if (registration.holdsInPersonSeat()) {
				variables.put("checkInQr", true);
			}
			return new Email(registration.email(), locale, "meeting/confirmed", variables);
		}
		variables.put("position", position);
		return new Email(registration.email(), locale, "meeting/waitlisted", variables);
	}

	/**
	 * The meeting's time or place changed: what holds now and what it was, with the
	 * calendar file again for a confirmed place (the old one in their calendar is out of
	 * date).
	 */
	void changed(Meeting before, Meeting after, Registration registration) {
		Locale locale = locale(registration);
		Map<String, Object> variables = variables(after, registration, locale);
		String previously = Languages.inLocale(locale, () -> formats.dateTime(before.startsAt(), before.zone()));
		variables.put("previously", before.inPerson() ? previously + ", " + before.venue() : previously);
		List<Email.Attachment> files = registration.status() == RegistrationStatus.CONFIRMED
				? List.of(new Email.Attachment("meeting.ics", CALENDAR_TYPE, calendar(after, registration, locale)))
				: List.of();
		outbox.enqueue(new Email(registration.email(), locale, "meeting/changed", variables, files));
	}

	void reminder(Meeting meeting, Registration registration) {
		Locale locale = locale(registration);
		outbox.enqueue(
				new Email(registration.email(), locale, "meeting/reminder", variables(meeting, registration, locale)));
	}

	private Map<String, Object> variables(Meeting meeting, Registration registration, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		String title = meeting.title(locale);
		variables.put("subjectArgument", title);
		variables.put("title", title);
		variables.put("name", registration.fullName());
		variables.put("when", Languages.inLocale(locale, () -> formats.dateTime(meeting.startsAt(), meeting.zone())));
		variables.put("until", Languages.inLocale(locale, () -> formats.dateTime(meeting.endsAt(), meeting.zone())));
		variables.put("attendance", registration.attendance().name());
		variables.put("status", registration.status().name());
		variables.put("venue", meeting.venue());
		variables.put("description", meeting.description(locale));
		variables.put("agenda", meeting.agenda(locale));
		variables.put("meetingUrl", publicAddress.url() + "/meetings/" + meeting.slug() + "/register");
		if (registration.status() == RegistrationStatus.CONFIRMED && registration.attendance() == Attendance.ONLINE
				&& meeting.onlineUrl() != null) {
			variables.put("onlineUrl", meeting.onlineUrl());
		}
		return variables;
	}

	private String location(Meeting meeting, Registration registration, Locale locale) {
		return registration.attendance() == Attendance.IN_PERSON || !meeting.online() ? meeting.venue() : null;
	}

	/**
	 * Online participants get the meeting link in their calendar; others the meeting's
	 * page.
	 */
	private String invitationUrl(Meeting meeting, Registration registration) {
		if (registration.status() == RegistrationStatus.CONFIRMED && registration.attendance() == Attendance.ONLINE
				&& meeting.onlineUrl() != null) {
			return meeting.onlineUrl();
		}
		return publicAddress.url() + "/meetings/" + meeting.slug() + "/register";
	}

	private String cancelUrl(Meeting meeting, String token) {
		return publicAddress.url() + "/meetings/" + meeting.slug() + "/registrations/" + token;
	}

	private static Locale locale(Registration registration) {
		return Locale.forLanguageTag(registration.language());
	}

}
