package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One submitted application as lists and exports of other modules show it: what
 * identifies it and what staff filter and sort on, without the contact person or the
 * description; {@code answers} are its answers to the call's own questions by key (codes,
 * numbers, booleans, lists of codes).
 */
public record ApplicationRow(long id, String reference, long callId, ApplicationStatus status, String organisationName,
		String country, String registryCode, String category, String size, List<String> contributionAreas,
		Long investmentIntentEur, Long computeDemandGpuHours, String language, Instant submittedAt, Instant decidedAt,
		Map<String, Object> answers) {
}
