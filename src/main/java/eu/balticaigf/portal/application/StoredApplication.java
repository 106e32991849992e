package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.call.Call;

/**
 * A submitted application, as stored. Its state changes (amend, withdraw) are decided here and refused when illegal;
 * {@link ApplicationStore} only writes what this allows.
 */
public record StoredApplication(long id, String reference, long callId, ApplicationStatus status,
		ValidApplication data, String language, Instant submittedAt, Instant withdrawnAt, int version, UUID draftId) {

	public boolean withdrawn() {
		return status == ApplicationStatus.WITHDRAWN;
	}

	/** The applicant may change their mind only while the application is open and the call's window too. */
	boolean changeableAt(Call call, Instant now) {
		return status.allows(ApplicationStatus.Transition.AMEND) && call.isOpenAt(now);
	}

	/** The fields that differ from {@code next}, one line each: "field: old → new". */
	List<String> changesTo(ValidApplication next) {
		ValidApplication old = data;
		java.util.ArrayList<String> changes = new java.util.ArrayList<>();
		diff(changes, "organisationName", old.organisationName(), next.organisationName());
		diff(changes, "country", old.country(), next.country());
		diff(changes, "registryCode", old.registryCode(), next.registryCode());
		diff(changes, "vatNumber", old.vatNumber(), next.vatNumber());
		diff(changes, "pic", old.pic(), next.pic());
		diff(changes, "website", old.website(), next.website());
		diff(changes, "category", old.category(), next.category());
		diff(changes, "organisationSize", old.organisationSize(), next.organisationSize());
		diff(changes, "contactName", old.contactName(), next.contactName());
		diff(changes, "contactEmail", old.contactEmail(), next.contactEmail());
		diff(changes, "contactPhone", old.contactPhone(), next.contactPhone());
		diff(changes, "contributionAreas", String.join(",", old.contributionAreas()),
				String.join(",", next.contributionAreas()));
		diff(changes, "investmentIntentEur", old.investmentIntentEur(), next.investmentIntentEur());
		diff(changes, "computeDemandGpuHours", old.computeDemandGpuHours(), next.computeDemandGpuHours());
		diff(changes, "description", old.description(), next.description());
		diff(changes, "consentDirectory", old.consentDirectory(), next.consentDirectory());
		return changes;
	}

	private static void diff(List<String> changes, String field, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			changes.add(field + ": " + (before == null ? "" : before) + " → " + (after == null ? "" : after));
		}
	}

}
