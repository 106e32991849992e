package eu.balticaigf.portal.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff's form for a meeting, as posted: Strings only, so a tampered value is a field
 * error ({@link MeetingFormValidator}), never a binding failure. Times are typed as local
 * date and time in the meeting's own zone (the zone is chosen on the form), which is how
 * the ministry announces them. The description and the agenda are optional, but given in
 * every language or in none, so that no reader gets another language's text.
 */
record MeetingForm(String slug, String titleLt, String titleEn, String titlePl, String titleLv, String titleEt,
		String zone, String startsAt, String endsAt, String venue, String online, String onlineUrl,
		String capacityInPerson, String registrationOpensAt, String registrationClosesAt, String descriptionLt,
		String descriptionEn, String descriptionPl, String descriptionLv, String descriptionEt, String agendaLt,
		String agendaEn, String agendaPl, String agendaLv, String agendaEt, String materials) {

	static final java.util.List<String> ZONES = java.util.List.of("Europe/Vilnius", "Europe/Warsaw", "Europe/Riga",
			"Europe/Tallinn");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "", "", "", "Europe/Vilnius", "", "", "", "true", "", "100", "", "", "", "",
				"", "", "", "", "", "", "", "", "");
	}

	static MeetingForm of(Meeting meeting) {
		ZoneId zone = meeting.zone();
		return new MeetingForm(meeting.slug(), meeting.titles().get("lt"), meeting.titles().get("en"),
				meeting.titles().get("pl"), meeting.titles().get("lv"), meeting.titles().get("et"), zone.getId(),
				local(meeting.startsAt(), zone), local(meeting.endsAt(), zone), meeting.venue(),
				String.valueOf(meeting.online()), meeting.onlineUrl(), String.valueOf(meeting.capacityInPerson()),
				local(meeting.registrationOpensAt(), zone), local(meeting.registrationClosesAt(), zone),
				meeting.descriptions().get("lt"), meeting.descriptions().get("en"), meeting.descriptions().get("pl"),
				meeting.descriptions().get("lv"), meeting.descriptions().get("et"), meeting.agendas().get("lt"),
				meeting.agendas().get("en"), meeting.agendas().get("pl"), meeting.agendas().get("lv"),
				meeting.agendas().get("et"), meeting.materials());
	}

	/**
	 * The same answers for the meeting at this address (its slug is not a field when
	 * editing).
	 */
	MeetingForm withSlug(String slugOfMeeting) {
		return new MeetingForm(slugOfMeeting, titleLt, titleEn, titlePl, titleLv, titleEt, zone, startsAt, endsAt,
				venue, online, onlineUrl, capacityInPerson, registrationOpensAt, registrationClosesAt, descriptionLt,
				descriptionEn, descriptionPl, descriptionLv, descriptionEt, agendaLt, agendaEn, agendaPl, agendaLv,
				agendaEt, materials);
	}

	/** Field names by language, in the order of the form: description, then agenda. */
	Map<String, String> descriptionFields() {
		return byField("description", descriptionLt, descriptionEn, descriptionPl, descriptionLv, descriptionEt);
	}

	Map<String, String> agendaFields() {
		return byField("agenda", agendaLt, agendaEn, agendaPl, agendaLv, agendaEt);
	}

	/** Title fields by language, in the order of the form. */
	Map<String, String> titleFields() {
		return byField("title", titleLt, titleEn, titlePl, titleLv, titleEt);
	}

	/** The texts in every language or none: description, then agenda. */
	Map<String, Map<String, String>> textGroups() {
		Map<String, Map<String, String>> groups = new LinkedHashMap<>();
		groups.put("description", descriptionFields());
		groups.put("agenda", agendaFields());
		return groups;
	}

	/** The four times, field → local date and time as typed, in the order of the form. */
	Map<String, String> dateTimeFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("startsAt", nz(startsAt));
		fields.put("endsAt", nz(endsAt));
		fields.put("registrationOpensAt", nz(registrationOpensAt));
		fields.put("registrationClosesAt", nz(registrationClosesAt));
		return fields;
	}

	boolean isOnline() {
		return "true".equals(online);
	}

	/** Call only on a valid form. */
	Meeting toMeeting(String slugOfMeeting) {
		ZoneId zoneId = ZoneId.of(zone);
		return new Meeting(0, slugOfMeeting,
				Map.of("lt", titleLt.strip(), "en", titleEn.strip(), "pl", titlePl.strip(), "lv", titleLv.strip(), "et",
						titleEt.strip()),
				parse(startsAt, zoneId), parse(endsAt, zoneId), zoneId,
				venue == null || venue.isBlank() ? null : venue.strip(), isOnline(),
				Integer.parseInt(capacityInPerson.strip()), parse(registrationOpensAt, zoneId),
				parse(registrationClosesAt, zoneId), false,
				isOnline() && onlineUrl != null && !onlineUrl.isBlank() ? onlineUrl.strip() : null,
				texts(descriptionFields()), texts(agendaFields()),
				materials == null || materials.isBlank() ? null : materials.strip());
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

	static Instant parse(String value, ZoneId zone) {
		if (value == null) {
			throw new DateTimeParseException("missing", "", 0);
		}
		return LocalDateTime.parse(value.strip(), LOCAL).atZone(zone).toInstant();
	}

	private static String local(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone));
	}

	static String nz(String value) {
		return value == null ? "" : value;
	}

}
