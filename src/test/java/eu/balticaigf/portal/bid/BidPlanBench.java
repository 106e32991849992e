package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.BenchTiming;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;

/**
 * Issue 16's figure, run by {@code bench/bid-plan.sh} (skipped in the suite): for a bid
 * of 2,000 members and 10,000 commitments, recomputing the funding plan and every rule
 * against one plain SELECT of the same rows, in the same run on the same database; and
 * the readiness page at that size (over HTTP, signed in) against the same plain SELECT.
 * Each figure is the median of the runs after a warm-up; the ratios are printed.
 */
@PortalTest
@EnabledIfSystemProperty(named = "bid.bench", matches = "true")
class BidPlanBench extends PortalIntegrationTest {

	static final int MEMBERS = 2_000;

	static final int COMMITMENTS_PER_MEMBER = 5;

	@Autowired
	BidStore store;

	@Autowired
	BidPlans plans;

	@Test
	void measure() {
		int runs = Integer.getInteger("bid.bench.runs", 15);
		long bid = seed();
		// The columns the plan reads, each row as it comes: what any computation must pay
		// at least.
		Supplier<Object> plain = () -> jdbc.sql("""
				SELECT m.id, m.organisation_name, m.country, m.category, m.roles, m.application_reference,
				       m.contact_name, m.contact_email, m.language, m.eu_incorporated, m.owner_country,
				       m.majority_european, m.ownership_stated, m.supplied_vendor_id, m.added_by, m.added_at,
				       m.agreement_signed_on, c.id, c.kind, c.amount, c.years, c.conditions, c.state, c.signatory_name,
				       c.letter_name, c.letter_sha256, c.letter_size, c.withdrawn_reason, c.requested_at,
				       c.submitted_at, c.signed_at, c.verified_at, c.withdrawn_at
				FROM bid_commitment c JOIN bid_member m ON m.id = c.member_id WHERE m.bid_id = ?""")
			.param(bid)
			.query((rs, n) -> {
				Object[] row = new Object[33];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getObject(i + 1);
				}
				return row;
			})
			.list()
			.size();
		Supplier<Object> plan = () -> plans.evaluate("bench", FundingPlan.Scenario.everything())
			.orElseThrow()
			.eligibility()
			.size();
		Visitor staff = signedIn(Role.VIEWER);
		Supplier<Object> readiness = () -> {
			Page page = staff.open("/staff/bids/bench/readiness");
			assertThat(page.status()).isEqualTo(200);
			return page.body().length();
		};
		assertThat(plain.get()).isEqualTo(MEMBERS * COMMITMENTS_PER_MEMBER);
		double select = BenchTiming.medianMillis(plain, runs);
		double evaluation = BenchTiming.medianMillis(plan, runs);
		double page = BenchTiming.medianMillis(readiness, runs);
		System.out.printf("BENCH bid of %,d members and %,d commitments, median of %d runs after warm-up%n", MEMBERS,
				MEMBERS * COMMITMENTS_PER_MEMBER, runs);
		System.out.printf("BENCH plain SELECT of the rows      %8.1f ms%n", select);
		System.out.printf("BENCH plan + every rule recomputed  %8.1f ms  = %.2f x the plain SELECT%n", evaluation,
				evaluation / select);
		System.out.printf("BENCH readiness page (HTTP)         %8.1f ms  = %.2f x the plain SELECT%n", page,
				page / select);
	}

	/**
	 * The bench bid: members across five countries, commitments of every kind and state.
	 */
	private long seed() {
		store.ensureBid("bench", "Bench bid", 3_000_000_000_00L, 150_000_000_00L, 525_000_000_00L);
		long bid = store.bid("bench").orElseThrow().id();
		jdbc.sql(
				"""
						INSERT INTO bid_member (bid_id, organisation_name, country, category, roles, contact_name, contact_email,
						                        language, eu_incorporated, owner_country, majority_european, ownership_stated,
						                        added_by, agreement_signed_on)
						SELECT ?, 'Bench member ' || n, (ARRAY['LT','PL','CZ','EE','LV'])[1 + n % 5], 'TECHNOLOGY_PROVIDER',
						       CASE WHEN n = 1 THEN ARRAY['COORDINATOR'] ELSE ARRAY['OPERATOR','LENDER'] END,
						       'Bench Contact ' || n, 'bench-' || n || '@example.com', 'en', true,
						       (ARRAY['LT','PL','CZ','EE','LV'])[1 + n % 5], n % 10 <> 0, true, 'bench',
						       CASE WHEN n % 50 = 0 THEN NULL ELSE DATE '2026-03-02' END
						FROM generate_series(1, ?) AS n""")
			.params(bid, MEMBERS)
			.update();
		jdbc.sql(
				"""
						INSERT INTO bid_commitment (member_id, kind, amount, years, state, token_hash, requested_by, requested_at,
						                            submitted_at, changed_at)
						SELECT m.id, (ARRAY['EQUITY','LOAN','IN_KIND','GPUS','MEGAWATTS'])[k],
						       CASE WHEN k = 4 THEN 50 ELSE 100000 + m.id % 1000 END, 5 + k,
						       (ARRAY['REQUESTED','SUBMITTED','SIGNED','VERIFIED','WITHDRAWN'])[1 + (m.id + k) % 5],
						       'bench-' || m.id || '-' || k, 'bench', now(), now(), now()
						FROM bid_member m, generate_series(1, ?) AS k WHERE m.bid_id = ?""")
			.params(COMMITMENTS_PER_MEMBER, bid)
			.update();
		return bid;
	}

}
