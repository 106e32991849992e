package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.bid.BidFacts;
import eu.balticaigf.portal.shared.Csv;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The directory as staff see it: cards by role and by country (offers against needs), the
 * moderation counts, what the directory offers against what the bid still lacks (its
 * members' roles and its private-capital gap, read from the bid module's
 * {@link BidFacts}), and every card as CSV. The page model keeps a section for
 * introductions and their outcomes ({@link View#introductions()}), empty until
 * introductions exist.
 */
@Controller
@RequestMapping(StaffDirectoryPages.PATH)
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
class StaffDirectoryPages {

	static final String PATH = "/staff/directory";

	/** The bid the directory is weighed against: the demo's, the only one so far. */
	static final String BID = "demo";

	/**
	 * Which role of a bid member each card role fills (software, data and skills have
	 * none in the bid).
	 */
	static final Map<String, String> BID_ROLES = Map.of("SITE", "SITE_HOST", "POWER", "ENERGY", "COOLING", "COOLING",
			"NETWORK", "NETWORK", "GPUS_HARDWARE", "HARDWARE", "OPERATIONS", "OPERATOR", "COMPUTE_DEMAND",
			"ANCHOR_USER", "EQUITY", "EQUITY_INVESTOR", "LOANS", "LENDER", "RESEARCH", "RESEARCH_PARTNER");

	/** Offers and needs under one label. */
	record Line(String code, String label, long offers, long needs) {
	}

	/**
	 * A card role against the bid: how many live offers and needs, and how many bid
	 * members fill it (null when the bid has no such role).
	 */
	record AgainstBid(String role, String label, long offers, long needs, Integer members) {

		boolean lacking() {
			return members != null && members == 0;
		}

	}

	/** A count under a label. */
	record Figure(String code, String label, long count) {
	}

	/**
	 * What the page shows.
	 *
	 * @param bidTitle null when there is no bid to weigh against
	 * @param privateGapEuros what the bid still lacks in private capital
	 * @param fundingOffered euros offered in the directory by equity and loans cards
	 * @param introductions introductions and their outcomes by state: added with point 5
	 * of issue 17, empty until then
	 */
	record View(List<Figure> moderation, List<Line> byRole, List<Line> byCountry, String bidTitle,
			List<AgainstBid> againstBid, long privateGapEuros, long fundingOffered, List<Figure> introductions) {
	}

	private final CardStore store;

	private final Organisations organisations;

	private final BidFacts bids;

	private final MessageSource messages;

	private final Clock clock;

	StaffDirectoryPages(CardStore store, Organisations organisations, BidFacts bids, MessageSource messages,
			Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.bids = bids;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model, Locale locale) {
		model.addAttribute("view", view(locale));
		return "directory/staffDirectory";
	}

	/** Every card but the withdrawn ones, with its state; no contact. */
	@GetMapping("/cards.csv")
	ResponseEntity<byte[]> cards(Locale locale) {
		List<List<?>> rows = new ArrayList<>();
		Map<String, String> names = new TreeMap<>();
		for (Card card : store.all()) {
			String name = names.computeIfAbsent(card.organisationKey(),
					key -> organisations.find(key).map(Organisation::name).orElse(""));
			rows.add(List.of(card.id(), name, label("directory.card.type." + card.type(), locale),
					label("directory.card.role." + card.role(), locale), String.join(", ", card.tags()),
					card.quantity() == null ? "" : card.quantity(),
					card.unit() == null ? "" : label("directory.card.unit." + card.unit(), locale),
					String.join(", ", card.countries()), label(card.state().label(), locale),
					card.expiresAt() == null ? "" : card.expiresAt().toString(), card.text()));
		}
		List<String> header = List.of("id", label("directory.card.organisation", locale),
				label("directory.card.type", locale), label("directory.card.role", locale),
				label("directory.card.tags", locale), label("directory.card.quantity", locale),
				label("directory.card.unit", locale), label("directory.card.countries", locale),
				label("directory.card.state", locale), label("directory.card.expires", locale),
				label("directory.card.text", locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("directory-cards.csv").build().toString())
			.body(Csv.of(header, rows));
	}

	View view(Locale locale) {
		Instant now = clock.instant();
		Map<Card.State, Long> states = store.countsByState();
		List<Figure> moderation = new ArrayList<>();
		for (Card.State state : List.of(Card.State.PENDING, Card.State.CHANGES_REQUESTED, Card.State.APPROVED,
				Card.State.REJECTED, Card.State.EXPIRED)) {
			moderation.add(new Figure(state.name(), label(state.label(), locale), states.getOrDefault(state, 0L)));
		}
		moderation.add(new Figure("REPORTED", label("directory.staff.reported", locale), store.reported()));
		Map<String, long[]> byRole = totals(store.liveByRole(now));
		List<Line> roles = Card.ROLES.stream()
			.map(role -> line(role, label("directory.card.role." + role, locale), byRole))
			.toList();
		Map<String, String> countryNames = Applications.countryNames(locale);
		Map<String, long[]> byCountry = totals(store.liveByCountry(now));
		List<Line> countries = byCountry.keySet()
			.stream()
			.map(code -> line(code, countryNames.getOrDefault(code, code), byCountry))
			.sorted((a, b) -> a.label().compareTo(b.label()))
			.toList();
		Optional<BidFacts.Facts> bid = bids.facts(BID, locale);
		List<AgainstBid> against = Card.ROLES.stream().map(role -> {
			long[] counts = byRole.getOrDefault(role, new long[2]);
			Integer members = bid.filter(facts -> BID_ROLES.containsKey(role))
				.map(facts -> (int) facts.members()
					.stream()
					.filter(member -> member.roles().stream().anyMatch(r -> r.code().equals(BID_ROLES.get(role))))
					.count())
				.orElse(null);
			return new AgainstBid(role, label("directory.card.role." + role, locale), counts[0], counts[1], members);
		}).toList();
		long gap = bid.map(facts -> Math.max(0, facts.gaps().privateCapital() / 100)).orElse(0L);
		long offered = store.liveEurosOffered(List.of("EQUITY", "LOANS"), now)
			.setScale(0, RoundingMode.DOWN)
			.min(BigDecimal.valueOf(Long.MAX_VALUE))
			.longValue();
		return new View(moderation, roles, countries, bid.map(BidFacts.Facts::title).orElse(null), against, gap,
				offered, List.of());
	}

	/** Offers at [0], needs at [1], by code. */
	private static Map<String, long[]> totals(List<CardStore.Count> counts) {
		Map<String, long[]> totals = new TreeMap<>();
		for (CardStore.Count count : counts) {
			totals.computeIfAbsent(count.code(), code -> new long[2])[count.type().equals("OFFER") ? 0 : 1] += count
				.cards();
		}
		return totals;
	}

	private static Line line(String code, String label, Map<String, long[]> totals) {
		long[] counts = totals.getOrDefault(code, new long[2]);
		return new Line(code, label, counts[0], counts[1]);
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
