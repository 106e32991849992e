package eu.balticaigf.portal.bid;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funding plan and the eligibility rules on one page, for the whole bid or a scenario
 * (countries left out, only signed commitments), and the form where admins set the
 * capital cost, the running costs, the split targets and the EU's share.
 */
@Controller
class PlanPages {

	private final BidPlans plans;

	private final BidStore store;

	private final AuditLog audit;

	private final Formats formats;

	private final PlanFigures figures;

	private final Calls calls;

	PlanPages(BidPlans plans, BidStore store, AuditLog audit, Formats formats, PlanFigures figures, Calls calls) {
		this.plans = plans;
		this.store = store;
		this.audit = audit;
		this.formats = formats;
		this.figures = figures;
		this.calls = calls;
	}

	/** A participating state as recorded, whatever the scenario leaves out. */
	record StateRow(String code, String name, String status, String statusCode, String pledge, String since,
			String href) {
	}

	record PlanView(String base, String title, String capitalCost, String runningCost,
			List<PlanFigures.SourceRow> sources, List<Option> privateByState, String processors,
			List<PlanFigures.CountryRow> countries, List<PlanFigures.RuleRow> rules, List<Option> countryChoices,
			List<String> excluded, String tier, List<Option> tiers, int members, List<StateRow> states,
			List<Option> addable, boolean statesFromCall) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/plan")
	String plan(@PathVariable String slug, @RequestParam(name = "exclude", required = false) List<String> exclude,
			@RequestParam(name = "tier", required = false) String tier, Model model) {
		Set<String> excluded = BidApi.countries(exclude);
		CommitmentState chosen = ScenarioPages.tier(tier);
		CommitmentState lowest = chosen == null ? CommitmentState.SUBMITTED : chosen;
		BidPlans.Evaluation evaluation = plans.evaluate(slug, new FundingPlan.Scenario(excluded, Set.of(), lowest))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("view", view(evaluation, excluded, lowest));
		return "bid/plan";
	}

	private PlanView view(BidPlans.Evaluation evaluation, Set<String> excluded, CommitmentState lowest) {
		Locale locale = Html.locale();
		FundingPlan.Plan plan = evaluation.plan();
		Map<String, String> names = Applications.countryNames(locale);
		PlanFigures.Figures figures = this.figures.of(evaluation);
		List<Option> byState = new ArrayList<>();
		plan.privateByState()
			.forEach((state, cents) -> byState
				.add(new Option(state.name(), t(state.label()) + ": " + euros(cents), null)));
		Set<String> choosable = new TreeSet<>();
		store.members(evaluation.bid().id()).forEach(m -> choosable.add(m.country()));
		evaluation.states().forEach(s -> choosable.add(s.country()));
		List<Option> countryChoices = choosable.stream()
			.map(code -> new Option(code, names.getOrDefault(code, code), null))
			.toList();

		String base = BidPages.BASE + "/" + evaluation.bid().slug();
		List<StateRow> states = evaluation.states()
			.stream()
			.map(s -> new StateRow(s.country(), names.getOrDefault(s.country(), s.country()), t(s.status().label()),
					s.status().name(), euros(s.pledgeCents()), since(s), base + "/states?country=" + s.country()))
			.toList();
		// The states come from the call's list of participating countries (the call named
		// like the bid); a bid without such a call may add any country of the list.
		List<String> fromCall = calls.participation(evaluation.bid().slug())
			.stream()
			.map(Calls.Participation::country)
			.toList();
		List<Option> addable = (fromCall.isEmpty() ? List.copyOf(names.keySet()) : fromCall).stream()
			.filter(code -> evaluation.states().stream().noneMatch(s -> s.country().equals(code)))
			.map(code -> new Option(code, names.getOrDefault(code, code), null))
			.toList();
		return new PlanView(base, evaluation.bid().title(), euros(plan.capitalCost()), euros(plan.runningCost()),
				figures.sources(), byState, figures.processors(), figures.countries(), figures.rules(), countryChoices,
				List.copyOf(excluded), lowest.name(), tiers(), plan.members().size(), states, addable,
				!fromCall.isEmpty());
	}

	/** The tiers a scenario counts from: submitted, signed or verified commitments. */
	static List<Option> tiers() {
		return List.of(new Option("SUBMITTED", t("bid.plan.tier.SUBMITTED"), null),
				new Option("SIGNED", t("bid.plan.tier.SIGNED"), null),
				new Option("VERIFIED", t("bid.plan.tier.VERIFIED"), null));
	}

	/** When the state joined, and committed or left. */
	private String since(HostState state) {
		String joined = t("bid.hostState.joinedOn", day(state.joinedOn()));
		if (state.withdrawnOn() != null) {
			return joined + "; " + t("bid.hostState.withdrawnOn", day(state.withdrawnOn()));
		}
		return state.committedOn() == null ? joined
				: joined + "; " + t("bid.hostState.committedOn", day(state.committedOn()));
	}

	private String day(java.time.LocalDate date) {
		return BidPages.day(formats, date);
	}

	private String euros(long cents) {
		return formats.euros(BidPlans.euros(cents));
	}

	// The plan's settings

	record Settings(String capitalCost, String runningCost, String euShare, String hostShare, String privateShare,
			String euPledge) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/plan/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String slug, Model model) {
		Bid bid = bid(slug);
		model.addAttribute("base", BidPages.BASE + "/" + bid.slug());
		model.addAttribute("settings",
				new Settings(plain(bid.capitalCostCents()), plain(bid.runningCostCents()), percent(bid.targetEuBp()),
						percent(bid.targetHostBp()), percent(bid.targetPrivateBp()), plain(bid.euPledgeCents())));
		return "bid/planEdit";
	}

	@PostMapping(BidPages.BASE + "/{slug}/plan/edit")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	String save(@PathVariable String slug, @ModelAttribute("settings") Settings form, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Long capital = euros(form.capitalCost(), "capitalCost", errors);
		Long running = euros(form.runningCost(), "runningCost", errors);
		Integer eu = basisPoints(form.euShare(), "euShare", errors);
		Integer host = basisPoints(form.hostShare(), "hostShare", errors);
		Integer privateShare = basisPoints(form.privateShare(), "privateShare", errors);
		Long euPledge = euros(form.euPledge(), "euPledge", errors);
		if (!errors.hasErrors() && eu + host + privateShare != 10_000) {
			errors.rejectValue("privateShare", "bid.error.shares");
		}
		return FormFlow.complete(errors, redirect, () -> {
			store.putPlan(bid.id(), capital, running, eu, host, privateShare, euPledge);
			audit.record(who.getName(), "bid.plan.changed", AuditLog.Target.of("bid", bid.slug()),
					Map.of("capitalCostCents", bid.capitalCostCents(), "runningCostCents", bid.runningCostCents(),
							"targetsBp", List.of(bid.targetEuBp(), bid.targetHostBp(), bid.targetPrivateBp()),
							"euPledgeCents", bid.euPledgeCents()),
					Map.of("capitalCostCents", capital, "runningCostCents", running, "targetsBp",
							List.of(eu, host, privateShare), "euPledgeCents", euPledge));
			return new FormFlow.Done(BidPages.BASE + "/" + bid.slug() + "/plan", t("bid.plan.saved"));
		}, problems -> {
			model.addAttribute("base", BidPages.BASE + "/" + bid.slug());
			model.addAttribute("errors", problems);
			return "bid/planEdit";
		});
	}

	// A participating state: its pledge, where it stands and since when

	record StateForm(String country, String pledge, String shareTarget, String status, String joinedOn,
			String committedOn, String withdrawnOn) {
	}

	record StateView(String base, String country, String countryName, List<Option> statuses, boolean recorded) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/states")
	@PreAuthorize("hasRole('ADMIN')")
	String state(@PathVariable String slug, @RequestParam(name = "country", required = false) String country,
			Model model) {
		Bid bid = bid(slug);
		String code = hostCountry(country);
		HostState recorded = store.hostStates(bid.id())
			.stream()
			.filter(s -> s.country().equals(code))
			.findFirst()
			.orElse(null);
		Calls.Participation listed = calls.participation(bid.slug())
			.stream()
			.filter(p -> p.country().equals(code))
			.findFirst()
			.orElse(null);
		model.addAttribute("state", recorded == null
				? listed == null ? new StateForm(code, "0", "", "JOINED", "", "", "")
						// A state not yet recorded starts from what the call's list says
						// of it.
						: new StateForm(code, "0", "", listed.left() == null ? "JOINED" : "WITHDRAWN",
								text(listed.joined()), "", text(listed.left()))
				: new StateForm(code, plain(recorded.pledgeCents()),
						recorded.shareTargetCents() == null ? "" : plain(recorded.shareTargetCents()),
						recorded.status().name(), text(recorded.joinedOn()), text(recorded.committedOn()),
						text(recorded.withdrawnOn())));
		model.addAttribute("view", stateView(bid, code, recorded != null));
		return "bid/hostState";
	}

	@PostMapping(BidPages.BASE + "/{slug}/states")
	@PreAuthorize("hasRole('ADMIN')")
	String saveState(@PathVariable String slug, @ModelAttribute("state") StateForm form, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		if (form.country() == null || !Applications.countryNames(Locale.ENGLISH).containsKey(form.country())) {
			// Only a tampered form leaves its hidden country out.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String code = form.country();
		Long pledge = euros(form.pledge(), "pledge", errors);
		Long shareTarget = form.shareTarget() == null || form.shareTarget().isBlank() ? null
				: euros(form.shareTarget(), "shareTarget", errors);
		HostState.Status status = java.util.Arrays.stream(HostState.Status.values())
			.filter(s -> s.name().equals(form.status()))
			.findFirst()
			.orElse(null);
		if (status == null) {
			errors.rejectValue("status", "bid.error.hostStatus");
		}
		java.time.LocalDate joined = CommitmentAnswers.date(form.joinedOn(), "joinedOn", true, errors);
		java.time.LocalDate committed = CommitmentAnswers.date(form.committedOn(), "committedOn",
				status == HostState.Status.COMMITTED, errors);
		java.time.LocalDate withdrawn = CommitmentAnswers.date(form.withdrawnOn(), "withdrawnOn",
				status == HostState.Status.WITHDRAWN, errors);
		notBefore(committed, joined, "committedOn", errors);
		notBefore(withdrawn, joined, "withdrawnOn", errors);
		return FormFlow.complete(errors, redirect, () -> {
			plans.putHostState(bid,
					new HostState(code, status, pledge, shareTarget, joined,
							status == HostState.Status.JOINED ? null : committed,
							status == HostState.Status.WITHDRAWN ? withdrawn : null),
					who.getName());
			return new FormFlow.Done(BidPages.BASE + "/" + bid.slug() + "/plan#host-states",
					t("bid.hostState.saved", Applications.countryNames(Html.locale()).get(code)));
		}, problems -> {
			model.addAttribute("view",
					stateView(bid, code, store.hostStates(bid.id()).stream().anyMatch(s -> s.country().equals(code))));
			model.addAttribute("errors", problems.anchor("status", "status"));
			return "bid/hostState";
		});
	}

	/** A country of the call's list (the EU and the EEA); anything else is not a page. */
	private static String hostCountry(String typed) {
		if (typed == null || !Applications.countryNames(Locale.ENGLISH).containsKey(typed)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return typed;
	}

	private static void notBefore(java.time.LocalDate date, java.time.LocalDate joined, String field, Errors errors) {
		if (date != null && joined != null && date.isBefore(joined)) {
			errors.rejectValue(field, "bid.error.date.beforeJoined");
		}
	}

	private StateView stateView(Bid bid, String code, boolean recorded) {
		List<Option> statuses = java.util.Arrays.stream(HostState.Status.values())
			.map(s -> new Option(s.name(), t(s.label()), null))
			.toList();
		return new StateView(BidPages.BASE + "/" + bid.slug(), code, Applications.countryNames(Html.locale()).get(code),
				statuses, recorded);
	}

	private static String text(java.time.LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** Euros as typed (spaces and a decimal comma allowed, at most cents), in cents. */
	private static Long euros(String typed, String field, Errors errors) {
		BigDecimal amount = CommitmentAnswers.amount(typed, field, errors, true);
		return amount == null ? null : FundingPlan.cents(amount);
	}

	/** A percentage with at most two decimals, in basis points (17.5 is 1750). */
	private static Integer basisPoints(String typed, String field, Errors errors) {
		String plain = typed == null ? "" : typed.replace("%", "").strip().replace(',', '.');
		if (!plain.matches("\\d{1,3}(\\.\\d{1,2})?") || new BigDecimal(plain).compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.rejectValue(field, "bid.error.percent");
			return null;
		}
		return new BigDecimal(plain).movePointRight(2).intValueExact();
	}

	private static String plain(long cents) {
		return BigDecimal.valueOf(cents).movePointLeft(2).stripTrailingZeros().toPlainString();
	}

	private static String percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints).movePointLeft(2).stripTrailingZeros().toPlainString();
	}

	private Bid bid(String slug) {
		return store.bid(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
