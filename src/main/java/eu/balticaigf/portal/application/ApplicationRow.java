package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;

/**
 * One submitted application as lists and exports of other modules show it: what
 * identifies it and what staff filter and sort on, without the contact person or the
 * description.
 */
public record ApplicationRow(long id, String reference, long callId, ApplicationStatus status, String organisationName,
		String country, String registryCode, String category, String size, List<String> contributionAreas,
		Long investmentIntentEur, Long computeDemandGpuHours, String language, Instant submittedAt, Instant decidedAt) {
}
