package eu.balticaigf.portal.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, deadlines and money as people of each language write them. Templates call it as {@code @formats}.
 * Every deadline carries its zone: Poland is an hour behind Vilnius, and the portal serves both.
 */
@Component("formats")
public class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	/** "10 August 2025". */
	public String date(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(instant.atZone(zone));
	}

	/** "10 August 2025, 23:59 EEST (Vilnius)". */
	public String dateTime(Instant instant, ZoneId zone) {
		ZonedDateTime at = instant.atZone(zone);
		String time = DateTimeFormatter.ofPattern("HH:mm").format(at);
		// Zone abbreviations are read the same way in every language; the city is translated.
		String abbreviation = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at);
		String city = messages.getMessage("zone." + zone.getId(), null, zone.getId(), LocaleContextHolder.getLocale());
		return date(instant, zone) + ", " + time + " " + abbreviation + " (" + city + ")";
	}

	/** The same, for templates that name the zone: {@code @formats.dateTime(instant, 'Europe/Vilnius')}. */
	public String dateTime(Instant instant, String zoneId) {
		return dateTime(instant, ZoneId.of(zoneId));
	}

	/** Whole euros with the language's grouping: "1 950 000 000". */
	public String euros(long euros) {
		return NumberFormat.getIntegerInstance(locale()).format(euros);
	}

	public String number(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	private static Locale locale() {
		return Languages.forFormatting(LocaleContextHolder.getLocale());
	}

}
