package eu.balticaigf.portal.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, deadlines and money as people of each language write them. Templates call it as
 * {@code @formats}. Every deadline carries its zone: Poland is an hour behind Vilnius,
 * and the portal serves both.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	// Zone abbreviations are read the same way in every language; the city is translated.
	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	// Building a formatter means a locale-data lookup and a pattern parse; the public
	// pages format several numbers
	// and dates each (a tenth of the call page's CPU), so each language's formatter is
	// built once.
	private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	private static final Map<Locale, NumberFormat> INTEGERS = new ConcurrentHashMap<>();

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	/** "10 August 2025". */
	public String date(Instant instant, ZoneId zone) {
		return DATES
			.computeIfAbsent(locale(), locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
			.format(instant.atZone(zone));
	}

	/** "10 August 2025, 23:59 EEST (Vilnius)". */
	public String dateTime(Instant instant, ZoneId zone) {
		return dateTime(instant, zone, TIME);
	}

	/**
	 * "10 August 2025, 23:59:07 EEST (Vilnius)": for records where the order of events
	 * within a minute matters, such as the audit log.
	 */
	public String dateTimeToTheSecond(Instant instant, ZoneId zone) {
		return dateTime(instant, zone, TIME_WITH_SECONDS);
	}

	private String dateTime(Instant instant, ZoneId zone, DateTimeFormatter time) {
		ZonedDateTime at = instant.atZone(zone);
		String city = messages.getMessage("zone." + zone.getId(), null, zone.getId(), LocaleContextHolder.getLocale());
		return date(instant, zone) + ", " + time.format(at) + " " + ZONE.format(at) + " (" + city + ")";
	}

	/**
	 * The same, for templates that name the zone:
	 * {@code @formats.dateTime(instant, 'Europe/Vilnius')}.
	 */
	public String dateTime(Instant instant, String zoneId) {
		return dateTime(instant, ZoneId.of(zoneId));
	}

	/** Whole euros with the language's grouping: "1 950 000 000". */
	public String euros(long euros) {
		return number(euros);
	}

	public String number(long value) {
		// NumberFormat is not thread-safe: each call formats with its own copy of the
		// cached one.
		NumberFormat integers = INTEGERS.computeIfAbsent(locale(), NumberFormat::getIntegerInstance);
		return ((NumberFormat) integers.clone()).format(value);
	}

	private static Locale locale() {
		return Languages.forFormatting(LocaleContextHolder.getLocale());
	}

}
