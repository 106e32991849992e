package eu.balticaigf.portal.meeting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.AuditSubjects;

import org.springframework.stereotype.Component;

/**
 * Meetings by their title in the reader's language and registrations by the registrant's
 * name, for the audit log (which records a meeting's slug and a registration's number).
 * An anonymised registration keeps its number: its name is gone.
 */
@Component
class MeetingAuditSubjects implements AuditSubjects {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	MeetingAuditSubjects(MeetingRepository meetings, RegistrationRepository registrations) {
		this.meetings = meetings;
		this.registrations = registrations;
	}

	@Override
	public Map<String, String> names(String type, Collection<String> ids, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		switch (type) {
			case "meeting" -> meetings.findAll()
				.stream()
				.filter(meeting -> ids.contains(meeting.slug()))
				.forEach(meeting -> names.put(meeting.slug(), meeting.title(locale)));
			case "meeting_registration" -> ids.stream()
				.filter(id -> id.matches("\\d{1,18}"))
				.forEach(id -> registrations.findById(Long.parseLong(id))
					.filter(registration -> !RegistrationPersonalData.ERASED.equals(registration.fullName()))
					.ifPresent(registration -> names.put(id, registration.fullName())));
			default -> {
			}
		}
		return names;
	}

}
