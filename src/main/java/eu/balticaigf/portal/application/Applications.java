package eu.balticaigf.portal.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.privacy.DataSubjects;

import org.springframework.stereotype.Service;

/**
 * What other modules may do with submitted applications: read one (also by its
 * applicant's private link), read its amendment history, give the applicant a new private
 * link, and change its status by a named transition. This module decides which
 * transitions are legal ({@link ApplicationStatus}) and writes them; of two staff members
 * deciding at once only the first wins.
 */
@Service
public class Applications {

	/** The closed lists of the form (DESIGN.md §4), for filters in other modules. */
	public static final List<String> CATEGORIES = Choices.CATEGORIES;

	public static final List<String> SIZES = Choices.SIZES;

	public static final List<String> CONTRIBUTION_AREAS = Choices.CONTRIBUTION_AREAS;

	/**
	 * Country names by code in the reader's language (ISO 3166-1 alpha-2 codes of the
	 * form's list).
	 */
	public static Map<String, String> countryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		Choices.countries(locale).forEach(country -> names.put(country.code(), country.name()));
		return names;
	}

	private final ApplicationStore store;

	private final Intake intake;

	private final ApplicationSummaryStore summaries;

	Applications(ApplicationStore store, Intake intake, ApplicationSummaryStore summaries) {
		this.store = store;
		this.intake = intake;
		this.summaries = summaries;
	}

	/**
	 * The call's applications added up (a read model kept exact with every change, so
	 * this costs the same at ten applications or a million), with submissions per day in
	 * {@code zone}.
	 */
	public ApplicationSummary summary(long callId, ZoneId zone) {
		return summaries.summary(callId, zone);
	}

	/**
	 * How often each answer to one of a call's own questions was given: by answer code
	 * ({@code "true"}/{@code "false"} for yes/no), and how many applications answered it.
	 */
	public record AnswerCount(Map<String, Long> byValue, long answered) {
	}

	/**
	 * The answers the call's applications (withdrawn ones aside) gave to these questions,
	 * by question key: for statistics, which protect small counts themselves.
	 */
	public Map<String, AnswerCount> answerCounts(long callId, List<String> keys) {
		return store.answerCounts(callId, keys);
	}

	public Optional<StoredApplication> find(String reference) {
		return store.byReference(reference);
	}

	/**
	 * The application a private link opens: reference and token together, either alone
	 * finds nothing.
	 */
	public Optional<StoredApplication> byPrivateLink(String reference, String token) {
		return intake.byLink(reference, token);
	}

	/**
	 * Adds a private link for the applicant, in the caller's transaction, and returns its
	 * path ({@code /applications/<reference>/<token>}); only the token's hash is kept, so
	 * this is the one chance to send it.
	 */
	public String newPrivateLink(StoredApplication application, Instant now) {
		return store.newPrivateLink(application, now);
	}

	/**
	 * Every version of the application, oldest first: the submission, then each amendment
	 * with what changed.
	 */
	public List<HistoryEntry> history(StoredApplication application) {
		return intake.history(application);
	}

	/**
	 * The demo call's sample applications (demo data only; empty when the demo is off):
	 * other modules' demo data draws on them, such as the demo bid's members.
	 */
	public List<StoredApplication> demoSamples() {
		List<StoredApplication> samples = new java.util.ArrayList<>();
		for (int i = 0; i < DemoApplications.SAMPLES.size(); i++) {
			store.byDraft(DemoApplications.draftId(i)).ifPresent(samples::add);
		}
		return samples;
	}

	/**
	 * The organisations whose latest application (not withdrawn) names this contact
	 * address: whom a sign-in to the partner directory may speak for.
	 */
	public List<ApplyingOrganisation> organisationsWithContact(String email) {
		return store.latestOrganisations("lower(contact_email) = ?", DataSubjects.normalise(email));
	}

	/**
	 * The organisations whose latest application (not withdrawn) consents to the partner
	 * directory: unticking it in an amendment, or withdrawing, removes them at once.
	 */
	public List<ApplyingOrganisation> organisationsConsentingToDirectory() {
		return store.latestOrganisations("consent_directory");
	}

	/**
	 * The organisation with this country and normalised registry code (as in
	 * {@link ApplyingOrganisation}) while it has an application that is not withdrawn,
	 * whatever its consent.
	 */
	public Optional<ApplyingOrganisation> organisation(String country, String registryCode) {
		return store.latestOrganisations("country = ? AND registry_code_normalised = ?", country, registryCode)
			.stream()
			.findFirst();
	}

	/**
	 * The applications (withdrawn ones aside) whose answer to a call's own question
	 * {@code key} is one of {@code values}, in any call, newest first: an offer made
	 * through a call's questions.
	 */
	public List<StoredApplication> answering(String key, java.util.Collection<String> values) {
		return store.answering(key, values);
	}

	/** A change of status that happened: the application as it was, and where it went. */
	public record Transitioned(StoredApplication before, ApplicationStatus to) {

		public ApplicationStatus from() {
			return before.status();
		}

	}

	/**
	 * Changes the application's status by one of the named moves, if it is legal from the
	 * status the caller read ({@link ApplicationStatus#after}) and the application is
	 * still in it; in the caller's transaction.
	 * @throws IllegalTransition when it is not legal, or when someone changed the status
	 * since the caller read it
	 */
	public Transitioned transition(StoredApplication application, ApplicationStatus.Transition transition, Instant at) {
		ApplicationStatus to = application.status().after(transition);
		if (!store.changeStatus(application.id(), application.status(), to, at)) {
			ApplicationStatus now = store.byReference(application.reference()).orElseThrow().status();
			// Judged again against what is there now: "already decided" says more than
			// "try again".
			now.after(transition);
			throw IllegalTransition.concurrent(now, transition);
		}
		return new Transitioned(application, to);
	}

}
