package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.context.ApplicationContext;

/**
 * Submitted applications for other modules' tests, stored by the intake's own store code
 * (the same insert and status change as a real submission and a real decision, so the
 * summary's triggers see what they see in production), without the form's journey:
 * statistics tests need dozens of applications with chosen statuses and dates. Each has a
 * unique organisation, so the one-per-organisation rule never refuses one.
 */
public final class TestSubmissions {

	private final ApplicationStore store;

	public TestSubmissions(ApplicationContext context) {
		this.store = context.getBean(ApplicationStore.class);
	}

	/**
	 * Stores one application of the call as submitted at {@code submittedAt}, then moves
	 * it to {@code status} (straight, as the store writes any move), and returns its id.
	 */
	public long submit(long callId, ApplicationStatus status, String category, String country, String size,
			Long investmentEur, Long computeGpuHours, Instant submittedAt) {
		String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase();
		ValidApplication answers = new ValidApplication("Secret Organisation " + unique, country, unique, unique, null,
				null, null, category, size, "Test Contact", "contact-" + unique.toLowerCase() + "@applicant.test", null,
				List.of("RESEARCH"), investmentEur, computeGpuHours, "Test application", true, false);
		return store(callId, answers, status, submittedAt).id();
	}

	/**
	 * Stores one application whose contact is {@code contactEmail} (Ona Petraitė, of
	 * "Organisation …"), as {@link #submit} does, with one amendment in its history: the
	 * contact address changed from "old-" + the address and the category from UNIVERSITY
	 * (personal data kept in the history too). Returns its reference.
	 */
	public String submitAmended(long callId, String contactEmail, ApplicationStatus status, String category,
			String country, String size, Instant submittedAt) {
		String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase();
		ValidApplication answers = new ValidApplication("Organisation " + unique, country, unique, unique, null, null,
				null, category, size, "Ona Petraitė", contactEmail, "+37061234567", List.of("RESEARCH"), null, null,
				"Test application", true, false);
		StoredApplication stored = store(callId, answers, status, submittedAt);
		store.recordVersion(stored.id(), 1, "AMENDED", "applicant (private link)", submittedAt,
				List.of(new AnswerChange("contactEmail", "old-" + contactEmail, contactEmail, false),
						new AnswerChange("category", "UNIVERSITY", category, false)));
		return stored.reference();
	}

	private StoredApplication store(long callId, ValidApplication answers, ApplicationStatus status,
			Instant submittedAt) {
		String reference = References.next();
		long id = store.insert(reference, callId, null, answers, "v1", "en", SecureTokens.hash(SecureTokens.newToken()),
				submittedAt);
		if (status != ApplicationStatus.SUBMITTED) {
			store.changeStatus(id, ApplicationStatus.SUBMITTED, status, submittedAt);
		}
		return store.byReference(reference).orElseThrow();
	}

}
