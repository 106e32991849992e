package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The plan against a hand-computed example, to the cent: odd amounts, a withdrawn state,
 * a fixed host share, commitments in every state. Then scenarios: what leaving out a
 * country or the unsigned tier changes, and what it leaves alone.
 */
class FundingPlanTests {

	/**
	 * EUR 123,456,789.01 split 17.5 / 17.5 / 65 %; the EU has announced EUR 20,000,000.
	 */
	static final Bid BID = new Bid(1, "test", "Test bid", 12_345_678_901L, 50_000_000_00L, 1750, 1750, 6500,
			2_000_000_000L);

	static final LocalDate JOINED = LocalDate.of(2025, 7, 28);

	static final List<HostState> STATES = List.of(
			new HostState("LT", HostState.Status.COMMITTED, 1_000_000_000L, null, JOINED, JOINED, null),
			new HostState("PL", HostState.Status.COMMITTED, 500_000_050L, null, JOINED, JOINED, null),
			new HostState("LV", HostState.Status.WITHDRAWN, 300_000_000L, null, JOINED, null,
					LocalDate.of(2025, 12, 15)),
			new HostState("CZ", HostState.Status.JOINED, 0, 100_000_000L, LocalDate.of(2025, 11, 20), null, null));

	static Member member(long id, String country, Boolean majorityEuropean) {
		return new Member(id, 1, "Member " + id, country, "INVESTOR", List.of(), null, null, null, "en", true, country,
				majorityEuropean, true, null, "test", Instant.EPOCH, null);
	}

	static final List<Member> MEMBERS = List.of(member(1, "LT", true), member(2, "PL", true), member(3, "LV", true),
			member(4, "FI", false));

	static Commitment commitment(long id, long member, CommitmentKind kind, String amount, CommitmentState state) {
		return new Commitment(id, member, kind, amount == null ? null : new BigDecimal(amount), 5, null, state, null,
				null, null, null, null, Instant.EPOCH, null, null, null, null);
	}

	static final List<Commitment> COMMITMENTS = List.of(
			commitment(1, 1, CommitmentKind.EQUITY, "1000000.10", CommitmentState.VERIFIED),
			commitment(2, 2, CommitmentKind.LOAN, "2500000.55", CommitmentState.SIGNED),
			commitment(3, 3, CommitmentKind.IN_KIND, "333.33", CommitmentState.SUBMITTED),
			commitment(4, 4, CommitmentKind.EQUITY, null, CommitmentState.REQUESTED),
			commitment(5, 4, CommitmentKind.EQUITY, "50", CommitmentState.WITHDRAWN),
			commitment(6, 1, CommitmentKind.PUBLIC_COFINANCING, "250000.25", CommitmentState.SUBMITTED),
			commitment(7, 2, CommitmentKind.GPUS, "60000", CommitmentState.SIGNED),
			commitment(8, 3, CommitmentKind.GPUS, "50000", CommitmentState.SUBMITTED),
			commitment(9, 1, CommitmentKind.SERVICES, "1000", CommitmentState.VERIFIED));

	static FundingPlan.Plan plan(FundingPlan.Scenario scenario) {
		return FundingPlan.compute(BID, STATES, MEMBERS, COMMITMENTS, scenario);
	}

	@Test
	void theWholePlanEqualsTheHandComputedExampleToTheCent() {
		FundingPlan.Plan plan = plan(FundingPlan.Scenario.everything());

		// 12,345,678,901 × 17.5 % = 2,160,493,807.675 cents, half up; private is the
		// rest.
		assertThat(plan.targets()).isEqualTo(new FundingPlan.Sources(2_160_493_808L, 2_160_493_808L, 8_024_691_285L));
		assertThat(plan.targets().total()).isEqualTo(BID.capitalCostCents());
		// Host: LT 1,000,000,000 + PL 500,000,050 (LV withdrew) + public co-financing
		// 25,000,025. Private: 100,000,010 + 250,000,055 + 33,333 (requested and
		// withdrawn
		// commitments, GPUs and services are not money).
		assertThat(plan.pledged()).isEqualTo(new FundingPlan.Sources(2_000_000_000L, 1_525_000_075L, 350_033_398L));
		assertThat(plan.gaps()).isEqualTo(new FundingPlan.Sources(160_493_808L, 635_493_733L, 7_674_657_887L));
		assertThat(plan.gaps().total()).isEqualTo(8_470_645_428L);
		assertThat(plan.privateByState()).containsExactlyInAnyOrderEntriesOf(Map.of(CommitmentState.VERIFIED,
				100_000_010L, CommitmentState.SIGNED, 250_000_055L, CommitmentState.SUBMITTED, 33_333L));
		assertThat(plan.processors()).isEqualTo(110_000);
		assertThat(plan.runningCost()).isEqualTo(50_000_000_00L);
		// The host target less CZ's fixed 100,000,000, shared equally by LT and PL.
		assertThat(plan.countries()).containsExactly(
				new FundingPlan.CountryLine("LT", HostState.Status.COMMITTED, 1_030_246_904L, 1_000_000_000L,
						30_246_904L, 100_000_010L),
				new FundingPlan.CountryLine("PL", HostState.Status.COMMITTED, 1_030_246_904L, 500_000_050L,
						530_246_854L, 250_000_055L),
				new FundingPlan.CountryLine("CZ", HostState.Status.JOINED, 100_000_000L, 0, 100_000_000L, 0));
	}

	@Test
	void leavingOutACountryDropsItsMembersMoneyAndItsPledgeAndNothingElse() {
		FundingPlan.Plan all = plan(FundingPlan.Scenario.everything());
		FundingPlan.Plan withoutLatvia = plan(
				new FundingPlan.Scenario(Set.of("LV"), Set.of(), CommitmentState.SUBMITTED));
		// Latvia withdrew as a state, so only its member's in-kind 333.33 and 50,000 GPUs
		// go.
		assertThat(withoutLatvia.targets()).isEqualTo(all.targets());
		assertThat(withoutLatvia.pledged())
			.isEqualTo(new FundingPlan.Sources(2_000_000_000L, 1_525_000_075L, 350_033_398L - 33_333L));
		assertThat(withoutLatvia.processors()).isEqualTo(60_000);
		assertThat(withoutLatvia.countries()).isEqualTo(all.countries());
		assertThat(withoutLatvia.members()).extracting(Member::country).doesNotContain("LV").hasSize(3);

		FundingPlan.Plan withoutPoland = plan(
				new FundingPlan.Scenario(Set.of("PL"), Set.of(), CommitmentState.SUBMITTED));
		// Poland's pledge 500,000,050 and its member's loan 250,000,055 and GPUs go; its
		// part
		// of the host target moves to Lithuania, the one state without a fixed share.
		assertThat(withoutPoland.pledged())
			.isEqualTo(new FundingPlan.Sources(2_000_000_000L, 1_025_000_025L, 100_033_343L));
		assertThat(withoutPoland.gaps().hostStates()).isEqualTo(all.gaps().hostStates() + 500_000_050L);
		assertThat(withoutPoland.processors()).isEqualTo(50_000);
		assertThat(withoutPoland.countries()).containsExactly(
				new FundingPlan.CountryLine("LT", HostState.Status.COMMITTED, 2_060_493_808L, 1_000_000_000L,
						1_060_493_808L, 100_000_010L),
				new FundingPlan.CountryLine("CZ", HostState.Status.JOINED, 100_000_000L, 0, 100_000_000L, 0));
	}

	@Test
	void aPledgeOverItsTargetLacksNothingAndItsSurplusFillsNoOtherGap() {
		// Poland pledges EUR 15,000,000 against its 10,302,469.04 target; the EU EUR
		// 25,000,000 against 21,604,938.08.
		List<HostState> states = List.of(STATES.get(0),
				new HostState("PL", HostState.Status.COMMITTED, 1_500_000_000L, null, JOINED, JOINED, null),
				STATES.get(3));
		Bid generous = new Bid(1, "test", "Test bid", BID.capitalCostCents(), BID.runningCostCents(), 1750, 1750, 6500,
				2_500_000_000L);
		FundingPlan.Plan plan = FundingPlan.compute(generous, states, MEMBERS, COMMITMENTS,
				FundingPlan.Scenario.everything());

		assertThat(plan.countries()).filteredOn(line -> line.country().equals("PL"))
			.extracting(FundingPlan.CountryLine::hostGap)
			.containsExactly(0L);
		assertThat(plan.countries()).filteredOn(line -> line.country().equals("LT"))
			.extracting(FundingPlan.CountryLine::hostGap)
			.containsExactly(30_246_904L);
		assertThat(plan.gaps().eu()).isZero();
		assertThat(plan.gaps().total()).isEqualTo(plan.gaps().hostStates() + plan.gaps().privateCapital());
	}

	@Test
	void leavingOutTheUnsignedTierCountsOnlySignedAndVerifiedMoney() {
		FundingPlan.Plan signed = plan(new FundingPlan.Scenario(Set.of(), Set.of(), CommitmentState.SIGNED));
		assertThat(signed.pledged())
			.isEqualTo(new FundingPlan.Sources(2_000_000_000L, 1_500_000_050L, 100_000_010L + 250_000_055L));
		assertThat(signed.processors()).isEqualTo(60_000);
		FundingPlan.Plan withoutMember = plan(
				new FundingPlan.Scenario(Set.of(), Set.of(2L), CommitmentState.SUBMITTED));
		assertThat(withoutMember.pledged().privateCapital()).isEqualTo(350_033_398L - 250_000_055L);
	}

	@Test
	void hostTargetsAddUpToTheCentWhenTheyDoNotDivide() {
		List<HostState> three = List.of(new HostState("LT", HostState.Status.JOINED, 0, null, JOINED, null, null),
				new HostState("PL", HostState.Status.JOINED, 0, null, JOINED, null, null),
				new HostState("CZ", HostState.Status.JOINED, 0, null, JOINED, null, null));
		assertThat(FundingPlan.hostTargets(10, three)).containsExactly(Map.entry("LT", 4L), Map.entry("PL", 3L),
				Map.entry("CZ", 3L));
		assertThat(FundingPlan.share(1, 1750)).isZero();
		assertThat(FundingPlan.share(2, 1750)).isZero();
		assertThat(FundingPlan.share(3, 1750)).isEqualTo(1);
	}

}
