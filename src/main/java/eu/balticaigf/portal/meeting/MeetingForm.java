package eu.balticaigf.portal.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Staff's form for a meeting. Times are typed as local date and time in the meeting's own
 * zone (the zone is chosen on the form), which is how the ministry announces them. The
 * description and the agenda are optional, but given in every language or in none, so
 * that no reader gets another language's text.
 */
record MeetingForm(String slug, String titleLt, String titleEn, String titlePl, String titleLv, String titleEt,
		String zone, String startsAt, String endsAt, String venue, Boolean online, String onlineUrl,
		String capacityInPerson, String registrationOpensAt, String registrationClosesAt, String descriptionLt,
		String descriptionEn, String descriptionPl, String descriptionLv, String descriptionEt, String agendaLt,
		String agendaEn, String agendaPl, String agendaLv, String agendaEt) {

	/**
	 * Longest description or agenda in one language: a few paragraphs, not a document.
	 */
	static final int TEXT_MAX = 4000;

	static final java.util.List<String> ZONES = java.util.List.of("Europe/Vilnius", "Europe/Warsaw", "Europe/Riga",
			"Europe/Tallinn");

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "", "", "", "Europe/Vilnius", "", "", "", true, "", "100", "", "", "", "",
				"", "", "", "", "", "", "", "");
	}

	static MeetingForm of(Meeting meeting) {
		ZoneId zone = meeting.zone();
		return new MeetingForm(meeting.slug(), meeting.titles().get("lt"), meeting.titles().get("en"),
				meeting.titles().get("pl"), meeting.titles().get("lv"), meeting.titles().get("et"), zone.getId(),
				local(meeting.startsAt(), zone), local(meeting.endsAt(), zone), meeting.venue(), meeting.online(),
				meeting.onlineUrl(), String.valueOf(meeting.capacityInPerson()),
				local(meeting.registrationOpensAt(), zone), local(meeting.registrationClosesAt(), zone),
				meeting.descriptions().get("lt"), meeting.descriptions().get("en"), meeting.descriptions().get("pl"),
				meeting.descriptions().get("lv"), meeting.descriptions().get("et"), meeting.agendas().get("lt"),
				meeting.agendas().get("en"), meeting.agendas().get("pl"), meeting.agendas().get("lv"),
				meeting.agendas().get("et"));
	}

	/**
	 * The same answers for the meeting at this address (its slug is not a field when
	 * editing).
	 */
	MeetingForm withSlug(String slugOfMeeting) {
		return new MeetingForm(slugOfMeeting, titleLt, titleEn, titlePl, titleLv, titleEt, zone, startsAt, endsAt,
				venue, online, onlineUrl, capacityInPerson, registrationOpensAt, registrationClosesAt, descriptionLt,
				descriptionEn, descriptionPl, descriptionLv, descriptionEt, agendaLt, agendaEn, agendaPl, agendaLv,
				agendaEt);
	}

	/** Field names by language, in the order of the form: description, then agenda. */
	Map<String, String> descriptionFields() {
		return byField("description", descriptionLt, descriptionEn, descriptionPl, descriptionLv, descriptionEt);
	}

	Map<String, String> agendaFields() {
		return byField("agenda", agendaLt, agendaEn, agendaPl, agendaLv, agendaEt);
	}

	/** Field → message key; empty when the form is valid. */
	Map<String, String> validate(boolean creating) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (creating && (slug == null || !SLUG.matcher(slug).matches())) {
			errors.put("slug", "staff.meeting.error.slug");
		}
		for (Map.Entry<String, String> title : Map
			.of("titleLt", nz(titleLt), "titleEn", nz(titleEn), "titlePl", nz(titlePl), "titleLv", nz(titleLv),
					"titleEt", nz(titleEt))
			.entrySet()) {
			if (title.getValue().isBlank()) {
				errors.put(title.getKey(), "staff.meeting.error.title");
			}
		}
		allOrNone(descriptionFields(), "staff.meeting.error.description", errors);
		allOrNone(agendaFields(), "staff.meeting.error.agenda", errors);
		if (zone == null || !ZONES.contains(zone)) {
			errors.put("zone", "staff.meeting.error.zone");
			return errors;
		}
		Instant starts = instant(startsAt, "startsAt", errors);
		Instant ends = instant(endsAt, "endsAt", errors);
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			errors.put("endsAt", "staff.meeting.error.endsAt");
		}
		boolean inPerson = venue != null && !venue.isBlank();
		if (!inPerson && !Boolean.TRUE.equals(online)) {
			errors.put("venue", "staff.meeting.error.venue");
		}
		if (Boolean.TRUE.equals(online) && onlineUrl != null && !onlineUrl.isBlank()
				&& !onlineUrl.strip().startsWith("https://")) {
			errors.put("onlineUrl", "staff.meeting.error.onlineUrl");
		}
		try {
			int capacity = Integer.parseInt(nz(capacityInPerson).strip());
			if (capacity < 0 || capacity > 100_000) {
				errors.put("capacityInPerson", "staff.meeting.error.capacity");
			}
		}
		catch (NumberFormatException ex) {
			errors.put("capacityInPerson", "staff.meeting.error.capacity");
		}
		Instant opens = instant(registrationOpensAt, "registrationOpensAt", errors);
		Instant closes = instant(registrationClosesAt, "registrationClosesAt", errors);
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.put("registrationClosesAt", "staff.meeting.error.window");
		}
		return errors;
	}

	/** Call only on a valid form. */
	Meeting toMeeting(String slugOfMeeting) {
		ZoneId zoneId = ZoneId.of(zone);
		return new Meeting(0, slugOfMeeting,
				Map.of("lt", titleLt.strip(), "en", titleEn.strip(), "pl", titlePl.strip(), "lv", titleLv.strip(), "et",
						titleEt.strip()),
				parse(startsAt, zoneId), parse(endsAt, zoneId), zoneId,
				venue == null || venue.isBlank() ? null : venue.strip(), Boolean.TRUE.equals(online),
				Integer.parseInt(capacityInPerson.strip()), parse(registrationOpensAt, zoneId),
				parse(registrationClosesAt, zoneId), false,
				Boolean.TRUE.equals(online) && onlineUrl != null && !onlineUrl.isBlank() ? onlineUrl.strip() : null,
				texts(descriptionFields()), texts(agendaFields()));
	}

	private static Map<String, String> byField(String prefix, String lt, String en, String pl, String lv, String et) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(prefix + "Lt", nz(lt));
		fields.put(prefix + "En", nz(en));
		fields.put(prefix + "Pl", nz(pl));
		fields.put(prefix + "Lv", nz(lv));
		fields.put(prefix + "Et", nz(et));
		return fields;
	}

	/** Every language or none; each one within {@link #TEXT_MAX}. */
	private static void allOrNone(Map<String, String> fields, String missingKey, Map<String, String> errors) {
		boolean any = fields.values().stream().anyMatch(text -> !text.isBlank());
		fields.forEach((field, text) -> {
			if (any && text.isBlank()) {
				errors.put(field, missingKey);
			}
			else if (text.strip().length() > TEXT_MAX) {
				errors.put(field, "staff.meeting.error.textTooLong");
			}
		});
	}

	/**
	 * Language code (the field name's last two letters) → text, line ends as "\n"; empty
	 * when none is given.
	 */
	private static Map<String, String> texts(Map<String, String> fields) {
		Map<String, String> texts = new LinkedHashMap<>();
		fields.forEach((field, text) -> {
			if (!text.isBlank()) {
				texts.put(field.substring(field.length() - 2).toLowerCase(java.util.Locale.ROOT),
						text.strip().replace("\r\n", "\n").replace('\r', '\n'));
			}
		});
		return Map.copyOf(texts);
	}

	private Instant instant(String value, String field, Map<String, String> errors) {
		try {
			return parse(value, ZoneId.of(zone));
		}
		catch (DateTimeException | NullPointerException ex) {
			errors.put(field, "staff.meeting.error.dateTime");
			return null;
		}
	}

	private static Instant parse(String value, ZoneId zone) {
		if (value == null) {
			throw new DateTimeParseException("missing", "", 0);
		}
		return LocalDateTime.parse(value.strip(), LOCAL).atZone(zone).toInstant();
	}

	private static String local(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone));
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
