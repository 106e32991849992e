package eu.balticaigf.portal.call;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask about calls. */
@Service
public class Calls {

	private final CallRepository repository;

	Calls(CallRepository repository) {
		this.repository = repository;
	}

	/** A call the public may see (a draft is for staff only). */
	public Optional<Call> find(String slug) {
		return repository.findBySlug(slug).filter(Call::isPublic);
	}

	public List<Call> all() {
		return repository.findAll();
	}

}
