package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The cards that answer a card: live cards of the other type (an offer for a need, a need
 * for an offer) whose role is the same or complementary, of other listed organisations,
 * ranked by
 * <ol>
 * <li>two-way first: the two organisations each have a card the other needs (the other
 * pair of cards answers each other too);</li>
 * <li>role fit: the same role before a complementary one;</li>
 * <li>shared tags, more first;</li>
 * <li>quantity fit: how much of the need the offer covers (offered / needed, at most 1),
 * when both state a quantity in the same unit;</li>
 * <li>shared countries, more first; then the older card first.</li>
 * </ol>
 * Each match says why in words (its {@link Reason}s).
 */
@Service
class Matches {

	/**
	 * Roles that answer each other besides the same role, both ways: a site needs power,
	 * cooling and a network (and a power supplier or a GPU vendor looks for a site);
	 * compute demand is met by GPUs and hardware, operations and software; GPUs need an
	 * operator; research goes with data and skills; skills with operations; equity and
	 * loans are both funding.
	 */
	static final Map<String, Set<String>> COMPLEMENTS = complements(List.of(List.of("SITE", "POWER"),
			List.of("SITE", "COOLING"), List.of("SITE", "NETWORK"), List.of("POWER", "COOLING"),
			List.of("SITE", "GPUS_HARDWARE"), List.of("GPUS_HARDWARE", "COMPUTE_DEMAND"),
			List.of("OPERATIONS", "COMPUTE_DEMAND"), List.of("SOFTWARE", "COMPUTE_DEMAND"),
			List.of("GPUS_HARDWARE", "OPERATIONS"), List.of("RESEARCH", "DATA"), List.of("RESEARCH", "SKILLS"),
			List.of("SKILLS", "OPERATIONS"), List.of("EQUITY", "LOANS")));

	/**
	 * Why a card is a match: a message key and its arguments, among them {@link Label}s
	 * and {@link Countries} that a page puts in the reader's language.
	 */
	record Reason(String key, List<Object> arguments) {

		Reason(String key, Object... arguments) {
			this(key, List.of(arguments));
		}

	}

	/** A message key as an argument: a role's or a unit's name. */
	record Label(String key) {
	}

	/** Country codes as an argument: their names, joined. */
	record Countries(List<String> codes) {
	}

	/**
	 * One answering card and how well it answers.
	 *
	 * @param roleFit 2 for the same role, 1 for a complementary one
	 * @param coverage offered / needed (at most 1) when both state a quantity in the same
	 * unit, else null
	 */
	record Match(Card card, boolean twoWay, int roleFit, List<String> sharedTags, BigDecimal coverage,
			List<String> sharedCountries, List<Reason> reasons) {
	}

	private static final Comparator<Match> RANK = Comparator.comparing(Match::twoWay)
		.thenComparingInt(Match::roleFit)
		.thenComparingInt(match -> match.sharedTags().size())
		.thenComparing(match -> match.coverage() == null ? BigDecimal.ZERO : match.coverage())
		.thenComparingInt(match -> match.sharedCountries().size())
		.reversed()
		.thenComparingLong(match -> match.card().id());

	private final CardStore store;

	private final Clock clock;

	Matches(CardStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The live cards of these listed organisations that answer {@code card}, best first.
	 */
	List<Match> of(Card card, Set<String> listedOrganisations) {
		List<Card> candidates = store.liveOf(opposite(card.type()), answering(card.role()), clock.instant())
			.stream()
			.filter(candidate -> !candidate.organisationKey().equals(card.organisationKey()))
			.filter(candidate -> listedOrganisations.contains(candidate.organisationKey()))
			.toList();
		Set<String> answeredByUs = answeredBy(card,
				store.liveOfOrganisations(Set.of(card.organisationKey()), clock.instant()));
		Set<String> twoWay = answeredByUs.isEmpty() ? Set.of()
				: store.organisationsWithLive(card.type(), answeredByUs, clock.instant());
		return rank(card, candidates, twoWay);
	}

	/**
	 * Ranks the candidates answering {@code card}; {@code live} holds the live cards of
	 * both sides' organisations (the two-way test looks for the other pair among them).
	 */
	static List<Match> rank(Card card, List<Card> candidates, Collection<Card> live) {
		Set<String> answeredByUs = answeredBy(card, live);
		Set<String> twoWay = live.stream()
			.filter(other -> !other.organisationKey().equals(card.organisationKey()))
			.filter(other -> other.type().equals(card.type()) && answeredByUs.contains(other.role()))
			.map(Card::organisationKey)
			.collect(Collectors.toSet());
		return rank(card, candidates, twoWay);
	}

	/**
	 * Ranks the candidates answering {@code card}, given the organisations that have a
	 * live card of the card's own type which the card's organisation answers (for a need:
	 * they need something it offers): those are two-way matches.
	 */
	static List<Match> rank(Card card, List<Card> candidates, Set<String> twoWayOrganisations) {
		List<Match> matches = new ArrayList<>();
		for (Card candidate : candidates) {
			matches.add(match(card, candidate, twoWayOrganisations.contains(candidate.organisationKey())));
		}
		matches.sort(RANK);
		return matches;
	}

	/**
	 * The roles the card's organisation answers on the other side (for a need: the roles
	 * its offers answer).
	 */
	private static Set<String> answeredBy(Card card, Collection<Card> live) {
		Set<String> roles = new HashSet<>();
		for (Card ours : live) {
			if (ours.organisationKey().equals(card.organisationKey()) && ours.type().equals(opposite(card.type()))) {
				roles.addAll(answering(ours.role()));
			}
		}
		return roles;
	}

	private static Match match(Card card, Card candidate, boolean twoWay) {
		List<Reason> reasons = new ArrayList<>();
		if (twoWay) {
			reasons.add(new Reason(card.offer() ? "directory.match.twoWay.offer" : "directory.match.twoWay.need"));
		}
		int roleFit = candidate.role().equals(card.role()) ? 2 : 1;
		reasons.add(new Reason(roleFit == 2 ? "directory.match.role.same" : "directory.match.role.complement",
				new Label("directory.card.role." + candidate.role())));
		List<String> sharedTags = shared(card.tags(), candidate.tags());
		if (!sharedTags.isEmpty()) {
			reasons.add(new Reason("directory.match.tags", sharedTags.size(), String.join(", ", sharedTags)));
		}
		BigDecimal coverage = null;
		if (card.quantity() != null && candidate.quantity() != null && card.unit().equals(candidate.unit())) {
			BigDecimal offered = card.offer() ? card.quantity() : candidate.quantity();
			BigDecimal needed = card.offer() ? candidate.quantity() : card.quantity();
			coverage = needed.signum() == 0 ? BigDecimal.ONE
					: offered.divide(needed, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
			reasons.add(new Reason(card.offer() ? "directory.match.quantity.offer" : "directory.match.quantity.need",
					offered.min(needed), needed, new Label("directory.card.unitInText." + card.unit())));
		}
		List<String> sharedCountries = shared(card.countries(), candidate.countries());
		if (!sharedCountries.isEmpty()) {
			reasons
				.add(new Reason("directory.match.countries", sharedCountries.size(), new Countries(sharedCountries)));
		}
		return new Match(candidate, twoWay, roleFit, sharedTags, coverage, sharedCountries, reasons);
	}

	/**
	 * The role itself and its complements: the roles whose cards answer a card of this
	 * role.
	 */
	static Set<String> answering(String role) {
		Set<String> roles = new LinkedHashSet<>();
		roles.add(role);
		roles.addAll(COMPLEMENTS.getOrDefault(role, Set.of()));
		return roles;
	}

	static String opposite(String type) {
		return type.equals("OFFER") ? "NEED" : "OFFER";
	}

	private static List<String> shared(List<String> ours, List<String> theirs) {
		return ours.stream().filter(theirs::contains).toList();
	}

	private static Map<String, Set<String>> complements(List<List<String>> pairs) {
		Map<String, Set<String>> complements = new HashMap<>();
		for (List<String> pair : pairs) {
			complements.computeIfAbsent(pair.get(0), role -> new LinkedHashSet<>()).add(pair.get(1));
			complements.computeIfAbsent(pair.get(1), role -> new LinkedHashSet<>()).add(pair.get(0));
		}
		return Map.copyOf(complements);
	}

}
