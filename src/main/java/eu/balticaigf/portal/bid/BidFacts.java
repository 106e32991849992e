package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.balticaigf.portal.application.Applications;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A bid as other modules may read it (the dossier): its members, host states, commitments
 * with their signed letters, the funding plan and the eligibility verdicts, read in one
 * go and worked out as the bid's own pages work them out (nothing recomputed elsewhere).
 * Codes stay codes; each has its label in the language asked for. Money in cents.
 */
@Service
public class BidFacts {

	/** A coded value and its label in the language asked for. */
	public record Coded(String code, String label) {
	}

	/** One figure per source of the capital cost, in cents. */
	public record Sources(long eu, long hostStates, long privateCapital) {

		public long total() {
			return eu + hostStates + privateCapital;
		}

	}

	public record Member(long id, String organisationName, Coded country, Coded category, List<Coded> roles,
			boolean coordinator) {
	}

	public record HostState(Coded country, Coded status, long pledgeCents, LocalDate joinedOn, LocalDate committedOn,
			LocalDate withdrawnOn) {
	}

	/** A participating state's part of the host-state target, and its members' money. */
	public record CountryLine(Coded country, Coded status, long targetCents, long pledgedCents, long gapCents,
			long privatePledgedCents) {
	}

	/**
	 * @param counted whether the funding plan counts it (an amount submitted, not
	 * withdrawn)
	 * @param money whether its amount is in euros (capital, co-financing or services)
	 */
	public record Commitment(long id, long memberId, String member, Coded kind, String unit, boolean money,
			BigDecimal amount, Integer years, Coded state, boolean counted) {
	}

	/** A signed letter of commitment: who signed, when, and its fingerprint. */
	public record Letter(long commitmentId, String member, Coded kind, String signatory, String name, long bytes,
			String sha256, Instant signedAt) {
	}

	/** An amount in cents under a label. */
	public record Amount(Coded what, long cents) {
	}

	public record Rule(Coded rule, Coded verdict, String evidence) {
	}

	/**
	 * @param privateByState private money pledged by the state of its commitment
	 * (verified, signed, submitted), in cents
	 */
	public record Facts(String slug, String title, long capitalCostCents, long runningCostCents, Sources targets,
			Sources pledged, Sources gaps, List<Amount> privateByState, long processors, List<Member> members,
			List<HostState> hostStates, List<CountryLine> countries, List<Commitment> commitments, List<Letter> letters,
			List<Rule> eligibility) {
	}

	private final BidPlans plans;

	private final BidStore store;

	private final MessageSource messages;

	BidFacts(BidPlans plans, BidStore store, MessageSource messages) {
		this.plans = plans;
		this.store = store;
		this.messages = messages;
	}

	/** A bid by its slug and title. */
	public record Listed(String slug, String title) {
	}

	/** Every bid. */
	public List<Listed> bids() {
		return store.bids().stream().map(bid -> new Listed(bid.slug(), bid.title())).toList();
	}

	/** The bid's title, or empty when there is no bid with this slug. */
	public Optional<String> title(String slug) {
		return store.bid(slug).map(Bid::title);
	}

	/** The bid with this slug as it stands, labels in {@code locale}. */
	public Optional<Facts> facts(String slug, Locale locale) {
		return plans.evaluate(slug, FundingPlan.Scenario.everything()).map(evaluation -> {
			FundingPlan.Plan plan = evaluation.plan();
			Map<String, String> countryNames = Applications.countryNames(locale);
			// Beyond the application form's countries (a state that joined later): the
			// JDK's name.
			java.util.function.Function<String, Coded> country = code -> new Coded(code,
					countryNames.getOrDefault(code, new Locale("", code).getDisplayCountry(locale)));
			Map<Long, eu.balticaigf.portal.bid.Member> byId = plan.members()
				.stream()
				.collect(Collectors.toMap(eu.balticaigf.portal.bid.Member::id, m -> m));
			List<Member> members = plan.members()
				.stream()
				.map(m -> new Member(m.id(), m.organisationName(), country.apply(m.country()),
						coded(m.category(), "application.category." + m.category(), locale),
						m.roles().stream().map(r -> coded(r.name(), r.label(), locale)).toList(),
						m.roles().contains(MemberRole.COORDINATOR)))
				.toList();
			Set<Long> counted = plan.counted()
				.stream()
				.map(eu.balticaigf.portal.bid.Commitment::id)
				.collect(Collectors.toSet());
			List<eu.balticaigf.portal.bid.Commitment> all = store.commitments(evaluation.bid().id());
			List<Commitment> commitments = all.stream()
				.filter(c -> byId.containsKey(c.memberId()))
				.map(c -> new Commitment(c.id(), c.memberId(), byId.get(c.memberId()).organisationName(),
						coded(c.kind().name(), c.kind().label(), locale), text(c.kind().unit().label(), locale),
						c.kind().unit() == CommitmentKind.Unit.EUR, c.amount(), c.years(),
						coded(c.state().name(), c.state().label(), locale), counted.contains(c.id())))
				.toList();
			List<Letter> letters = all.stream()
				.filter(c -> byId.containsKey(c.memberId()) && c.letterSha256() != null)
				.map(c -> new Letter(c.id(), byId.get(c.memberId()).organisationName(),
						coded(c.kind().name(), c.kind().label(), locale), c.signatoryName(), c.letterName(),
						c.letterSize() == null ? 0 : c.letterSize(), c.letterSha256(), c.signedAt()))
				.toList();
			List<HostState> states = evaluation.states()
				.stream()
				.map(s -> new HostState(country.apply(s.country()),
						coded(s.status().name(), s.status().label(), locale), s.pledgeCents(), s.joinedOn(),
						s.committedOn(), s.withdrawnOn()))
				.toList();
			List<CountryLine> countries = plan.countries()
				.stream()
				.map(c -> new CountryLine(country.apply(c.country()),
						coded(c.status().name(), c.status().label(), locale), c.hostTarget(), c.hostPledged(),
						c.hostGap(), c.privatePledged()))
				.toList();
			List<Amount> byState = plan.privateByState()
				.entrySet()
				.stream()
				.map(e -> new Amount(coded(e.getKey().name(), e.getKey().label(), locale), e.getValue()))
				.toList();
			List<Rule> rules = evaluation.eligibility()
				.stream()
				.map(j -> new Rule(coded(j.rule().name(), j.rule().label(), locale),
						coded(j.verdict().name(), j.verdict().label(), locale), plans.evidence(j, locale)))
				.toList();
			return new Facts(evaluation.bid().slug(), evaluation.bid().title(), plan.capitalCost(), plan.runningCost(),
					sources(plan.targets()), sources(plan.pledged()), sources(plan.gaps()), byState, plan.processors(),
					members, states, countries, commitments, letters, rules);
		});
	}

	private static Sources sources(FundingPlan.Sources sources) {
		return new Sources(sources.eu(), sources.hostStates(), sources.privateCapital());
	}

	private Coded coded(String code, String key, Locale locale) {
		return new Coded(code, messages.getMessage(key, null, code, locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
