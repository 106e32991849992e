package eu.balticaigf.portal.application;

import java.time.Instant;

/** The applicant withdrew an application with their private link; final. */
public record ApplicationWithdrawn(String reference, long callId, Instant withdrawnAt) {
}
