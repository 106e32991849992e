package eu.balticaigf.portal.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public directory: the listed organisations, searched and filtered by a plain GET
 * form (it works without JavaScript), a page at a time.
 */
@Controller
class DirectoryPages {

	static final String PATH = "/directory";

	private final Organisations organisations;

	private final DirectorySettings settings;

	private final MessageSource messages;

	private final Cards cards;

	DirectoryPages(Organisations organisations, DirectorySettings settings, MessageSource messages, Cards cards) {
		this.organisations = organisations;
		this.settings = settings;
		this.messages = messages;
		this.cards = cards;
	}

	/** One page of what a query found. */
	record Found(List<Organisation> organisations, int total, int page, int pages) {

		static Found page(List<Organisation> all, int wanted, int size) {
			int pages = Math.max(1, (all.size() + size - 1) / size);
			int page = Math.min(Math.max(1, wanted), pages);
			int from = (page - 1) * size;
			return new Found(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, pages);
		}

	}

	@GetMapping(PATH)
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String signedOut,
			HttpServletRequest request, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Organisations.Query query = new Organisations.Query(q.strip(), country, category, area);
		Found found = Found.page(organisations.listed(query), pageNumber(page), settings.pageSize());
		model.addAttribute("query", query);
		model.addAttribute("total", found.total());
		model.addAttribute("organisations",
				found.organisations().stream().map(o -> ShownOrganisation.of(o, messages, locale)).toList());
		model.addAttribute("cards", cardsOf(found.organisations(), locale));
		model.addAttribute("countries",
				Applications.countryNames(locale)
					.entrySet()
					.stream()
					.map(entry -> new Option(entry.getKey(), entry.getValue()))
					.toList());
		model.addAttribute("categories", options("application.category.", Applications.CATEGORIES, locale));
		model.addAttribute("areas", options("application.area.", Applications.CONTRIBUTION_AREAS, locale));
		model.addAttribute("previousHref", found.page() > 1 ? href(query, found.page() - 1) : null);
		model.addAttribute("nextHref", found.page() < found.pages() ? href(query, found.page() + 1) : null);
		model.addAttribute("pageNumber", found.page());
		model.addAttribute("pages", found.pages());
		model.addAttribute("signedIn", OrganisationSession.of(request).isPresent());
		model.addAttribute("signedOut", signedOut != null);
		return "directory/list";
	}

	/** Each shown organisation's live cards (none for most), by its shown self. */
	private Map<ShownOrganisation, List<ShownCard>> cardsOf(List<Organisation> shown, Locale locale) {
		Map<String, List<Card>> live = cards.liveOf(shown.stream().map(Organisation::key).toList());
		Map<ShownOrganisation, List<ShownCard>> cardsOf = new HashMap<>();
		for (Organisation organisation : shown) {
			cardsOf.put(ShownOrganisation.of(organisation, messages, locale),
					live.getOrDefault(organisation.key(), List.of())
						.stream()
						.map(card -> ShownCard.of(card, organisation.name(), messages, locale))
						.toList());
		}
		return cardsOf;
	}

	static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private List<Option> options(String prefix, List<String> codes, Locale locale) {
		return codes.stream().map(code -> new Option(code, messages.getMessage(prefix + code, null, locale))).toList();
	}

	private static String href(Organisations.Query query, int page) {
		return UriComponentsBuilder.fromPath(PATH)
			.queryParam("q", query.q())
			.queryParam("country", query.country())
			.queryParam("category", query.category())
			.queryParam("area", query.area())
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

}
