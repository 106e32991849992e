package eu.balticaigf.portal.bid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member of the bid. Ownership is unknown (null) until stated; {@code suppliedVendorId}
 * is the listed high-risk vendor whose equipment the member supplies, null for none.
 * {@code applicationReference} is null for a member an admin added directly;
 * {@code agreementSignedOn} the date it signed the consortium agreement (null: not yet).
 */
record Member(long id, long bidId, String organisationName, String country, String category, List<MemberRole> roles,
		String applicationReference, String contactName, String contactEmail, String language, Boolean euIncorporated,
		String ownerCountry, Boolean majorityEuropean, boolean ownershipStated, Long suppliedVendorId, String addedBy,
		Instant addedAt, LocalDate agreementSignedOn) {
}
