package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
		store.ensureBid(SLUG, "Baltic AI Gigafactory (demo bid)", CAPITAL_COST_CENTS, RUNNING_COST_CENTS);
		Bid bid = store.bid(SLUG).orElseThrow();
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
		// One commitment in each state, and a second for the first members, so that every
		// column of the pages has something.
		CommitmentState[] states = CommitmentState.values();
		CommitmentKind[] kinds = { CommitmentKind.EQUITY, CommitmentKind.GPUS, CommitmentKind.LOAN,
				CommitmentKind.PUBLIC_COFINANCING, CommitmentKind.MEGAWATTS, CommitmentKind.GPU_HOURS,
				CommitmentKind.SERVICES, CommitmentKind.IN_KIND, CommitmentKind.RACKS };
		long[] amounts = { 120_000_000, 2_000, 80_000_000, 250_000_000, 40, 1_500_000, 3_000_000, 10_000_000, 120 };
		for (int i = 0; i < members.size(); i++) {
			seedCommitment(members.get(i), kinds[i % kinds.length], BigDecimal.valueOf(amounts[i % amounts.length]),
					states[i % states.length], now);
		}
	}

	private void seedCommitment(long memberId, CommitmentKind kind, BigDecimal amount, CommitmentState state,
			Instant at) {
		// The demo's private links are random and never shown: nobody can use them.
		long id = store.insertCommitment(memberId, kind,
				UploadedFiles.sha256(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)), BY, at);
		if (state == CommitmentState.REQUESTED) {
			return;
		}
		store.submit(id, amount, 5, null, at);
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
