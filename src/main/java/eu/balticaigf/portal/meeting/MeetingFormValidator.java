package eu.balticaigf.portal.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What staff's meeting form must hold before it becomes a meeting, written into
 * {@link Errors} with the form's message codes in the order of the form, so the error
 * summary follows the page. The slug is checked only when creating: an existing meeting
 * keeps its address.
 */
final class MeetingFormValidator implements Validator {

	static final MeetingFormValidator CREATING = new MeetingFormValidator(true);

	static final MeetingFormValidator EDITING = new MeetingFormValidator(false);

	/**
	 * Longest description or agenda in one language: a few paragraphs, not a document.
	 */
	static final int TEXT_MAX = 4000;

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

	private final boolean creating;

	private MeetingFormValidator(boolean creating) {
		this.creating = creating;
	}

	@Override
	public boolean supports(Class<?> type) {
		return MeetingForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		MeetingForm form = (MeetingForm) target;
		if (creating && (form.slug() == null || !SLUG.matcher(form.slug()).matches())) {
			errors.rejectValue("slug", "staff.meeting.error.slug");
		}
		form.titleFields().forEach((field, title) -> {
			if (title.isBlank()) {
				errors.rejectValue(field, "staff.meeting.error.title");
			}
		});
		allOrNone(form.descriptionFields(), "staff.meeting.error.description", errors);
		allOrNone(form.agendaFields(), "staff.meeting.error.agenda", errors);
		List<Integer> notMaterials = Meeting.notMaterialLines(form.materials());
		if (form.materials() != null && form.materials().length() > TEXT_MAX) {
			errors.rejectValue("materials", "staff.meeting.error.textTooLong");
		}
		else if (!notMaterials.isEmpty()) {
			// The first line to fix, by its number: in a long list "a line" alone is a
			// hunt.
			errors.rejectValue("materials", "staff.meeting.error.materials", new Object[] { notMaterials.get(0) },
					null);
		}
		if (form.zone() == null || !MeetingForm.ZONES.contains(form.zone())) {
			// Without the zone no time can be read.
			errors.rejectValue("zone", "staff.meeting.error.zone");
		}
		else {
			ZoneId zone = ZoneId.of(form.zone());
			Instant starts = instant(form.startsAt(), zone, "startsAt", errors);
			Instant ends = instant(form.endsAt(), zone, "endsAt", errors);
			if (starts != null && ends != null && !ends.isAfter(starts)) {
				errors.rejectValue("endsAt", "staff.meeting.error.endsAt");
			}
			Instant opens = instant(form.registrationOpensAt(), zone, "registrationOpensAt", errors);
			Instant closes = instant(form.registrationClosesAt(), zone, "registrationClosesAt", errors);
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				errors.rejectValue("registrationClosesAt", "staff.meeting.error.window");
			}
		}
		boolean inPerson = form.venue() != null && !form.venue().isBlank();
		if (!inPerson && !form.isOnline()) {
			errors.rejectValue("venue", "staff.meeting.error.venue");
		}
		try {
			int capacity = Integer.parseInt(MeetingForm.nz(form.capacityInPerson()).strip());
			if (capacity < 0 || capacity > 100_000) {
				errors.rejectValue("capacityInPerson", "staff.meeting.error.capacity");
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("capacityInPerson", "staff.meeting.error.capacity");
		}
		if (form.isOnline() && form.onlineUrl() != null && !form.onlineUrl().isBlank()
				&& !form.onlineUrl().strip().startsWith("https://")) {
			errors.rejectValue("onlineUrl", "staff.meeting.error.onlineUrl");
		}
	}

	/** Every language or none; each one within {@link #TEXT_MAX}. */
	private static void allOrNone(Map<String, String> fields, String missingCode, Errors errors) {
		boolean any = fields.values().stream().anyMatch(text -> !text.isBlank());
		fields.forEach((field, text) -> {
			if (any && text.isBlank()) {
				errors.rejectValue(field, missingCode);
			}
			else if (text.strip().length() > TEXT_MAX) {
				errors.rejectValue(field, "staff.meeting.error.textTooLong");
			}
		});
	}

	private static Instant instant(String value, ZoneId zone, String field, Errors errors) {
		try {
			return MeetingForm.parse(value, zone);
		}
		catch (DateTimeException ex) {
			errors.rejectValue(field, "staff.meeting.error.dateTime");
			return null;
		}
	}

}
