package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A bid's funding plan and eligibility for a scenario, read in one go (four queries, then
 * arithmetic in memory), and the evidence of each rule in a given language.
 */
@Service
class BidPlans {

	record Evaluation(Bid bid, List<HostState> states, FundingPlan.Plan plan, List<Eligibility.Judgement> eligibility) {
	}

	private final BidStore store;

	private final BidSettings settings;

	private final MessageSource messages;

	BidPlans(BidStore store, BidSettings settings, MessageSource messages) {
		this.store = store;
		this.settings = settings;
		this.messages = messages;
	}

	Optional<Evaluation> evaluate(String slug, FundingPlan.Scenario scenario) {
		return store.bid(slug).map(bid -> {
			List<HostState> states = store.hostStates(bid.id());
			List<Commitment> commitments = store.commitments(bid.id());
			FundingPlan.Plan plan = FundingPlan.compute(bid, states, store.members(bid.id()), commitments, scenario);
			return new Evaluation(bid, states, plan, Eligibility.judge(plan, commitments, settings));
		});
	}

	/** A rule's evidence in this language, amounts written as euros. */
	String evidence(Eligibility.Judgement judgement, Locale locale) {
		List<Object> arguments = new ArrayList<>();
		for (Object argument : judgement.arguments()) {
			arguments.add(argument instanceof Eligibility.Euros euros ? Formats.euros(euros(euros.cents()), locale)
					: argument);
		}
		return messages.getMessage(judgement.evidence(), arguments.toArray(), locale);
	}

	/**
	 * Whole euros of an amount in cents, rounded half up: the API's and the pages' unit.
	 */
	static long euros(long cents) {
		return BigDecimal.valueOf(cents).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

}
