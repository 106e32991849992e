package eu.balticaigf.portal.application;

import java.time.Instant;

/**
 * An application arrived (published in the transaction that stored it; review and
 * insights may listen).
 */
public record ApplicationSubmitted(String reference, long callId, String country, String category,
		Instant submittedAt) {
}
