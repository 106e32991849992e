package eu.balticaigf.portal.application;

import java.time.Instant;

/**
 * The applicant withdrew an application with their private link; final.
 * {@code previousStatus} is the stage it left; {@code reason} is what the applicant chose
 * to say, possibly blank (they owe none).
 */
public record ApplicationWithdrawn(String reference, long callId, Instant withdrawnAt, ApplicationStatus previousStatus,
		String reason) {
}
