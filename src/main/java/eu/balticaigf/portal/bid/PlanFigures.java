package eu.balticaigf.portal.bid;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;

import org.springframework.stereotype.Component;

/**
 * A plan's figures as the pages show them, in the reader's language: per source the
 * target, what is pledged and the gap; per participating state the same and its members'
 * private money; each rule with its verdict and evidence. The plan page, the readiness
 * page and the comparison of two scenarios all show them this one way.
 */
@Component
class PlanFigures {

	record SourceRow(String source, String label, String target, String pledged, String gap, boolean short_) {
	}

	record CountryRow(String code, String name, String status, String target, String pledged, String gap,
			String privatePledged) {
	}

	record RuleRow(String rule, String label, String verdict, String verdictCode, String evidence) {
	}

	record Figures(List<SourceRow> sources, List<CountryRow> countries, List<RuleRow> rules, String processors,
			int members, int met) {
	}

	private final BidPlans plans;

	private final Formats formats;

	PlanFigures(BidPlans plans, Formats formats) {
		this.plans = plans;
		this.formats = formats;
	}

	Figures of(BidPlans.Evaluation evaluation) {
		Locale locale = Html.locale();
		FundingPlan.Plan plan = evaluation.plan();
		Map<String, String> names = Applications.countryNames(locale);
		List<SourceRow> sources = List.of(source("eu", plan.targets().eu(), plan.pledged().eu(), plan.gaps().eu()),
				source("hostStates", plan.targets().hostStates(), plan.pledged().hostStates(),
						plan.gaps().hostStates()),
				source("private", plan.targets().privateCapital(), plan.pledged().privateCapital(),
						plan.gaps().privateCapital()),
				source("total", plan.targets().total(), plan.pledged().total(), plan.gaps().total()));
		List<CountryRow> countries = plan.countries()
			.stream()
			.map(c -> new CountryRow(c.country(), names.getOrDefault(c.country(), c.country()), t(c.status().label()),
					euros(c.hostTarget()), euros(c.hostPledged()), gap(c.hostGap()), euros(c.privatePledged())))
			.toList();
		List<RuleRow> rules = evaluation.eligibility()
			.stream()
			.map(j -> new RuleRow(j.rule().name(), t(j.rule().label()), t(j.verdict().label()), j.verdict().name(),
					plans.evidence(j, locale)))
			.toList();
		int met = (int) evaluation.eligibility().stream().filter(j -> j.verdict() == Eligibility.Verdict.MET).count();
		return new Figures(sources, countries, rules, formats.number(plan.processors()), plan.members().size(), met);
	}

	private SourceRow source(String source, long target, long pledged, long gap) {
		return new SourceRow(source, t("bid.plan.source." + source), euros(target), euros(pledged), gap(gap), gap > 0);
	}

	/**
	 * What is still missing; a pledge over its target is "covered", never a negative gap.
	 */
	private String gap(long cents) {
		return cents > 0 ? euros(cents) : t("bid.plan.covered");
	}

	String euros(long cents) {
		return formats.euros(BidPlans.euros(cents));
	}

}
