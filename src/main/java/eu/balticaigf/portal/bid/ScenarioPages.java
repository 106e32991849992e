package eu.balticaigf.portal.bid;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved scenarios of a bid: a name and what is left out (countries, members, commitments
 * not yet signed or verified), listed with their headline figures, and two compared side
 * by side with every figure recomputed. Everyone on staff reads; reviewers and admins
 * save.
 */
@Controller
class ScenarioPages {

	/** The value that stands for the whole bid, nothing left out, in the comparison. */
	static final String WHOLE_BID = "0";

	private final BidStore store;

	private final BidPlans plans;

	private final PlanFigures figures;

	ScenarioPages(BidStore store, BidPlans plans, PlanFigures figures) {
		this.store = store;
		this.plans = plans;
		this.figures = figures;
	}

	record NewScenario(String name, List<String> countries, List<String> members, String tier) {
	}

	record Listed(long id, String name, String leftOut, String verdicts, String privateGap) {
	}

	record ScenariosView(String base, String title, List<Listed> scenarios, List<Option> countries,
			List<Option> members, List<Option> tiers, List<Option> comparable) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/scenarios")
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("view", view(bid(slug)));
		return "bid/scenarios";
	}

	@PostMapping(BidPages.BASE + "/{slug}/scenarios")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String save(@PathVariable String slug, @ModelAttribute("scenario") NewScenario form, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		String name = CommitmentAnswers.required(form.name(), "name", 100, "bid.error.scenarioName", errors);
		Set<String> countries = new TreeSet<>(form.countries() == null ? List.of() : form.countries());
		if (!choosableCountries(bid).containsAll(countries)) {
			errors.rejectValue("countries", "bid.error.country");
		}
		Set<Long> memberIds = store.members(bid.id()).stream().map(Member::id).collect(Collectors.toSet());
		Set<Long> members = new TreeSet<>();
		for (String typed : form.members() == null ? List.<String>of() : form.members()) {
			if (!typed.matches("\\d{1,18}") || !memberIds.contains(Long.valueOf(typed))) {
				errors.rejectValue("members", "bid.error.scenarioMember");
				break;
			}
			members.add(Long.valueOf(typed));
		}
		CommitmentState lowest = tier(form.tier());
		if (lowest == null) {
			errors.rejectValue("tier", "bid.error.tier");
		}
		return FormFlow.complete(errors, redirect, () -> {
			plans.saveScenario(bid, name, new FundingPlan.Scenario(countries, members, lowest), who.getName())
				.orElseThrow(() -> new FormFlow.Refused("name", t("bid.error.scenarioTaken")));
			return new FormFlow.Done(BidPages.BASE + "/" + bid.slug() + "/scenarios", t("bid.scenario.saved", name));
		}, problems -> {
			model.addAttribute("view", view(bid));
			model.addAttribute("scenario", form);
			model.addAttribute("errors",
					problems.anchor("countries", "countries").anchor("members", "members").anchor("tier", "tier"));
			return "bid/scenarios";
		});
	}

	/** A line of the comparison: a figure's label and its value in each scenario. */
	record Line(String key, String label, String a, String b, boolean differs) {
	}

	record Side(String name, String leftOut) {
	}

	record Comparison(String base, String title, Side a, Side b, List<Line> lines) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/scenarios/compare")
	String compare(@PathVariable String slug, @RequestParam(name = "a", defaultValue = WHOLE_BID) String a,
			@RequestParam(name = "b", defaultValue = WHOLE_BID) String b, Model model) {
		Bid bid = bid(slug);
		List<BidStore.SavedScenario> saved = store.scenarios(bid.id());
		BidStore.SavedScenario left = chosen(saved, a);
		BidStore.SavedScenario right = chosen(saved, b);
		PlanFigures.Figures one = figures.of(evaluate(bid, left.scenario()));
		PlanFigures.Figures two = figures.of(evaluate(bid, right.scenario()));
		List<Line> lines = new ArrayList<>();
		lines.add(line("members", t("bid.scenario.members"), String.valueOf(one.members()),
				String.valueOf(two.members())));
		for (int i = 0; i < one.sources().size(); i++) {
			PlanFigures.SourceRow x = one.sources().get(i);
			PlanFigures.SourceRow y = two.sources().get(i);
			lines.add(line("pledged-" + x.source(), t("bid.scenario.pledgedBy", x.label()), x.pledged(), y.pledged()));
			lines.add(line("gap-" + x.source(), t("bid.scenario.gapOf", x.label()), x.gap(), y.gap()));
		}
		Set<String> countries = new TreeSet<>();
		one.countries().forEach(c -> countries.add(c.code()));
		two.countries().forEach(c -> countries.add(c.code()));
		Map<String, String> names = Applications.countryNames(Html.locale());
		for (String code : countries) {
			lines.add(line("host-" + code, t("bid.scenario.hostPledge", names.getOrDefault(code, code)),
					hostPledge(one, code), hostPledge(two, code)));
		}
		lines.add(line("processors", t("bid.scenario.processors"), one.processors(), two.processors()));
		for (int i = 0; i < one.rules().size(); i++) {
			lines.add(line("rule-" + one.rules().get(i).rule(), one.rules().get(i).label(),
					one.rules().get(i).verdict(), two.rules().get(i).verdict()));
		}
		model.addAttribute("comparison",
				new Comparison(BidPages.BASE + "/" + bid.slug(), bid.title(), side(left), side(right), lines));
		return "bid/compare";
	}

	private static Line line(String key, String label, String a, String b) {
		return new Line(key, label, a, b, !a.equals(b));
	}

	private static String hostPledge(PlanFigures.Figures figures, String code) {
		return figures.countries()
			.stream()
			.filter(c -> c.code().equals(code))
			.map(PlanFigures.CountryRow::pledged)
			.findFirst()
			.orElse(t("bid.scenario.leftOut"));
	}

	private BidStore.SavedScenario chosen(List<BidStore.SavedScenario> saved, String id) {
		if (WHOLE_BID.equals(id)) {
			return new BidStore.SavedScenario(0, t("bid.scenario.wholeBid"), FundingPlan.Scenario.everything());
		}
		return saved.stream()
			.filter(s -> String.valueOf(s.id()).equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Side side(BidStore.SavedScenario scenario) {
		return new Side(scenario.name(), leftOut(scenario.scenario(), Map.of()));
	}

	private BidPlans.Evaluation evaluate(Bid bid, FundingPlan.Scenario scenario) {
		return plans.evaluate(bid.slug(), scenario).orElseThrow();
	}

	private ScenariosView view(Bid bid) {
		Map<String, String> names = Applications.countryNames(Html.locale());
		List<Member> members = store.members(bid.id());
		Map<Long, String> memberNames = members.stream()
			.collect(Collectors.toMap(Member::id, Member::organisationName));
		List<Listed> listed = new ArrayList<>();
		List<Option> comparable = new ArrayList<>();
		comparable.add(new Option(WHOLE_BID, t("bid.scenario.wholeBid"), null));
		for (BidStore.SavedScenario saved : store.scenarios(bid.id())) {
			BidPlans.Evaluation evaluation = evaluate(bid, saved.scenario());
			PlanFigures.Figures shown = figures.of(evaluation);
			listed.add(new Listed(saved.id(), saved.name(), leftOut(saved.scenario(), memberNames),
					t("bid.scenario.verdicts", shown.met(), shown.rules().size()), shown.sources().get(2).gap()));
			comparable.add(new Option(String.valueOf(saved.id()), saved.name(), null));
		}
		List<Option> countries = choosableCountries(bid).stream()
			.map(code -> new Option(code, names.getOrDefault(code, code), null))
			.toList();
		List<Option> memberOptions = members.stream()
			.map(m -> new Option(String.valueOf(m.id()), m.organisationName(), null))
			.toList();
		return new ScenariosView(BidPages.BASE + "/" + bid.slug(), bid.title(), listed, countries, memberOptions,
				PlanPages.tiers(), comparable);
	}

	/**
	 * What a scenario leaves out, in words: "Estonia, Latvia; only signed commitments".
	 */
	private static String leftOut(FundingPlan.Scenario scenario, Map<Long, String> memberNames) {
		Map<String, String> names = Applications.countryNames(Html.locale());
		List<String> parts = new ArrayList<>();
		scenario.excludedCountries().forEach(code -> parts.add(names.getOrDefault(code, code)));
		scenario.excludedMembers()
			.forEach(id -> parts.add(memberNames.getOrDefault(id, t("bid.scenario.memberNumber", id))));
		if (scenario.lowestCounted() != CommitmentState.SUBMITTED) {
			parts.add(t("bid.plan.tier." + scenario.lowestCounted().name()));
		}
		return parts.isEmpty() ? t("bid.scenario.nothingLeftOut") : String.join("; ", parts);
	}

	private Set<String> choosableCountries(Bid bid) {
		Set<String> choosable = new TreeSet<>();
		store.members(bid.id()).forEach(m -> choosable.add(m.country()));
		store.hostStates(bid.id()).forEach(s -> choosable.add(s.country()));
		return choosable;
	}

	/** The lowest state a scenario counts, from the tier's code; null for another. */
	static CommitmentState tier(String typed) {
		return "SUBMITTED".equals(typed) ? CommitmentState.SUBMITTED : "SIGNED".equals(typed) ? CommitmentState.SIGNED
				: "VERIFIED".equals(typed) ? CommitmentState.VERIFIED : null;
	}

	private Bid bid(String slug) {
		return store.bid(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
