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

	public Optional<MeetingFigures> figures(String slug) {
		return repository.findBySlug(slug).map(meeting -> {
			RegistrationRepository.Counts counts = registrations.counts(meeting.id());
			long confirmed = counts.confirmedInPerson() + counts.confirmedOnline();
			return new MeetingFigures(slug, meeting.capacityInPerson(), confirmed + counts.waitlisted(), confirmed,
					counts.waitlisted(), counts.attended());
		});
	}

}
