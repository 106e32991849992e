package eu.balticaigf.portal.bid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in the bid: an accepted application becomes a member with its organisation and
 * contact, an admin adds a member directly (a national body), and each member states its
 * ownership. Every change is audited.
 */
@Service
class Members {

	/** Why an application cannot become a member. */
	enum Refusal {

		UNKNOWN_APPLICATION, NOT_ACCEPTED, ALREADY_MEMBER

	}

	static final class Refused extends RuntimeException {

		private final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}

		Refusal refusal() {
			return refusal;
		}

	}

	private final BidStore store;

	private final Applications applications;

	private final AuditLog audit;

	private final Clock clock;

	Members(BidStore store, Applications applications, AuditLog audit, Clock clock) {
		this.store = store;
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The accepted application with this reference joins the bid, with its organisation,
	 * country, category, contact and language; its roles and ownership are stated next.
	 * @throws Refused when there is no such application, it is not accepted, or it is a
	 * member already (a second click)
	 */
	@Transactional
	long join(Bid bid, String reference, String by) {
		StoredApplication application = applications.find(reference.strip())
			.orElseThrow(() -> new Refused(Refusal.UNKNOWN_APPLICATION));
		if (application.status() != ApplicationStatus.ACCEPTED) {
			throw new Refused(Refusal.NOT_ACCEPTED);
		}
		long id = store
			.insertMember(bid.id(), application.data().organisationName(), application.data().country(),
					application.data().category(), List.of(), application.reference(), application.data().contactName(),
					application.data().contactEmail(), application.language(), by, clock.instant())
			.orElseThrow(() -> new Refused(Refusal.ALREADY_MEMBER));
		audit.record(by, "bid.member.joined", AuditLog.Target.of("bid-member", id), null,
				Map.of("application", application.reference(), "organisation", application.data().organisationName()));
		return id;
	}

	/**
	 * A member added directly by an admin (a national body, a lender without an
	 * application).
	 */
	@Transactional
	long add(Bid bid, String organisation, String country, String category, List<MemberRole> roles, String contactName,
			String contactEmail, String language, String by) {
		long id = store
			.insertMember(bid.id(), organisation, country, category, roles, null, contactName, contactEmail, language,
					by, clock.instant())
			.orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("organisation", organisation);
		after.put("country", country);
		after.put("category", category);
		after.put("roles", roles.stream().map(Enum::name).toList());
		audit.record(by, "bid.member.added", AuditLog.Target.of("bid-member", id), null, after);
		return id;
	}

	/** The member's roles and ownership as it states them. */
	@Transactional
	void stateOwnership(Member member, List<MemberRole> roles, boolean euIncorporated, String ownerCountry,
			boolean majorityEuropean, Long vendorId, String by) {
		store.stateOwnership(member.id(), roles, euIncorporated, ownerCountry, majorityEuropean, vendorId);
		audit.record(by, "bid.member.ownership-stated", AuditLog.Target.of("bid-member", member.id()),
				ownership(member.roles(), member.euIncorporated(), member.ownerCountry(), member.majorityEuropean(),
						member.suppliedVendorId()),
				ownership(roles, euIncorporated, ownerCountry, majorityEuropean, vendorId));
	}

	/** False when the vendor is listed already. */
	@Transactional
	boolean addVendor(String name, String by) {
		boolean added = store.addVendor(name, by, clock.instant());
		if (added) {
			audit.record(by, "bid.vendor.listed", AuditLog.Target.NONE, null, Map.of("vendor", name));
		}
		return added;
	}

	/**
	 * The date the member signed the consortium agreement, or null when it has not (a
	 * date recorded by mistake is taken back).
	 */
	@Transactional
	void recordAgreement(Member member, LocalDate signedOn, String by) {
		store.signAgreement(member.id(), signedOn);
		audit.record(by, "bid.member.agreement-signed", AuditLog.Target.of("bid-member", member.id()),
				dated(member.agreementSignedOn()), dated(signedOn));
	}

	/**
	 * The consortium agreement's document (a PDF checked by content), replacing the one
	 * before.
	 */
	@Transactional
	void keepAgreement(Bid bid, UploadedFiles.Checked document, String by) {
		store.putAgreement(bid.id(), document, by, clock.instant());
		audit.record(by, "bid.agreement.uploaded", AuditLog.Target.of("bid", bid.slug()), null,
				Map.of("document", document.name(), "sha256", document.sha256()));
	}

	private static Map<String, Object> dated(LocalDate on) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("agreementSignedOn", on == null ? null : on.toString());
		return state;
	}

	Optional<Member> member(Bid bid, long id) {
		return store.member(bid.id(), id);
	}

	private static Map<String, Object> ownership(List<MemberRole> roles, Boolean eu, String ownerCountry,
			Boolean majority, Long vendor) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("roles", roles.stream().map(Enum::name).toList());
		state.put("euIncorporated", eu);
		state.put("ownerCountry", ownerCountry);
		state.put("majorityEuropean", majority);
		state.put("suppliedVendor", vendor);
		return state;
	}

}
