package eu.balticaigf.portal.bid;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Could we bid today?" on one page: each rule with its verdict and evidence, the gaps
 * per source and per participating state, the commitments by state, the members by
 * country and by role, and what changed this week (the audit trail of the bid's members,
 * commitments and settings).
 */
@Controller
class ReadinessPages {

	/** How far back "this week" reaches, and how many changes it lists at most. */
	static final Duration WEEK = Duration.ofDays(7);

	static final int CHANGES_SHOWN = 50;

	private static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	private final BidPlans plans;

	private final BidStore store;

	private final PlanFigures figures;

	private final AuditLog audit;

	private final Formats formats;

	private final Clock clock;

	ReadinessPages(BidPlans plans, BidStore store, PlanFigures figures, AuditLog audit, Formats formats, Clock clock) {
		this.plans = plans;
		this.store = store;
		this.figures = figures;
		this.audit = audit;
		this.formats = formats;
		this.clock = clock;
	}

	record Count(String code, String label, int count, String amount) {
	}

	record Change(String at, String actor, String action, String what) {
	}

	record Readiness(String base, String title, boolean ready, String answer, PlanFigures.Figures figures,
			List<Count> byState, List<Count> byCountry, List<Count> byRole, List<Change> changes) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/readiness")
	String readiness(@PathVariable String slug, Model model) {
		BidPlans.Evaluation evaluation = plans.evaluate(slug, FundingPlan.Scenario.everything())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("readiness", readiness(evaluation));
		return "bid/readiness";
	}

	private Readiness readiness(BidPlans.Evaluation evaluation) {
		Bid bid = evaluation.bid();
		PlanFigures.Figures shown = figures.of(evaluation);
		FundingPlan.Plan plan = evaluation.plan();
		boolean gapsClosed = plan.gaps().eu() <= 0 && plan.gaps().hostStates() <= 0
				&& plan.gaps().privateCapital() <= 0;
		boolean ready = shown.met() == shown.rules().size() && gapsClosed;
		String answer = ready ? t("bid.readiness.yes") : t("bid.readiness.notYet", shown.met(), shown.rules().size(),
				figures.euros(Math.max(0, plan.gaps().total())));

		List<Member> members = plan.members();
		List<Commitment> commitments = store.commitments(bid.id());
		Map<CommitmentState, int[]> counts = new EnumMap<>(CommitmentState.class);
		Map<CommitmentState, Long> capital = new EnumMap<>(CommitmentState.class);
		for (CommitmentState state : CommitmentState.values()) {
			counts.put(state, new int[1]);
			capital.put(state, 0L);
		}
		for (Commitment commitment : commitments) {
			counts.get(commitment.state())[0]++;
			if (commitment.amount() != null && commitment.kind().capital()) {
				capital.merge(commitment.state(), FundingPlan.cents(commitment.amount()), Long::sum);
			}
		}
		List<Count> byState = new ArrayList<>();
		for (CommitmentState state : CommitmentState.values()) {
			byState.add(
					new Count(state.name(), t(state.label()), counts.get(state)[0], figures.euros(capital.get(state))));
		}

		Map<String, String> names = Applications.countryNames(Html.locale());
		Map<String, Integer> countries = new TreeMap<>();
		Map<MemberRole, Integer> roles = new EnumMap<>(MemberRole.class);
		for (Member member : members) {
			countries.merge(member.country(), 1, Integer::sum);
			member.roles().forEach(role -> roles.merge(role, 1, Integer::sum));
		}
		List<Count> byCountry = countries.entrySet()
			.stream()
			.map(e -> new Count(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), null))
			.sorted(Comparator.comparing(Count::count).reversed())
			.toList();
		List<Count> byRole = roles.entrySet()
			.stream()
			.map(e -> new Count(e.getKey().name(), t(e.getKey().label()), e.getValue(), null))
			.toList();

		return new Readiness(BidPages.BASE + "/" + bid.slug(), bid.title(), ready, answer, shown, byState, byCountry,
				byRole, changes(bid, members, commitments));
	}

	/**
	 * The audit trail of the bid's settings, members and commitments over the last week.
	 */
	private List<Change> changes(Bid bid, List<Member> members, List<Commitment> commitments) {
		Map<AuditLog.Target, String> what = new java.util.HashMap<>();
		what.put(AuditLog.Target.of("bid", bid.slug()), bid.title());
		Map<Long, String> memberNames = new java.util.HashMap<>();
		for (Member member : members) {
			memberNames.put(member.id(), member.organisationName());
			what.put(AuditLog.Target.of("bid-member", member.id()), member.organisationName());
		}
		for (Commitment commitment : commitments) {
			what.put(AuditLog.Target.of("bid-commitment", commitment.id()), t("bid.readiness.commitmentOf",
					t(commitment.kind().label()), memberNames.getOrDefault(commitment.memberId(), "")));
		}
		return audit.entriesAbout(what.keySet(), clock.instant().minus(WEEK), CHANGES_SHOWN)
			.stream()
			.map(entry -> new Change(formats.dateTime(entry.at(), ZONE), entry.actor(),
					t("audit.action." + entry.action()), what.get(entry.target())))
			.toList();
	}

}
