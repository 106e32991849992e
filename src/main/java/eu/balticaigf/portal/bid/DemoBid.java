package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.shared.OnePagePdf;
import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo bid ({@value #SLUG}), so that its pages are alive on a fresh start: members
 * drawn from the demo call's sample applications and a few national bodies added
 * directly, with commitments in every state. No e-mail goes out for it. Created once (the
 * bid's slug is unique; members only when it has none).
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoBid implements ApplicationRunner {

	static final String SLUG = "demo";

	static final String BY = "demo";

	/** About EUR 3 billion (the call), in cents. */
	static final long CAPITAL_COST_CENTS = 3_000_000_000L * 100;

	static final long RUNNING_COST_CENTS = 150_000_000L * 100;

	/** The EU's 17.5 % of the capital cost, as if announced. */
	static final long EU_PLEDGE_CENTS = 525_000_000L * 100;

	record Direct(String organisation, String country, String category, List<MemberRole> roles, String contact,
			String email, String language) {
	}

	static final List<Direct> DIRECT = List.of(
			new Direct("Ekonomikos ir inovacijų ministerija (pavyzdys)", "LT", "PUBLIC_SECTOR",
					List.of(MemberRole.COORDINATOR), "Ona Petraitė", "ona.petraite@example.lt", "lt"),
			new Direct("Ministerstwo Cyfryzacji (przykład)", "PL", "PUBLIC_SECTOR", List.of(MemberRole.SITE_HOST),
					"Anna Nowak", "anna.nowak@example.pl", "pl"),
			new Direct("Ministerstvo průmyslu a obchodu (příklad)", "CZ", "PUBLIC_SECTOR",
					List.of(MemberRole.SITE_HOST), "Jana Nováková", "jana.novakova@example.cz", "en"),
			new Direct("Baltic Compute Lenders (sample)", "FI", "INVESTOR", List.of(MemberRole.LENDER), "Mikko Laine",
					"mikko@example.fi", "en"));

	private final BidStore store;

	private final Applications applications;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoBid(BidStore store, Applications applications, TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.applications = applications;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> seed());
	}

	private void seed() {
		store.ensureBid(SLUG, "Baltic AI Gigafactory (demo bid)", CAPITAL_COST_CENTS, RUNNING_COST_CENTS,
				EU_PLEDGE_CENTS);
		Bid bid = store.bid(SLUG).orElseThrow();
		seedHostStates(bid);
		// The scenario the demo is about: Estonia and Latvia left in December 2025.
		store.insertScenario(bid.id(), "Without Estonia and Latvia",
				new FundingPlan.Scenario(new java.util.TreeSet<>(List.of("EE", "LV")), Set.of(),
						CommitmentState.SUBMITTED),
				BY, clock.instant());
		if (store.agreement(bid.id()).isEmpty()) {
			byte[] agreement = OnePagePdf.of("Consortium agreement (demo)");
			store.putAgreement(bid.id(), new UploadedFiles.Checked("consortium-agreement.pdf", UploadedFiles.Kind.PDF,
					agreement.length, UploadedFiles.sha256(agreement), agreement), BY, clock.instant());
		}
		if (!store.members(bid.id()).isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		List<Long> members = new ArrayList<>();
		for (StoredApplication sample : applications.demoSamples()) {
			store
				.insertMember(bid.id(), sample.data().organisationName(), sample.data().country(),
						sample.data().category(), List.of(), sample.reference(), sample.data().contactName(),
						sample.data().contactEmail(), sample.language(), BY, now)
				.ifPresent(members::add);
		}
		for (Direct direct : DIRECT) {
			store
				.insertMember(bid.id(), direct.organisation(), direct.country(), direct.category(), direct.roles(),
						null, direct.contact(), direct.email(), direct.language(), BY, now)
				.ifPresent(members::add);
		}
		// Roles, ownership and commitments in every state, so that each page and rule has
		// something to say (see DEMO_MEMBERS); the Czech ministry states no ownership
		// yet.
		for (int i = 0; i < members.size() && i < DEMO_MEMBERS.size(); i++) {
			DemoMember demo = DEMO_MEMBERS.get(i);
			long id = members.get(i);
			if (demo.euIncorporated() != null) {
				store.stateOwnership(id, demo.roles(), demo.euIncorporated(), demo.ownerCountry(),
						demo.majorityEuropean(), null);
			}
			if (demo.agreementSigned()) {
				store.signAgreement(id, AGREEMENT_SIGNED_ON);
			}
			for (DemoCommitment commitment : demo.commitments()) {
				seedCommitment(id, commitment.kind(), BigDecimal.valueOf(commitment.amount()), commitment.years(),
						commitment.state(), now);
			}
		}
	}

	/**
	 * The participating states as public reports tell it: Lithuania, Poland, Latvia and
	 * Estonia from the call (28 July 2025), Czechia from November 2025, Estonia and
	 * Latvia out in December 2025. Pledges are illustrative.
	 */
	private void seedHostStates(Bid bid) {
		if (!store.hostStates(bid.id()).isEmpty()) {
			return;
		}
		LocalDate call = LocalDate.of(2025, 7, 28);
		LocalDate left = LocalDate.of(2025, 12, 15);
		store.putHostState(bid.id(), new HostState("LT", HostState.Status.COMMITTED, 150_000_000_00L, null, call,
				LocalDate.of(2025, 10, 1), null));
		store.putHostState(bid.id(), new HostState("PL", HostState.Status.COMMITTED, 300_000_000_00L, null, call,
				LocalDate.of(2025, 10, 1), null));
		store.putHostState(bid.id(),
				new HostState("LV", HostState.Status.WITHDRAWN, 20_000_000_00L, null, call, null, left));
		store.putHostState(bid.id(),
				new HostState("EE", HostState.Status.WITHDRAWN, 20_000_000_00L, null, call, null, left));
		store.putHostState(bid.id(), new HostState("CZ", HostState.Status.JOINED, 50_000_000_00L, null,
				LocalDate.of(2025, 11, 20), null, null));
	}

	static final LocalDate AGREEMENT_SIGNED_ON = LocalDate.of(2026, 3, 2);

	record DemoCommitment(CommitmentKind kind, long amount, int years, CommitmentState state) {
	}

	record DemoMember(List<MemberRole> roles, Boolean euIncorporated, String ownerCountry, Boolean majorityEuropean,
			boolean agreementSigned, List<DemoCommitment> commitments) {
	}

	/** In the order the members are added: the five sample applications, then DIRECT. */
	static final List<DemoMember> DEMO_MEMBERS = List.of(
			new DemoMember(List.of(MemberRole.OPERATOR, MemberRole.HARDWARE), true, "LT", true, true,
					List.of(new DemoCommitment(CommitmentKind.EQUITY, 120_000_000, 10, CommitmentState.VERIFIED),
							new DemoCommitment(CommitmentKind.GPUS, 20_000, 5, CommitmentState.SIGNED))),
			new DemoMember(List.of(MemberRole.RESEARCH_PARTNER, MemberRole.ANCHOR_USER), true, "PL", true, true,
					List.of(new DemoCommitment(CommitmentKind.GPU_HOURS, 1_500_000, 5, CommitmentState.SIGNED))),
			new DemoMember(List.of(MemberRole.ANCHOR_USER), true, "LV", true, false,
					List.of(new DemoCommitment(CommitmentKind.EQUITY, 5_000_000, 5, CommitmentState.SUBMITTED),
							new DemoCommitment(CommitmentKind.GPUS, 2_000, 5, CommitmentState.WITHDRAWN))),
			new DemoMember(List.of(MemberRole.ENERGY, MemberRole.COOLING), true, "EE", true, true,
					List.of(new DemoCommitment(CommitmentKind.IN_KIND, 40_000_000, 7, CommitmentState.SIGNED))),
			new DemoMember(List.of(MemberRole.EQUITY_INVESTOR), true, "FI", true, true,
					List.of(new DemoCommitment(CommitmentKind.EQUITY, 300_000_000, 8, CommitmentState.SIGNED),
							new DemoCommitment(CommitmentKind.LOAN, 200_000_000, 10, CommitmentState.REQUESTED))),
			new DemoMember(List.of(MemberRole.COORDINATOR), true, "LT", true, true, List.of()),
			new DemoMember(List.of(MemberRole.SITE_HOST), true, "PL", true, true,
					List.of(new DemoCommitment(CommitmentKind.MEGAWATTS, 40, 10, CommitmentState.VERIFIED))),
			new DemoMember(List.of(MemberRole.SITE_HOST), null, null, null, false,
					List.of(new DemoCommitment(CommitmentKind.RACKS, 120, 5, CommitmentState.SUBMITTED))),
			new DemoMember(List.of(MemberRole.LENDER), true, "FI", true, true,
					List.of(new DemoCommitment(CommitmentKind.LOAN, 250_000_000, 10, CommitmentState.VERIFIED))));

	private void seedCommitment(long memberId, CommitmentKind kind, BigDecimal amount, int years, CommitmentState state,
			Instant at) {
		// The demo's private links are random and never shown: nobody can use them.
		long id = store.insertCommitment(memberId, kind,
				UploadedFiles.sha256(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)), BY, at);
		if (state == CommitmentState.REQUESTED) {
			return;
		}
		store.submit(id, amount, years, null, at);
		if (state == CommitmentState.SUBMITTED) {
			return;
		}
		if (state == CommitmentState.WITHDRAWN) {
			store.withdraw(id, CommitmentState.SUBMITTED, "Demo: the board did not approve the amount.", at);
			return;
		}
		byte[] letter = OnePagePdf.of("Letter of commitment (demo)");
		store.sign(id, "Demo Signatory", new UploadedFiles.Checked("letter-of-commitment.pdf", UploadedFiles.Kind.PDF,
				letter.length, UploadedFiles.sha256(letter), letter), at);
		if (state == CommitmentState.VERIFIED) {
			store.verify(id, BY, at);
		}
	}

}
