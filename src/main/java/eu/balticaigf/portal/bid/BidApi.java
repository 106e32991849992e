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

	BidApi(BidPlans plans) {
		this.plans = plans;
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
		BidPlans.Evaluation evaluation = plans
			.evaluate(slug, new FundingPlan.Scenario(excluded, Set.of(), CommitmentState.SUBMITTED))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no bid " + slug + "."));
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
