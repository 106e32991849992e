package eu.balticaigf.portal.shared.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

	/** A no-break space: an amount and its currency never part at the end of a line. */
	private static final char HARD_SPACE = '\u00a0';

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

	/**
	 * An amount of whole euros, written one way in each language, as the EU's
	 * Interinstitutional Style Guide writes amounts: the ISO code, a hard space, and the
	 * digits in groups of three separated by hard spaces, the code first in English ("EUR
	 * 3 000 000 000") and after the amount in Lithuanian, Polish, Latvian and Estonian
	 * ("3 000 000 000 EUR"). Every page, e-mail and table of the portal writes euros with
	 * this method.
	 */
	public String euros(long euros) {
		return euros(euros, LocaleContextHolder.getLocale());
	}

	/** The same in a given language, for text built outside a request. */
	public static String euros(long euros, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(HARD_SPACE);
		String amount = new DecimalFormat("#,##0", symbols).format(euros);
		return Languages.supported(locale).equals(Locale.ENGLISH) ? "EUR" + HARD_SPACE + amount
				: amount + HARD_SPACE + "EUR";
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
