package eu.balticaigf.portal.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask about meetings. */
@Service
public class Meetings {

	private final MeetingRepository repository;

	Meetings(MeetingRepository repository) {
		this.repository = repository;
	}

	public Optional<Meeting> find(String slug) {
		return repository.findBySlug(slug);
	}

	public List<Meeting> all() {
		return repository.findAll();
	}

}
