package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each rule of the tender once met and once not met (and unknown where the data is
 * missing), on small bids built for the purpose, with the thresholds as settings.
 */
class EligibilityTests {

	static final BidSettings SETTINGS = new BidSettings(5, 100_000, 5000);

	static final Bid BID = new Bid(1, "test", "Test", 1_000_000_00L, 0, 1750, 1750, 6500, 0);

	/** A member in good standing; tests change one thing at a time. */
	record M(long id, List<MemberRole> roles, Boolean eu, Boolean majority, boolean stated, Long vendor,
			LocalDate agreement) {

		static M good(long id) {
			return new M(id, List.of(), true, true, true, null, LocalDate.of(2026, 3, 2));
		}

		M roles(MemberRole... roles) {
			return new M(id, List.of(roles), eu, majority, stated, vendor, agreement);
		}

		M eu(Boolean eu) {
			return new M(id, roles, eu, majority, eu != null, vendor, agreement);
		}

		M majority(Boolean majority) {
			return new M(id, roles, eu, majority, stated, vendor, agreement);
		}

		M vendor(Long vendor) {
			return new M(id, roles, eu, majority, stated, vendor, agreement);
		}

		M agreement(LocalDate agreement) {
			return new M(id, roles, eu, majority, stated, vendor, agreement);
		}

		Member member() {
			return new Member(id, 1, "Member " + id, "LT", "INVESTOR", roles, null, null, null, "en", eu, "LT",
					majority, stated, vendor, "test", Instant.EPOCH, agreement);
		}

	}

	static Commitment money(long id, long member, String euros, int years) {
		return new Commitment(id, member, CommitmentKind.EQUITY, new BigDecimal(euros), years, null,
				CommitmentState.SIGNED, null, null, null, null, null, Instant.EPOCH, null, null, null, null);
	}

	static Commitment gpus(long id, long member, long count) {
		return new Commitment(id, member, CommitmentKind.GPUS, BigDecimal.valueOf(count), 5, null,
				CommitmentState.VERIFIED, null, null, null, null, null, Instant.EPOCH, null, null, null, null);
	}

	static Eligibility.Judgement judge(Eligibility.Rule rule, List<M> members, List<Commitment> commitments) {
		List<Member> all = new ArrayList<>();
		members.forEach(m -> all.add(m.member()));
		FundingPlan.Plan plan = FundingPlan.compute(BID, List.of(), all, commitments,
				FundingPlan.Scenario.everything());
		return Eligibility.judge(plan, commitments, SETTINGS)
			.stream()
			.filter(j -> j.rule() == rule)
			.findFirst()
			.orElseThrow();
	}

	static Eligibility.Verdict verdict(Eligibility.Rule rule, List<M> members, List<Commitment> commitments) {
		return judge(rule, members, commitments).verdict();
	}

	@Test
	void theCoordinatorMustBeIncorporatedInTheEu() {
		Eligibility.Rule rule = Eligibility.Rule.COORDINATOR_IN_EU;
		assertThat(verdict(rule, List.of(M.good(1).roles(MemberRole.COORDINATOR)), List.of()))
			.isEqualTo(Eligibility.Verdict.MET);
		assertThat(verdict(rule, List.of(M.good(1).roles(MemberRole.COORDINATOR).eu(false)), List.of()))
			.isEqualTo(Eligibility.Verdict.NOT_MET);
		assertThat(verdict(rule, List.of(M.good(1)), List.of())).isEqualTo(Eligibility.Verdict.NOT_MET);
		assertThat(verdict(rule, List.of(M.good(1).roles(MemberRole.COORDINATOR).eu(null)), List.of()))
			.isEqualTo(Eligibility.Verdict.UNKNOWN);
	}

	@Test
	void mostOfTheCapitalMustComeFromMajorityEuropeanOwnedMembers() {
		Eligibility.Rule rule = Eligibility.Rule.EUROPEAN_CAPITAL;
		List<M> members = List.of(M.good(1), M.good(2).majority(false), M.good(3).majority(null));
		// 600 of 1,000 European: met.
		assertThat(verdict(rule, members, List.of(money(1, 1, "600", 5), money(2, 2, "400", 5))))
			.isEqualTo(Eligibility.Verdict.MET);
		// Exactly half is not more than half.
		assertThat(verdict(rule, members, List.of(money(1, 1, "500", 5), money(2, 2, "500", 5))))
			.isEqualTo(Eligibility.Verdict.NOT_MET);
		// 400 European, 200 unknown, 400 not: it depends on the unknown owner.
		assertThat(verdict(rule, members, List.of(money(1, 1, "400", 5), money(2, 2, "400", 5), money(3, 3, "200", 5))))
			.isEqualTo(Eligibility.Verdict.UNKNOWN);
		assertThat(judge(rule, members, List.of(money(1, 1, "600", 5), money(2, 2, "400", 5))).arguments())
			.contains(new Eligibility.Euros(600_00), new Eligibility.Euros(1_000_00));
	}

	@Test
	void noCommitmentMayComeFromASupplierOfAListedVendor() {
		Eligibility.Rule rule = Eligibility.Rule.NO_HIGH_RISK_VENDOR;
		assertThat(verdict(rule, List.of(M.good(1), M.good(2)), List.of(money(1, 1, "10", 5))))
			.isEqualTo(Eligibility.Verdict.MET);
		assertThat(verdict(rule, List.of(M.good(1), M.good(2).vendor(7L)), List.of(money(1, 2, "10", 5))))
			.isEqualTo(Eligibility.Verdict.NOT_MET);
		// A flagged member without a commitment does not break the rule.
		assertThat(verdict(rule, List.of(M.good(1), M.good(2).vendor(7L)), List.of(money(1, 1, "10", 5))))
			.isEqualTo(Eligibility.Verdict.MET);
		assertThat(verdict(rule, List.of(M.good(1).eu(null)), List.of(money(1, 1, "10", 5))))
			.isEqualTo(Eligibility.Verdict.UNKNOWN);
	}

	@Test
	void everyMemberMustHaveSignedTheConsortiumAgreement() {
		Eligibility.Rule rule = Eligibility.Rule.AGREEMENT_SIGNED;
		assertThat(verdict(rule, List.of(M.good(1), M.good(2)), List.of())).isEqualTo(Eligibility.Verdict.MET);
		Eligibility.Judgement missing = judge(rule, List.of(M.good(1), M.good(2).agreement(null)), List.of());
		assertThat(missing.verdict()).isEqualTo(Eligibility.Verdict.NOT_MET);
		assertThat(missing.arguments()).containsExactly("Member 2");
	}

	@Test
	void everyCommitmentMustRunForTheLeastYears() {
		Eligibility.Rule rule = Eligibility.Rule.COMMITMENT_YEARS;
		assertThat(verdict(rule, List.of(M.good(1)), List.of(money(1, 1, "10", 5)))).isEqualTo(Eligibility.Verdict.MET);
		assertThat(verdict(rule, List.of(M.good(1)), List.of(money(1, 1, "10", 5), money(2, 1, "10", 4))))
			.isEqualTo(Eligibility.Verdict.NOT_MET);
		assertThat(verdict(rule, List.of(M.good(1)), List.of())).isEqualTo(Eligibility.Verdict.UNKNOWN);
	}

	@Test
	void theProcessorsMustExceedTheGigafactoryThreshold() {
		Eligibility.Rule rule = Eligibility.Rule.PROCESSORS;
		assertThat(verdict(rule, List.of(M.good(1)), List.of(gpus(1, 1, 60_000), gpus(2, 1, 40_001))))
			.isEqualTo(Eligibility.Verdict.MET);
		assertThat(verdict(rule, List.of(M.good(1)), List.of(gpus(1, 1, 60_000), gpus(2, 1, 40_000))))
			.isEqualTo(Eligibility.Verdict.NOT_MET);
	}

	@Test
	void privateMoneyMustReachItsTarget() {
		Eligibility.Rule rule = Eligibility.Rule.PRIVATE_SHARE;
		// 65 % of EUR 1,000,000 is EUR 650,000.
		assertThat(verdict(rule, List.of(M.good(1)), List.of(money(1, 1, "650000.00", 5))))
			.isEqualTo(Eligibility.Verdict.MET);
		assertThat(verdict(rule, List.of(M.good(1)), List.of(money(1, 1, "649999.99", 5))))
			.isEqualTo(Eligibility.Verdict.NOT_MET);
	}

}
