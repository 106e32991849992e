package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bid's money, computed in cents so that every figure is exact: the capital cost's
 * split targets (EU, host states, private; the private target is what the other two
 * leave, so the three always add up to the cost), what each source has pledged, the gap
 * per source and per host state, and the running costs apart (private only, never
 * co-funded). A scenario leaves out countries, members, or commitments below a state.
 *
 * <p>
 * What counts: the EU's announced share; host states' public pledges (withdrawn states
 * pledge nothing) plus members' public co-financing; private money is equity, loans and
 * in-kind contributions. A commitment counts once its member has submitted an amount, or
 * from a higher state the scenario asks for; withdrawn ones never.
 */
final class FundingPlan {

	/** What is left out of the figures. */
	record Scenario(Set<String> excludedCountries, Set<Long> excludedMembers, CommitmentState lowestCounted) {

		static Scenario everything() {
			return new Scenario(Set.of(), Set.of(), CommitmentState.SUBMITTED);
		}

		boolean counts(Member member) {
			return !excludedCountries.contains(member.country()) && !excludedMembers.contains(member.id());
		}

		boolean counts(Commitment commitment) {
			return commitment.amount() != null && commitment.state() != CommitmentState.WITHDRAWN
					&& commitment.state() != CommitmentState.REQUESTED
					&& commitment.state().ordinal() >= lowestCounted.ordinal();
		}

	}

	/** One figure per source of the capital cost, in cents. */
	record Sources(long eu, long hostStates, long privateCapital) {

		long total() {
			return eu + hostStates + privateCapital;
		}

		/**
		 * What each source still lacks of these targets: a source that pledged more than
		 * its target lacks nothing, and its surplus does not fill another source's gap.
		 */
		Sources stillMissing(Sources pledged) {
			return new Sources(missing(eu, pledged.eu), missing(hostStates, pledged.hostStates),
					missing(privateCapital, pledged.privateCapital));
		}

	}

	/**
	 * A participating host state's part: expected, pledged, missing; and its members'
	 * private money.
	 */
	record CountryLine(String country, HostState.Status status, long hostTarget, long hostPledged, long hostGap,
			long privatePledged) {
	}

	record Plan(long capitalCost, long runningCost, Sources targets, Sources pledged, Sources gaps,
			Map<CommitmentState, Long> privateByState, long processors, List<CountryLine> countries,
			List<Member> members, List<Commitment> counted) {
	}

	private FundingPlan() {
	}

	/**
	 * What a target still lacks: never below zero, since a surplus covers only itself.
	 */
	static long missing(long target, long pledged) {
		return Math.max(0, target - pledged);
	}

	static Plan compute(Bid bid, List<HostState> states, List<Member> allMembers, List<Commitment> commitments,
			Scenario scenario) {
		long eu = share(bid.capitalCostCents(), bid.targetEuBp());
		long host = share(bid.capitalCostCents(), bid.targetHostBp());
		Sources targets = new Sources(eu, host, bid.capitalCostCents() - eu - host);

		List<Member> members = allMembers.stream().filter(scenario::counts).toList();
		Map<Long, Member> byId = members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
		List<Commitment> counted = commitments.stream()
			.filter(c -> byId.containsKey(c.memberId()) && scenario.counts(c))
			.toList();

		long privateCapital = 0;
		long publicCofinancing = 0;
		long processors = 0;
		Map<CommitmentState, Long> privateByState = new EnumMap<>(CommitmentState.class);
		for (CommitmentState state : List.of(CommitmentState.VERIFIED, CommitmentState.SIGNED,
				CommitmentState.SUBMITTED)) {
			privateByState.put(state, 0L);
		}
		Map<String, Long> privateByCountry = new TreeMap<>();
		for (Commitment commitment : counted) {
			switch (commitment.kind()) {
				case EQUITY, LOAN, IN_KIND -> {
					long cents = cents(commitment.amount());
					privateCapital += cents;
					privateByState.merge(commitment.state(), cents, Long::sum);
					privateByCountry.merge(byId.get(commitment.memberId()).country(), cents, Long::sum);
				}
				case PUBLIC_COFINANCING -> publicCofinancing += cents(commitment.amount());
				case GPUS -> processors += commitment.amount().longValue();
				default -> {
					// Capacity and services are not capital: they show in the
					// commitments.
				}
			}
		}

		List<HostState> participating = states.stream()
			.filter(HostState::participating)
			.filter(s -> !scenario.excludedCountries().contains(s.country()))
			.toList();
		long statePledges = participating.stream().mapToLong(HostState::pledgeCents).sum();
		Sources pledged = new Sources(bid.euPledgeCents(), statePledges + publicCofinancing, privateCapital);

		Map<String, Long> hostTargets = hostTargets(host, participating);
		List<CountryLine> countries = new ArrayList<>();
		for (HostState state : participating) {
			long target = hostTargets.get(state.country());
			countries.add(new CountryLine(state.country(), state.status(), target, state.pledgeCents(),
					missing(target, state.pledgeCents()), privateByCountry.getOrDefault(state.country(), 0L)));
		}
		return new Plan(bid.capitalCostCents(), bid.runningCostCents(), targets, pledged, targets.stillMissing(pledged),
				privateByState, processors, countries, members, counted);
	}

	/** {@code basisPoints} of {@code cents}, rounded half up to the cent. */
	static long share(long cents, int basisPoints) {
		return BigDecimal.valueOf(cents)
			.multiply(BigDecimal.valueOf(basisPoints))
			.divide(BigDecimal.valueOf(10_000), 0, java.math.RoundingMode.HALF_UP)
			.longValueExact();
	}

	/**
	 * Each participating state's expected part of the host-state target: its own where
	 * staff set one, else an equal part of what those leave; the cents that do not divide
	 * go to the first states, so the parts add up to the target exactly.
	 */
	static Map<String, Long> hostTargets(long hostTarget, List<HostState> participating) {
		Map<String, Long> targets = new LinkedHashMap<>();
		long fixed = participating.stream()
			.filter(s -> s.shareTargetCents() != null)
			.mapToLong(HostState::shareTargetCents)
			.sum();
		List<HostState> open = participating.stream().filter(s -> s.shareTargetCents() == null).toList();
		long rest = Math.max(0, hostTarget - fixed);
		long each = open.isEmpty() ? 0 : rest / open.size();
		long left = open.isEmpty() ? 0 : rest % open.size();
		for (HostState state : participating) {
			if (state.shareTargetCents() != null) {
				targets.put(state.country(), state.shareTargetCents());
			}
			else {
				targets.put(state.country(), each + (left-- > 0 ? 1 : 0));
			}
		}
		return targets;
	}

	/** An amount in euros (at most two decimals) in cents. */
	static long cents(BigDecimal euros) {
		return euros.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
	}

}
