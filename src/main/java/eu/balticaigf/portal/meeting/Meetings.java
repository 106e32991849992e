package eu.balticaigf.portal.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask about meetings. */
@Service
public class Meetings {

	private final MeetingRepository repository;

	private final RegistrationRepository registrations;

	Meetings(MeetingRepository repository, RegistrationRepository registrations) {
		this.repository = repository;
		this.registrations = registrations;
	}

	public Optional<Meeting> find(String slug) {
		return repository.findBySlug(slug);
	}

	public List<Meeting> all() {
		return repository.findAll();
	}

	/** Whom to write to about a registration: the registrant, in their language. */
	public record Registrant(String email, String language, RegistrationStatus status, Attendance attendance) {
	}

	/**
	 * The meeting's registrants in order of arrival, with the given status and way of
	 * taking part (null: any); for messages to them.
	 */
	public List<Registrant> registrants(long meetingId, RegistrationStatus status, Attendance attendance) {
		return registrations.search(meetingId, status, attendance, null)
			.stream()
			.map(found -> new Registrant(found.email(), found.language(), found.status(), found.attendance()))
			.toList();
	}

	public Optional<MeetingFigures> figures(String slug) {
		return repository.findBySlug(slug).map(meeting -> {
			RegistrationRepository.Counts counts = registrations.counts(meeting.id());
			long confirmed = counts.confirmedInPerson() + counts.confirmedOnline();
			return new MeetingFigures(slug, meeting.capacityInPerson(), confirmed + counts.waitlisted(), confirmed,
					counts.waitlisted(), counts.attended());
		});
	}

}
