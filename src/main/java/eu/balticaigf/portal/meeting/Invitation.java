package eu.balticaigf.portal.meeting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The calendar invitation (RFC 5545), written by hand because it is small: times in UTC
 * (so no VTIMEZONE is needed and every calendar shows them in its own zone), CRLF line
 * ends, text escaped and lines folded at 75 octets without splitting a UTF-8 character.
 */
final class Invitation {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Invitation() {
	}

	static byte[] ics(Meeting meeting, Registration registration, String summary, String location, String url,
			Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Baltic AI Gigafactory Consortium//Portal//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		// One UID per registration and meeting: a re-sent invitation updates the same
		// calendar entry.
		line(ics, "UID:meeting-" + meeting.slug() + "-registration-" + registration.id() + "@balticaigf.eu");
		line(ics, "DTSTAMP:" + UTC.format(now));
		line(ics, "DTSTART:" + UTC.format(meeting.startsAt()));
		line(ics, "DTEND:" + UTC.format(meeting.endsAt()));
		line(ics, "SUMMARY:" + text(summary));
		if (location != null && !location.isBlank()) {
			line(ics, "LOCATION:" + text(location));
		}
		line(ics, "URL:" + url);
		line(ics, "STATUS:CONFIRMED");
		line(ics, "TRANSP:OPAQUE");
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
	 */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line folded to at most 75 octets per physical line (RFC 5545
	 * §3.1).
	 */
	static void line(StringBuilder out, String content) {
		ByteArrayOutputStream current = new ByteArrayOutputStream();
		int limit = 75;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
			if (current.size() + bytes.length > limit) {
				out.append(current.toString(StandardCharsets.UTF_8)).append("\r\n ");
				current.reset();
				// The leading space of a continuation line counts toward its 75 octets.
				limit = 74;
			}
			current.writeBytes(bytes);
			i += Character.charCount(codePoint);
		}
		out.append(current.toString(StandardCharsets.UTF_8)).append("\r\n");
	}

}
