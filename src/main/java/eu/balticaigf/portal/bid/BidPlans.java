package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final AuditLog audit;

	private final java.time.Clock clock;

	BidPlans(BidStore store, BidSettings settings, MessageSource messages, AuditLog audit, java.time.Clock clock) {
		this.store = store;
		this.settings = settings;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves a scenario under its name; audited. Empty when the bid has one of that name
	 * already (a second click).
	 */
	@Transactional
	Optional<Long> saveScenario(Bid bid, String name, FundingPlan.Scenario scenario, String by) {
		Optional<Long> id = store.insertScenario(bid.id(), name, scenario, by, java.time.Instant.now(clock));
		id.ifPresent(saved -> {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("name", name);
			values.put("excludedCountries", List.copyOf(scenario.excludedCountries()));
			values.put("excludedMembers", List.copyOf(scenario.excludedMembers()));
			values.put("lowestCounted", scenario.lowestCounted().name());
			audit.record(by, "bid.scenario.saved", AuditLog.Target.of("bid", bid.slug()), null, values);
		});
		return id;
	}

	/** Adds the participating state or replaces what is recorded for it; audited. */
	@Transactional
	void putHostState(Bid bid, HostState state, String by) {
		HostState before = store.hostStates(bid.id())
			.stream()
			.filter(s -> s.country().equals(state.country()))
			.findFirst()
			.orElse(null);
		store.putHostState(bid.id(), state);
		audit.record(by, "bid.host-state.changed", AuditLog.Target.of("bid", bid.slug()),
				before == null ? null : recorded(before), recorded(state));
	}

	private static Map<String, Object> recorded(HostState state) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("country", state.country());
		values.put("status", state.status().name());
		values.put("pledgeCents", state.pledgeCents());
		values.put("shareTargetCents", state.shareTargetCents());
		values.put("joinedOn", String.valueOf(state.joinedOn()));
		values.put("committedOn", state.committedOn() == null ? null : state.committedOn().toString());
		values.put("withdrawnOn", state.withdrawnOn() == null ? null : state.withdrawnOn().toString());
		return values;
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
