package eu.balticaigf.portal.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * An information meeting as other modules and the pages see it.
 *
 * @param venue where it is held in person, or null when it is online only
 * @param online whether people may also take part online (online places are unlimited)
 * @param capacityInPerson in-person seats
 * @param onlineUrl the link for online participants; only confirmed registrants receive
 * it
 * @param descriptions what the meeting is about, by language (plain text with line
 * breaks); empty when it has none
 * @param agendas its programme, by language (plain text with line breaks); empty when it
 * has none
 * @param materials links to its documents, one per line as {@code Title | https://…};
 * null when it has none
 */
public record Meeting(long id, String slug, Map<String, String> titles, Instant startsAt, Instant endsAt, ZoneId zone,
		String venue, boolean online, int capacityInPerson, Instant registrationOpensAt, Instant registrationClosesAt,
		boolean demo, String onlineUrl, Map<String, String> descriptions, Map<String, String> agendas,
		String materials) {

	/** One line of the materials: "Slides | https://…". */
	private static final Pattern MATERIAL = Pattern.compile("^(.+?)\\s*\\|\\s*(https?://[^\\s<>\"]+)$");

	public Meeting {
		descriptions = descriptions == null ? Map.of() : descriptions;
		agendas = agendas == null ? Map.of() : agendas;
	}

	public Meeting(long id, String slug, Map<String, String> titles, Instant startsAt, Instant endsAt, ZoneId zone,
			String venue, boolean online, int capacityInPerson, Instant registrationOpensAt,
			Instant registrationClosesAt, boolean demo, String onlineUrl, Map<String, String> descriptions,
			Map<String, String> agendas) {
		this(id, slug, titles, startsAt, endsAt, zone, venue, online, capacityInPerson, registrationOpensAt,
				registrationClosesAt, demo, onlineUrl, descriptions, agendas, null);
	}

	/** A document of the meeting: its title and where it is. */
	public record Material(String title, String url) {
	}

	/** The materials as links, in the order staff listed them. */
	public List<Material> materialLinks() {
		return materials == null ? List.of()
				: materials.lines()
					.map(String::strip)
					.map(MATERIAL::matcher)
					.filter(Matcher::matches)
					.map(line -> new Material(line.group(1).strip(), line.group(2)))
					.toList();
	}

	/**
	 * The numbers (from 1, as an editor counts them) of the non-empty lines of
	 * {@code text} that are not "Title | https://…".
	 */
	static List<Integer> notMaterialLines(String text) {
		List<String> lines = text == null ? List.of() : text.lines().map(String::strip).toList();
		return java.util.stream.IntStream.range(0, lines.size())
			.filter(i -> !lines.get(i).isEmpty() && !MATERIAL.matcher(lines.get(i)).matches())
			.mapToObj(i -> i + 1)
			.toList();
	}

	public Meeting(long id, String slug, Map<String, String> titles, Instant startsAt, Instant endsAt, ZoneId zone,
			String venue, boolean online, int capacityInPerson, Instant registrationOpensAt,
			Instant registrationClosesAt, boolean demo, String onlineUrl) {
		this(id, slug, titles, startsAt, endsAt, zone, venue, online, capacityInPerson, registrationOpensAt,
				registrationClosesAt, demo, onlineUrl, Map.of(), Map.of());
	}

	public Meeting(long id, String slug, Map<String, String> titles, Instant startsAt, Instant endsAt, ZoneId zone,
			String venue, boolean online, int capacityInPerson, Instant registrationOpensAt,
			Instant registrationClosesAt, boolean demo) {
		this(id, slug, titles, startsAt, endsAt, zone, venue, online, capacityInPerson, registrationOpensAt,
				registrationClosesAt, demo, null);
	}

	public String title(Locale locale) {
		return titles.getOrDefault(Languages.supported(locale).getLanguage(), titles.get("en"));
	}

	/**
	 * The description in the reader's language (English where it lacks one), or null when
	 * the meeting has none.
	 */
	public String description(Locale locale) {
		return inLanguage(descriptions, locale);
	}

	/**
	 * The agenda in the reader's language (English where it lacks one), or null when the
	 * meeting has none.
	 */
	public String agenda(Locale locale) {
		return inLanguage(agendas, locale);
	}

	private static String inLanguage(Map<String, String> texts, Locale locale) {
		String text = texts.get(Languages.supported(locale).getLanguage());
		return text == null || text.isBlank() ? texts.get("en") : text;
	}

	public boolean inPerson() {
		return venue != null && !venue.isBlank();
	}

	/**
	 * Registration opens at its first instant and is closed from its closing instant on.
	 */
	public RegistrationWindow registrationAt(Instant now) {
		if (now.isBefore(registrationOpensAt)) {
			return RegistrationWindow.NOT_YET_OPEN;
		}
		return now.isBefore(registrationClosesAt) ? RegistrationWindow.OPEN : RegistrationWindow.CLOSED;
	}

	public boolean isRegistrationOpenAt(Instant now) {
		return registrationAt(now) == RegistrationWindow.OPEN;
	}

	public enum RegistrationWindow {

		NOT_YET_OPEN, OPEN, CLOSED

	}

	/**
	 * The details an administrator sets, as plain values in a fixed order: what the audit
	 * log keeps of a created meeting, and compared field by field when one is changed.
	 */
	Map<String, Object> details() {
		Map<String, Object> details = new java.util.LinkedHashMap<>();
		details.put("titles", new java.util.TreeMap<>(titles));
		details.put("descriptions", new java.util.TreeMap<>(descriptions));
		details.put("agendas", new java.util.TreeMap<>(agendas));
		details.put("materials", materials);
		details.put("startsAt", String.valueOf(startsAt));
		details.put("endsAt", String.valueOf(endsAt));
		details.put("zone", String.valueOf(zone));
		details.put("venue", venue);
		details.put("online", online);
		details.put("onlineUrl", onlineUrl);
		details.put("capacityInPerson", capacityInPerson);
		details.put("registrationOpensAt", String.valueOf(registrationOpensAt));
		details.put("registrationClosesAt", String.valueOf(registrationClosesAt));
		return details;
	}

}
