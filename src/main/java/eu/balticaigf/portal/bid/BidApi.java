package eu.balticaigf.portal.bid;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A bid's members, funding plan and eligibility for integrations with a staff token
 * (DESIGN.md, "Wave 2 contract"): every amount an integer of euros, the verdicts with
 * their evidence in English; {@code ?exclude=EE,LV} gives the same without those
 * countries (their host pledges and their members' commitments).
 */
@RestController
class BidApi {

	private final BidPlans plans;

	private final BidStore store;

	BidApi(BidPlans plans, BidStore store) {
		this.plans = plans;
		this.store = store;
	}

	record Members(int count, Map<String, Long> byCountry, Map<String, Long> byRole) {
	}

	record Figures(long eu, long hostStates,
			@com.fasterxml.jackson.annotation.JsonProperty("private") long privateCapital) {
	}

	record Country(String country, String status, long targetEur, long pledgedEur, long gapEur,
			long privatePledgedEur) {
	}

	record Funding(long capitalCostEur, long runningCostEur, String runningCostSource, Figures targets, Figures pledged,
			Figures gaps, Map<String, Long> privatePledgedByState, long processors, List<Country> countries) {
	}

	record Rule(String rule, String verdict, String evidence) {
	}

	record BidAnswer(String slug, String title, List<String> excluded, Members members, Funding funding,
			List<Rule> eligibility) {
	}

	@GetMapping("/api/v1/bids/{slug}")
	BidAnswer bid(@PathVariable String slug, @RequestParam(name = "exclude", required = false) List<String> exclude) {
		Set<String> excluded = countries(exclude);
		return answer(evaluate(slug, new FundingPlan.Scenario(excluded, Set.of(), CommitmentState.SUBMITTED)),
				excluded);
	}

	private BidPlans.Evaluation evaluate(String slug, FundingPlan.Scenario scenario) {
		return plans.evaluate(slug, scenario).orElseThrow(BidApi::noBid);
	}

	private static ResponseStatusException noBid() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such bid.");
	}

	private BidAnswer answer(BidPlans.Evaluation evaluation, Set<String> excluded) {
		FundingPlan.Plan plan = evaluation.plan();
		Map<String, Long> byRole = new TreeMap<>();
		plan.members().forEach(m -> m.roles().forEach(r -> byRole.merge(r.name(), 1L, Long::sum)));
		Members members = new Members(plan.members().size(),
				plan.members()
					.stream()
					.collect(Collectors.groupingBy(Member::country, TreeMap::new, Collectors.counting())),
				byRole);
		Map<String, Long> byState = new LinkedHashMap<>();
		plan.privateByState().forEach((state, cents) -> byState.put(state.name(), BidPlans.euros(cents)));
		Funding funding = new Funding(BidPlans.euros(plan.capitalCost()), BidPlans.euros(plan.runningCost()), "private",
				figures(plan.targets()), figures(plan.pledged()), figures(plan.gaps()), byState, plan.processors(),
				plan.countries()
					.stream()
					.map(c -> new Country(c.country(), c.status().name(), BidPlans.euros(c.hostTarget()),
							BidPlans.euros(c.hostPledged()), BidPlans.euros(c.hostGap()),
							BidPlans.euros(c.privatePledged())))
					.toList());
		List<Rule> rules = evaluation.eligibility()
			.stream()
			.map(j -> new Rule(j.rule().name(), j.verdict().name(), plans.evidence(j, Locale.ENGLISH)))
			.toList();
		return new BidAnswer(evaluation.bid().slug(), evaluation.bid().title(), List.copyOf(excluded), members, funding,
				rules);
	}

	record MemberAnswer(long id, String organisation, String country, String category, List<String> roles,
			String applicationReference, Boolean euIncorporated, String ownerCountry, Boolean majorityEuropean,
			boolean suppliesHighRiskVendor, String agreementSignedOn) {
	}

	/** The bid's members with their roles and ownership (no contact: personal data). */
	@GetMapping("/api/v1/bids/{slug}/members")
	List<MemberAnswer> members(@PathVariable String slug) {
		Bid bid = store.bid(slug).orElseThrow(BidApi::noBid);
		return store.members(bid.id())
			.stream()
			.map(m -> new MemberAnswer(m.id(), m.organisationName(), m.country(), m.category(),
					m.roles().stream().map(Enum::name).toList(), m.applicationReference(), m.euIncorporated(),
					m.ownerCountry(), m.majorityEuropean(), m.suppliedVendorId() != null,
					m.agreementSignedOn() == null ? null : m.agreementSignedOn().toString()))
			.toList();
	}

	record CommitmentAnswer(long id, long memberId, String kind, String unit, java.math.BigDecimal amount,
			Integer years, String state, String letterSha256, String withdrawnReason, java.time.Instant requestedAt,
			java.time.Instant submittedAt, java.time.Instant signedAt, java.time.Instant verifiedAt,
			java.time.Instant withdrawnAt) {
	}

	/** Every commitment with its exact amount in its unit and its state's dates. */
	@GetMapping("/api/v1/bids/{slug}/commitments")
	List<CommitmentAnswer> commitments(@PathVariable String slug) {
		Bid bid = store.bid(slug).orElseThrow(BidApi::noBid);
		return store.commitments(bid.id())
			.stream()
			.map(c -> new CommitmentAnswer(c.id(), c.memberId(), c.kind().name(), c.kind().unit().name(), c.amount(),
					c.years(), c.state().name(), c.letterSha256(), c.withdrawnReason(), c.requestedAt(),
					c.submittedAt(), c.signedAt(), c.verifiedAt(), c.withdrawnAt()))
			.toList();
	}

	record ScenarioAnswer(long id, String name, List<String> excludedCountries, List<Long> excludedMembers,
			String lowestCounted) {
	}

	/** The saved scenarios: each one's name and what it leaves out. */
	@GetMapping("/api/v1/bids/{slug}/scenarios")
	List<ScenarioAnswer> scenarios(@PathVariable String slug) {
		Bid bid = store.bid(slug).orElseThrow(BidApi::noBid);
		return store.scenarios(bid.id())
			.stream()
			.map(s -> new ScenarioAnswer(s.id(), s.name(), List.copyOf(s.scenario().excludedCountries()),
					List.copyOf(s.scenario().excludedMembers()), s.scenario().lowestCounted().name()))
			.toList();
	}

	/**
	 * The bid's figures and rules for a saved scenario, in the shape of the bid's own.
	 */
	@GetMapping("/api/v1/bids/{slug}/scenarios/{id}")
	BidAnswer scenario(@PathVariable String slug, @PathVariable long id) {
		Bid bid = store.bid(slug).orElseThrow(BidApi::noBid);
		BidStore.SavedScenario saved = store.scenarios(bid.id())
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scenario."));
		return answer(evaluate(slug, saved.scenario()), saved.scenario().excludedCountries());
	}

	private static Figures figures(FundingPlan.Sources sources) {
		return new Figures(BidPlans.euros(sources.eu()), BidPlans.euros(sources.hostStates()),
				BidPlans.euros(sources.privateCapital()));
	}

	/**
	 * Country codes from {@code EE,LV} or repeated parameters; anything else is a 400.
	 */
	static Set<String> countries(List<String> exclude) {
		if (exclude == null) {
			return Set.of();
		}
		Set<String> codes = new java.util.TreeSet<>();
		exclude.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.forEach(code -> {
				if (!code.matches("[A-Za-z]{2}")) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
							"exclude takes ISO 3166-1 alpha-2 country codes, e.g. EE,LV.");
				}
				codes.add(code.toUpperCase(Locale.ROOT));
			});
		return codes;
	}

}
