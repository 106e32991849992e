package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tender's rules as far as they are known, each judged on the plan's figures with a
 * verdict and the evidence behind it (a message code and its arguments, so that pages say
 * it in the reader's language and the API in English). UNKNOWN where the data needed is
 * missing (ownership not stated), never a guess.
 */
final class Eligibility {

	enum Rule {

		COORDINATOR_IN_EU, EUROPEAN_CAPITAL, NO_HIGH_RISK_VENDOR, AGREEMENT_SIGNED, COMMITMENT_YEARS, PROCESSORS,
		PRIVATE_SHARE;

		String label() {
			return "bid.rule." + name();
		}

	}

	enum Verdict {

		MET, NOT_MET, UNKNOWN;

		String label() {
			return "bid.verdict." + name();
		}

	}

	/**
	 * An amount in cents among the evidence's arguments, written as euros where shown.
	 */
	record Euros(long cents) {
	}

	record Judgement(Rule rule, Verdict verdict, String evidence, List<Object> arguments) {
	}

	/** How many names an evidence lists before it says "and N more". */
	static final int NAMES_SHOWN = 5;

	private Eligibility() {
	}

	static List<Judgement> judge(FundingPlan.Plan plan, List<Commitment> allCommitments, BidSettings settings) {
		Map<Long, Member> members = plan.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
		// What members have promised and not taken back, whether or not an amount is in
		// yet.
		List<Commitment> standing = allCommitments.stream()
			.filter(c -> members.containsKey(c.memberId()) && c.state() != CommitmentState.WITHDRAWN)
			.toList();
		List<Judgement> judgements = new ArrayList<>();
		judgements.add(coordinator(plan.members()));
		judgements.add(europeanCapital(plan, members, settings));
		judgements.add(vendors(standing, members));
		judgements.add(agreement(plan.members()));
		judgements.add(years(standing, members, settings));
		judgements.add(plan.processors() > settings.minProcessors()
				? new Judgement(Rule.PROCESSORS, Verdict.MET, "bid.evidence.processors",
						List.of(plan.processors(), settings.minProcessors()))
				: new Judgement(Rule.PROCESSORS, Verdict.NOT_MET, "bid.evidence.processors",
						List.of(plan.processors(), settings.minProcessors())));
		long privateTarget = plan.targets().privateCapital();
		judgements.add(new Judgement(Rule.PRIVATE_SHARE,
				plan.pledged().privateCapital() >= privateTarget ? Verdict.MET : Verdict.NOT_MET,
				"bid.evidence.private", List.of(new Euros(plan.pledged().privateCapital()), new Euros(privateTarget))));
		return judgements;
	}

	private static Judgement coordinator(List<Member> members) {
		List<Member> coordinators = members.stream().filter(m -> m.roles().contains(MemberRole.COORDINATOR)).toList();
		if (coordinators.isEmpty()) {
			return new Judgement(Rule.COORDINATOR_IN_EU, Verdict.NOT_MET, "bid.evidence.noCoordinator", List.of());
		}
		List<Member> outside = coordinators.stream().filter(m -> Boolean.FALSE.equals(m.euIncorporated())).toList();
		if (!outside.isEmpty()) {
			return new Judgement(Rule.COORDINATOR_IN_EU, Verdict.NOT_MET, "bid.evidence.coordinatorOutside",
					List.of(names(outside)));
		}
		List<Member> unknown = coordinators.stream().filter(m -> m.euIncorporated() == null).toList();
		if (!unknown.isEmpty()) {
			return new Judgement(Rule.COORDINATOR_IN_EU, Verdict.UNKNOWN, "bid.evidence.coordinatorUnknown",
					List.of(names(unknown)));
		}
		return new Judgement(Rule.COORDINATOR_IN_EU, Verdict.MET, "bid.evidence.coordinatorInEu",
				List.of(names(coordinators)));
	}

	/**
	 * Members' capital (equity, loans, in kind, public co-financing, as the plan counts
	 * it) by whether its member is majority European-owned: met when the European part
	 * alone is over the threshold, not met when it stays under even if every unknown
	 * owner were European.
	 */
	private static Judgement europeanCapital(FundingPlan.Plan plan, Map<Long, Member> members, BidSettings settings) {
		long total = 0;
		long european = 0;
		long unknown = 0;
		for (Commitment commitment : plan.counted()) {
			if (!commitment.kind().capital()) {
				continue;
			}
			long cents = FundingPlan.cents(commitment.amount());
			Boolean majority = members.get(commitment.memberId()).majorityEuropean();
			total += cents;
			if (majority == null) {
				unknown += cents;
			}
			else if (majority) {
				european += cents;
			}
		}
		if (total == 0) {
			return new Judgement(Rule.EUROPEAN_CAPITAL, Verdict.UNKNOWN, "bid.evidence.noCapital", List.of());
		}
		BigDecimal threshold = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(settings.europeanCapitalBp()));
		Verdict verdict = BigDecimal.valueOf(european).multiply(BigDecimal.valueOf(10_000)).compareTo(threshold) > 0
				? Verdict.MET
				: BigDecimal.valueOf(european + unknown).multiply(BigDecimal.valueOf(10_000)).compareTo(threshold) <= 0
						? Verdict.NOT_MET : Verdict.UNKNOWN;
		return new Judgement(Rule.EUROPEAN_CAPITAL, verdict, "bid.evidence.european",
				List.of(new Euros(european), new Euros(total), percent(european, total), new Euros(unknown),
						percent(settings.europeanCapitalBp(), 10_000)));
	}

	private static Judgement vendors(List<Commitment> standing, Map<Long, Member> members) {
		Set<Member> committing = standing.stream()
			.map(c -> members.get(c.memberId()))
			.collect(Collectors.toCollection(() -> new java.util.TreeSet<>(Comparator.comparing(Member::id))));
		List<Member> flagged = committing.stream().filter(m -> m.suppliedVendorId() != null).toList();
		if (!flagged.isEmpty()) {
			return new Judgement(Rule.NO_HIGH_RISK_VENDOR, Verdict.NOT_MET, "bid.evidence.flagged",
					List.of(names(flagged)));
		}
		List<Member> unstated = committing.stream().filter(m -> !m.ownershipStated()).toList();
		if (!unstated.isEmpty()) {
			return new Judgement(Rule.NO_HIGH_RISK_VENDOR, Verdict.UNKNOWN, "bid.evidence.vendorUnknown",
					List.of(names(unstated)));
		}
		return new Judgement(Rule.NO_HIGH_RISK_VENDOR, Verdict.MET, "bid.evidence.noFlagged",
				List.of(committing.size()));
	}

	private static Judgement agreement(List<Member> members) {
		if (members.isEmpty()) {
			return new Judgement(Rule.AGREEMENT_SIGNED, Verdict.UNKNOWN, "bid.evidence.noMembers", List.of());
		}
		List<Member> unsigned = members.stream().filter(m -> m.agreementSignedOn() == null).toList();
		if (!unsigned.isEmpty()) {
			return new Judgement(Rule.AGREEMENT_SIGNED, Verdict.NOT_MET, "bid.evidence.unsigned",
					List.of(names(unsigned)));
		}
		String last = members.stream()
			.map(Member::agreementSignedOn)
			.max(Comparator.naturalOrder())
			.map(Object::toString)
			.orElseThrow();
		return new Judgement(Rule.AGREEMENT_SIGNED, Verdict.MET, "bid.evidence.allSigned", List.of(last));
	}

	private static Judgement years(List<Commitment> standing, Map<Long, Member> members, BidSettings settings) {
		List<Commitment> known = standing.stream().filter(c -> c.years() != null).toList();
		if (known.isEmpty()) {
			return new Judgement(Rule.COMMITMENT_YEARS, Verdict.UNKNOWN, "bid.evidence.noYears",
					List.of(settings.minYears()));
		}
		List<Member> short_ = known.stream()
			.filter(c -> c.years() < settings.minYears())
			.map(c -> members.get(c.memberId()))
			.distinct()
			.toList();
		if (!short_.isEmpty()) {
			return new Judgement(Rule.COMMITMENT_YEARS, Verdict.NOT_MET, "bid.evidence.shortYears",
					List.of(settings.minYears(), names(short_)));
		}
		return new Judgement(Rule.COMMITMENT_YEARS, Verdict.MET, "bid.evidence.yearsMet", List.of(settings.minYears()));
	}

	/** The first names, then how many more: evidence stays readable at 2,000 members. */
	static String names(List<Member> members) {
		List<String> names = members.stream().map(Member::organisationName).filter(Objects::nonNull).toList();
		String shown = String.join("; ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
		return names.size() > NAMES_SHOWN ? shown + "; … (+" + (names.size() - NAMES_SHOWN) + ")" : shown;
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
