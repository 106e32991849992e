package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cards as JSON, with codes instead of labels and never a contact (a card has none to
 * give): the public list (approved, unexpired cards of listed organisations, the page's
 * filters) and, for a staff token, every card with its state.
 */
@RestController
class CardApi {

	/** A card as the API gives it. */
	record Shown(long id, String organisation, String type, String role, List<String> tags, BigDecimal quantity,
			String unit, List<String> countries, String text, Instant expiresAt) {
	}

	/** A card with its moderation state, for staff. */
	record WithState(long id, String organisation, String type, String role, List<String> tags, BigDecimal quantity,
			String unit, List<String> countries, String text, String state, Instant approvedAt, Instant expiresAt) {
	}

	private final CardStore store;

	private final Organisations organisations;

	private final DirectorySettings settings;

	private final Clock clock;

	CardApi(CardStore store, Organisations organisations, DirectorySettings settings, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Filters: {@code q} (text or tags, case and accents ignored), {@code type} (OFFER,
	 * NEED), {@code role}, {@code country} (ISO code); {@code page} from 1.
	 */
	@GetMapping("/api/v1/directory/cards")
	Map<String, Object> cards(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "1") String page) {
		Map<String, Organisation> listed = organisations.listed(Organisations.Query.none())
			.stream()
			.collect(Collectors.toMap(Organisation::key, Function.identity(), (a, b) -> a));
		CardStore.Query query = new CardStore.Query(q.strip(), Card.TYPES.contains(type) ? type : "",
				Card.ROLES.contains(role) ? role : "", country.strip());
		int size = settings.pageSize();
		int wanted = Math.max(1, DirectoryPages.pageNumber(page));
		CardStore.Found found = store.live(listed.keySet(), query, clock.instant(), (wanted - 1) * size, size);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("total", found.total());
		answer.put("page", wanted);
		answer.put("pages", Math.max(1, (found.total() + size - 1) / size));
		answer.put("cards", found.cards()
			.stream()
			.map(card -> new Shown(card.id(), listed.get(card.organisationKey()).name(), card.type(), card.role(),
					card.tags(), card.quantity(), card.unit(), card.countries(), card.text(), card.expiresAt()))
			.toList());
		return answer;
	}

	/** Every card but the withdrawn ones, with its state (staff token). */
	@GetMapping("/api/v1/staff/directory/cards")
	List<WithState> staffCards() {
		Map<String, String> names = new LinkedHashMap<>();
		return store.all()
			.stream()
			.map(card -> new WithState(card.id(),
					names.computeIfAbsent(card.organisationKey(),
							key -> organisations.find(key).map(Organisation::name).orElse("")),
					card.type(), card.role(), card.tags(), card.quantity(), card.unit(), card.countries(), card.text(),
					card.state().name(), card.approvedAt(), card.expiresAt()))
			.toList();
	}

}
