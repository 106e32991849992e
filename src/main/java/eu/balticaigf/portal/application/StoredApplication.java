package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import eu.balticaigf.portal.call.Call;

/**
 * A submitted application, as stored. Its state changes (amend, withdraw) are decided
 * here and refused when illegal; {@link ApplicationStore} only writes what this allows.
 * {@code decidedAt} is when it was accepted or declined (null while undecided),
 * {@code withdrawnAt} when its applicant withdrew it.
 */
public record StoredApplication(long id, String reference, long callId, ApplicationStatus status, ValidApplication data,
		String language, Instant submittedAt, Instant decidedAt, Instant withdrawnAt, int version, UUID draftId) {

	public boolean withdrawn() {
		return status == ApplicationStatus.WITHDRAWN;
	}

	/**
	 * The applicant may change their mind only while the application is open and the
	 * call's window too.
	 */
	boolean changeableAt(Call call, Instant now) {
		return status.allows(ApplicationStatus.Transition.AMEND) && call.isOpenAt(now);
	}

	/**
	 * The answers that differ in {@code next}, in the form's order, with their codes and
	 * values before and after.
	 */
	List<AnswerChange> changesTo(ValidApplication next) {
		ValidApplication old = data;
		List<AnswerChange> changes = new ArrayList<>();
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
		diff(changes, "contributionAreas", old.contributionAreas(), next.contributionAreas());
		diff(changes, "investmentIntentEur", old.investmentIntentEur(), next.investmentIntentEur());
		diff(changes, "computeDemandGpuHours", old.computeDemandGpuHours(), next.computeDemandGpuHours());
		diff(changes, "description", old.description(), next.description());
		diff(changes, "consentDirectory", old.consentDirectory(), next.consentDirectory());
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(old.answers().keySet());
		keys.addAll(next.answers().keySet());
		for (String key : keys) {
			Object before = old.answers().get(key);
			Object after = next.answers().get(key);
			if (!Objects.equals(comparable(before), comparable(after))) {
				changes.add(AnswerChange.of(QuestionAnswers.PREFIX + key, before, after));
			}
		}
		return changes;
	}

	/** 10, 10.0 and 10.00 are the same answer, however they were read back. */
	private static Object comparable(Object answer) {
		return answer instanceof Number number ? new java.math.BigDecimal(number.toString()).stripTrailingZeros()
				: answer;
	}

	private static void diff(List<AnswerChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(AnswerChange.of(field, before, after));
		}
	}

}
