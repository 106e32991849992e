package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member's commitment: amount (in the kind's unit, exact), years and conditions once
 * the member submitted them; the signed letter's name, size and SHA-256 once signed.
 */
record Commitment(long id, long memberId, CommitmentKind kind, BigDecimal amount, Integer years, String conditions,
		CommitmentState state, String signatoryName, String letterName, String letterSha256, Long letterSize,
		String withdrawnReason, Instant requestedAt, Instant submittedAt, Instant signedAt, Instant verifiedAt,
		Instant withdrawnAt) {
}
