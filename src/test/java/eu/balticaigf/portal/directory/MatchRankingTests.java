package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking of matches, by worked examples: a power need of 50 MW in Poland and
 * Lithuania, tagged "liquid cooling" and "poland", of an organisation that also offers a
 * site.
 */
class MatchRankingTests {

	private static final AtomicLong IDS = new AtomicLong();

	private static final Instant EXPIRES = Instant.parse("2027-03-01T00:00:00Z");

	private final Card need = card("A", "NEED", "POWER", "50", "MW", List.of("liquid cooling", "poland"),
			List.of("PL", "LT"));

	private final Card ourSite = card("A", "OFFER", "SITE", null, null, List.of(), List.of("PL"));

	/**
	 * B offers 40 MW with one shared tag and one shared country, and needs a site: A
	 * offers one, so B is a two-way match and comes first although C answers better
	 * otherwise. C offers 60 MW (all of the need), both tags, both countries. E offers
	 * only 10 MW, nothing shared. D offers cooling: a complementary role, so after every
	 * power offer whatever it shares. F is C but for its quantity: 20 of the 50 MW, so
	 * after C.
	 */
	@Test
	void twoWayFirstThenRoleTagsQuantityAndCountries() {
		Card b = card("B", "OFFER", "POWER", "40", "MW", List.of("liquid cooling"), List.of("PL"));
		Card theirSiteNeed = card("B", "NEED", "SITE", null, null, List.of(), List.of("PL"));
		Card c = card("C", "OFFER", "POWER", "60", "MW", List.of("liquid cooling", "poland"), List.of("PL", "LT"));
		Card d = card("D", "OFFER", "COOLING", "100", "MW", List.of("liquid cooling", "poland"), List.of("PL", "LT"));
		Card e = card("E", "OFFER", "POWER", "10", "MW", List.of(), List.of());
		Card f = card("F", "OFFER", "POWER", "20", "MW", List.of("liquid cooling", "poland"), List.of("PL", "LT"));
		List<Card> candidates = List.of(d, e, f, c, b);
		List<Card> live = new ArrayList<>(candidates);
		live.addAll(List.of(need, ourSite, theirSiteNeed));

		List<Matches.Match> ranked = Matches.rank(need, candidates, live);

		assertThat(ranked).extracting(match -> match.card().organisationKey()).containsExactly("B", "C", "F", "E", "D");
		Matches.Match first = ranked.get(0);
		assertThat(first.twoWay()).isTrue();
		assertThat(first.coverage()).isEqualByComparingTo("0.8");
		assertThat(words(first)).containsExactly("Two-way: you also offer what they need", "The same role: Power",
				"Covers 40 of your 50 MW");
		assertThat(first.sharedTags()).containsExactly("liquid cooling");
		assertThat(first.sharedCountries()).containsExactly("PL");
		assertThat(ranked.get(1).coverage()).isEqualByComparingTo("1");
		assertThat(ranked.get(2).coverage()).isEqualByComparingTo("0.4");
		assertThat(ranked.get(4).roleFit()).isEqualTo(1);
		assertThat(words(ranked.get(4))).contains("A complementary role: Cooling");
	}

	/** Without A's site offer, B is one-way and falls behind C and F (fewer tags). */
	@Test
	void withoutTheOtherPairThereIsNoTwoWayMatch() {
		Card b = card("B", "OFFER", "POWER", "40", "MW", List.of("liquid cooling"), List.of("PL"));
		Card theirSiteNeed = card("B", "NEED", "SITE", null, null, List.of(), List.of("PL"));
		Card c = card("C", "OFFER", "POWER", "60", "MW", List.of("liquid cooling", "poland"), List.of("PL", "LT"));
		List<Matches.Match> ranked = Matches.rank(need, List.of(b, c), List.of(need, b, theirSiteNeed, c));
		assertThat(ranked).extracting(match -> match.card().organisationKey()).containsExactly("C", "B");
		assertThat(ranked).noneMatch(Matches.Match::twoWay);
	}

	/** Seen from an offer: the quantity is what it covers of the other's need. */
	@Test
	void anOfferSeesHowMuchOfEachNeedItCovers() {
		Card offer = card("A", "OFFER", "GPUS_HARDWARE", "512", "GPUS", List.of(), List.of());
		Card small = card("B", "NEED", "GPUS_HARDWARE", "256", "GPUS", List.of(), List.of());
		Card large = card("C", "NEED", "GPUS_HARDWARE", "2048", "GPUS", List.of(), List.of());
		Card other = card("D", "NEED", "GPUS_HARDWARE", "100", "RACKS", List.of(), List.of());
		List<Matches.Match> ranked = Matches.rank(offer, List.of(other, large, small), List.of());
		assertThat(ranked).extracting(match -> match.card().organisationKey()).containsExactly("B", "C", "D");
		assertThat(words(ranked.get(1))).contains("You cover 512 of their 2,048 GPUs");
		assertThat(ranked.get(2).coverage()).as("another unit: no quantity fit").isNull();
	}

	@Test
	void theComplementTableGoesBothWays() {
		assertThat(Matches.answering("COMPUTE_DEMAND")).contains("COMPUTE_DEMAND", "GPUS_HARDWARE", "OPERATIONS");
		Matches.COMPLEMENTS.forEach((role, complements) -> {
			assertThat(Card.ROLES).contains(role);
			complements.forEach(complement -> assertThat(Matches.COMPLEMENTS.get(complement)).contains(role));
		});
		assertThat(Card.ROLES).allMatch(role -> Matches.COMPLEMENTS.containsKey(role) || role.equals("SOFTWARE")
				|| role.equals("DATA") || role.equals("LOANS"));
	}

	private static List<String> words(Matches.Match match) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/directory");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return match.reasons()
			.stream()
			.filter(reason -> !reason.key().endsWith(".tags") && !reason.key().endsWith(".countries"))
			.map(reason -> messages.getMessage(reason.key(), reason.arguments().stream().map(argument -> {
				if (argument instanceof Matches.Label label) {
					return messages.getMessage(label.key(), null, Locale.ENGLISH);
				}
				return argument;
			}).toArray(), Locale.ENGLISH))
			.toList();
	}

	private static Card card(String organisation, String type, String role, String quantity, String unit,
			List<String> tags, List<String> countries) {
		return new Card(IDS.incrementAndGet(), organisation, type, role, tags,
				quantity == null ? null : new BigDecimal(quantity), unit, countries, "Text", Card.State.APPROVED, null,
				"owner@example.test", Locale.ENGLISH, EXPIRES, EXPIRES, EXPIRES);
	}

}
