package eu.balticaigf.portal.application;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which submitted applications another module asks {@link ApplicationSearch} for. Every
 * criterion left null means "any"; criteria combine. {@code among} and {@code excluding}
 * let a module filter on data of its own (the review's assignments, its conflicts of
 * interest) by passing the ids it found: an empty {@code among} matches nothing.
 *
 * @param callId the call applied to
 * @param status the status
 * @param country ISO 3166-1 alpha-2 code, any case
 * @param category one of {@link Applications#CATEGORIES}
 * @param size one of {@link Applications#SIZES}
 * @param area one of {@link Applications#CONTRIBUTION_AREAS} among those chosen
 * @param investmentIntent true: an investment intent above 0; false: none or 0
 * @param text found in the organisation's name, its registry code (as typed or
 * normalised), the reference or the contact person, regardless of accents and case
 * @param among only these ids
 * @param excluding none of these ids
 * @param organisations only the applications of these organisations
 * @param contactEmail only those whose contact has this address (any case)
 */
public record ApplicationQuery(Long callId, ApplicationStatus status, String country, String category, String size,
		String area, Boolean investmentIntent, String text, Set<Long> among, Set<Long> excluding,
		Organisations organisations, String contactEmail) {

	/**
	 * Organisations by name or registry code. A name matches as a whole whatever its
	 * case, accents, spacing and punctuation ("UAB „Neuronų tinklas“" is "uab neuronu
	 * tinklas"); a registry code whatever its spacing, punctuation and case. No name and
	 * no code match nothing.
	 */
	public record Organisations(Collection<String> names, Collection<String> registryCodes) {

		public Organisations {
			names = names.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
			registryCodes = registryCodes.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		}

	}

	/** Every application. */
	public static ApplicationQuery all() {
		return new ApplicationQuery(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public ApplicationQuery inCall(Long callId) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery withStatus(ApplicationStatus status) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery fromCountry(String country) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery inCategory(String category) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery ofSize(String size) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery contributingTo(String area) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery withInvestmentIntent(Boolean investmentIntent) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery containing(String text) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, contactEmail);
	}

	/** Only these ids (null: any); with {@link #among} set already, those in both. */
	public ApplicationQuery among(Collection<Long> ids) {
		Set<Long> only = ids == null ? among
				: among == null ? Set.copyOf(ids) : Set.copyOf(ids.stream().filter(among::contains).toList());
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, only,
				excluding, organisations, contactEmail);
	}

	public ApplicationQuery excluding(Collection<Long> ids) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				ids == null ? null : Set.copyOf(ids), organisations, contactEmail);
	}

	public ApplicationQuery ofOrganisations(Collection<String> names, Collection<String> registryCodes) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, new Organisations(names, registryCodes), contactEmail);
	}

	public ApplicationQuery withContact(String email) {
		return new ApplicationQuery(callId, status, country, category, size, area, investmentIntent, text, among,
				excluding, organisations, email);
	}

}
