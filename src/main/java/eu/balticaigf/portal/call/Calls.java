package eu.balticaigf.portal.call;

import java.time.LocalDate;
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

	/**
	 * A country taking part in a call: the day it joined (the call's opening day for a
	 * country there from the start) and the day it left, null while it takes part.
	 */
	public record Participation(String country, LocalDate joined, LocalDate left) {
	}

	/**
	 * The countries taking part in the call of this slug, in the call's order (drafts
	 * included: staff modules ask); none when there is no such call.
	 */
	public List<Participation> participation(String slug) {
		return repository.findBySlug(slug)
			.map(call -> repository.details(call.id())
				.countries()
				.stream()
				.map(member -> new Participation(member.country(),
						member.joined() != null ? member.joined() : call.opensAt().atZone(call.zone()).toLocalDate(),
						member.left()))
				.toList())
			.orElse(List.of());
	}

	public List<Call> all() {
		return repository.findAll();
	}

	/** The form applicants of this call get now: its current published version. */
	public FormVersion form(Call call) {
		return form(call.id(), call.formVersion());
	}

	/**
	 * A version of a call's form, as it was published (no questions for a version never
	 * published, such as a call's first before any question was added).
	 */
	public FormVersion form(long callId, int version) {
		return repository.formVersion(callId, version).orElse(FormVersion.none(callId, version));
	}

	/**
	 * Every question key any version of the call's form asked, in the order they first
	 * appeared: the columns of an export.
	 */
	public List<String> questionKeys(long callId) {
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		repository.formVersions(callId).forEach(form -> form.questions().forEach(question -> keys.add(question.key())));
		return List.copyOf(keys);
	}

}
