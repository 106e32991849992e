package eu.balticaigf.portal.directory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Offer and need cards: the public list and card pages (approved, unexpired cards of
 * listed organisations only), and the signed-in organisation's own cards, which it
 * writes, edits, renews and withdraws. Anyone signed in for an organisation may report
 * another's card. Pages for an organisation lead to the sign-in page without a sign-in.
 */
@Controller
class CardPages {

	static final String PATH = "/directory/cards";

	private static final int REASON_MAX = 500;

	/**
	 * Matches a card's owner sees on the card's page; the matches page shows up to
	 * {@link #MATCHES_LISTED}.
	 */
	private static final int MATCHES_ON_CARD = 3;

	private static final int MATCHES_LISTED = 50;

	/** The report form on a card's page. */
	record ReportForm(String reason) {
	}

	private final Cards cards;

	private final CardStore store;

	private final Organisations organisations;

	private final AccountPages accounts;

	private final DirectorySettings settings;

	private final MessageSource messages;

	private final Clock clock;

	private final Matches matches;

	CardPages(Cards cards, CardStore store, Organisations organisations, AccountPages accounts,
			DirectorySettings settings, MessageSource messages, Clock clock, Matches matches) {
		this.matches = matches;
		this.cards = cards;
		this.store = store;
		this.organisations = organisations;
		this.accounts = accounts;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "1") String page, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		CardStore.Query query = new CardStore.Query(q.strip(), Card.TYPES.contains(type) ? type : "",
				Card.ROLES.contains(role) ? role : "", country.strip());
		Map<String, Organisation> listed = listedOrganisations();
		int size = settings.pageSize();
		int wanted = Math.max(1, DirectoryPages.pageNumber(page));
		CardStore.Found found = store.live(listed.keySet(), query, clock.instant(), (wanted - 1) * size, size);
		int pages = Math.max(1, (found.total() + size - 1) / size);
		if (wanted > pages && found.total() > 0) {
			wanted = pages;
			found = store.live(listed.keySet(), query, clock.instant(), (wanted - 1) * size, size);
		}
		else if (wanted > pages) {
			wanted = 1;
		}
		model.addAttribute("query", query);
		model.addAttribute("total", found.total());
		model.addAttribute("cards", shown(found.cards(), listed, locale));
		addChoices(model, locale);
		model.addAttribute("previousHref", wanted > 1 ? href(query, wanted - 1) : null);
		model.addAttribute("nextHref", wanted < pages ? href(query, wanted + 1) : null);
		model.addAttribute("pageNumber", wanted);
		model.addAttribute("pages", pages);
		return "directory/cards";
	}

	@GetMapping(PATH + "/{id:\\d+}")
	String card(@PathVariable long id, @RequestParam(required = false) String done, HttpServletRequest request,
			Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty() && store.find(id).filter(card -> !isPublic(card)).isPresent()) {
			// The link in a card's e-mail: its owner signs in first, then comes back
			// here.
			OrganisationSession.rememberDestination(request, PATH + "/" + id);
			return signInFirst();
		}
		Card card = visible(id, account);
		model.addAttribute("done", done);
		return cardPage(card, account, new ReportForm(""), FieldErrors.none(), model);
	}

	/** Every card that answers this one, best first, each with its reasons. */
	@GetMapping(PATH + "/{id:\\d+}/matches")
	String matches(@PathVariable long id, HttpServletRequest request, Model model) {
		Card card = visible(id, accounts.account(request));
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Organisation> listed = listedOrganisations();
		String name = organisations.find(card.organisationKey()).map(Organisation::name).orElse("");
		List<ShownMatch> found = shownMatches(card, listed, MATCHES_LISTED, locale);
		model.addAttribute("card", ShownCard.of(card, name, messages, locale));
		model.addAttribute("matches", found);
		return "directory/matches";
	}

	@PostMapping(PATH + "/{id:\\d+}/report")
	String report(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		Card card = visible(id, account);
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "directory.card.report.error.required");
		}
		else if (reason.length() > REASON_MAX) {
			errors.rejectValue("reason", "directory.card.report.error.long", new Object[] { REASON_MAX }, null);
		}
		if (errors.hasErrors()) {
			return cardPage(card, account, form, FieldErrors.of(errors), model);
		}
		cards.report(account.get().signedIn().email(), card, reason);
		return "redirect:" + PATH + "/" + id + "?done=reported";
	}

	@GetMapping(PATH + "/mine")
	String mine(@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		return accounts.account(request).map(account -> {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("organisation", account.organisation().name());
			model.addAttribute("cards",
					cards.ofOrganisation(account.organisation().key())
						.stream()
						.map(card -> ShownCard.of(card, account.organisation().name(), messages, locale))
						.toList());
			model.addAttribute("done", done);
			return "directory/myCards";
		}).orElse(signInFirst());
	}

	@GetMapping(PATH + "/new")
	String newCard(HttpServletRequest request, Model model) {
		return accounts.account(request)
			.map(account -> cardForm(CardRules.CardForm.empty(SecureTokens.newToken()), null, FieldErrors.none(),
					model))
			.orElse(signInFirst());
	}

	@PostMapping(PATH + "/new")
	String create(@ModelAttribute("cardForm") CardRules.CardForm form, BindingResult errors, HttpServletRequest request,
			Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		CardRules.Draft draft = CardRules.check(form, errors);
		if (draft == null || form.key() == null || form.key().isBlank()) {
			return cardForm(keyed(form), null, FieldErrors.of(errors), model);
		}
		long id = cards.create(account.get().signedIn(), form.key(), draft, LocaleContextHolder.getLocale());
		return "redirect:" + PATH + "/" + id + "?done=created";
	}

	@GetMapping(PATH + "/{id:\\d+}/edit")
	String edit(@PathVariable long id, HttpServletRequest request, Model model) {
		return accounts.account(request).map(account -> {
			Card card = own(id, account);
			return cardForm(CardRules.CardForm.of("", card), card, FieldErrors.none(), model);
		}).orElse(signInFirst());
	}

	@PostMapping(PATH + "/{id:\\d+}/edit")
	String saveEdit(@PathVariable long id, @ModelAttribute("cardForm") CardRules.CardForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		Card card = own(id, account.get());
		CardRules.Draft draft = CardRules.check(form, errors);
		if (draft == null) {
			return cardForm(form, card, FieldErrors.of(errors), model);
		}
		cards.edit(account.get().signedIn(), card, draft, LocaleContextHolder.getLocale());
		return "redirect:" + PATH + "/" + id + "?done=edited";
	}

	@PostMapping(PATH + "/{id:\\d+}/renew")
	String renew(@PathVariable long id, HttpServletRequest request) {
		return accounts.account(request).map(account -> {
			boolean renewed = cards.renew(account.signedIn(), own(id, account));
			return "redirect:" + PATH + "/" + id + (renewed ? "?done=renewed" : "");
		}).orElse(signInFirst());
	}

	/** Withdrawing asks first: the card cannot be published again. */
	@GetMapping(PATH + "/{id:\\d+}/withdraw")
	String confirmWithdrawal(@PathVariable long id, HttpServletRequest request, Model model) {
		return accounts.account(request).map(account -> {
			Card card = own(id, account);
			model.addAttribute("card",
					ShownCard.of(card, account.organisation().name(), messages, LocaleContextHolder.getLocale()));
			return "directory/withdrawConfirm";
		}).orElse(signInFirst());
	}

	@PostMapping(PATH + "/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, HttpServletRequest request) {
		return accounts.account(request).map(account -> {
			cards.withdraw(account.signedIn(), own(id, account));
			return "redirect:" + PATH + "/mine?done=withdrawn";
		}).orElse(signInFirst());
	}

	/**
	 * The card as its owner may see it (in any state), or as anyone may (live, its
	 * organisation listed); otherwise there is no such card.
	 */
	private Card visible(long id, Optional<AccountPages.Account> account) {
		Card card = store.find(id).orElseThrow(CardPages::notFound);
		if (owns(account, card) || isPublic(card)) {
			return card;
		}
		throw notFound();
	}

	private boolean isPublic(Card card) {
		return card.live(clock.instant()) && listedOrganisations().containsKey(card.organisationKey());
	}

	private Card own(long id, AccountPages.Account account) {
		return store.find(id)
			.filter(card -> owns(Optional.of(account), card) && card.editable())
			.orElseThrow(CardPages::notFound);
	}

	private static boolean owns(Optional<AccountPages.Account> account, Card card) {
		return account.isPresent() && account.get().organisation().key().equals(card.organisationKey());
	}

	private String cardPage(Card card, Optional<AccountPages.Account> account, ReportForm form, FieldErrors errors,
			Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		String name = organisations.find(card.organisationKey()).map(Organisation::name).orElse("");
		model.addAttribute("card", ShownCard.of(card, name, messages, locale));
		boolean owner = owns(account, card);
		boolean renewable = owner && card.renewable(clock.instant());
		model.addAttribute("owner", owner);
		model.addAttribute("editable", owner && card.editable());
		model.addAttribute("renewable", renewable);
		model.addAttribute("renewalOpens",
				owner && !renewable && card.state() == Card.State.APPROVED ? card.renewalOpens() : null);
		model.addAttribute("signedIn", account.isPresent());
		model.addAttribute("reportForm", form);
		model.addAttribute("reportErrors", errors);
		model.addAttribute("matches",
				owns(account, card) ? shownMatches(card, listedOrganisations(), MATCHES_ON_CARD, locale) : List.of());
		return "directory/card";
	}

	private String cardForm(CardRules.CardForm form, Card editing, FieldErrors errors, Model model) {
		model.addAttribute("cardForm", form);
		model.addAttribute("editing", editing == null ? null : editing.id());
		model.addAttribute("note",
				editing != null && editing.state() == Card.State.CHANGES_REQUESTED ? editing.note() : null);
		model.addAttribute("errors", errors);
		addChoices(model, LocaleContextHolder.getLocale());
		return "directory/cardForm";
	}

	/** A form posted without its key (forged, or from an old page) gets a fresh one. */
	private static CardRules.CardForm keyed(CardRules.CardForm form) {
		if (form.key() != null && !form.key().isBlank()) {
			return form;
		}
		return new CardRules.CardForm(SecureTokens.newToken(), form.type(), form.role(), form.tags(), form.quantity(),
				form.unit(), form.countries(), form.text());
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("types", options("directory.card.type.", Card.TYPES, locale));
		model.addAttribute("roles", options("directory.card.role.", Card.ROLES, locale));
		model.addAttribute("units", options("directory.card.unit.", Card.UNITS, locale));
		model.addAttribute("countries",
				Applications.countryNames(locale)
					.entrySet()
					.stream()
					.map(entry -> new Option(entry.getKey(), entry.getValue()))
					.toList());
	}

	private Map<String, Organisation> listedOrganisations() {
		return organisations.listed(Organisations.Query.none())
			.stream()
			.collect(Collectors.toMap(Organisation::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private List<ShownMatch> shownMatches(Card card, Map<String, Organisation> listed, int limit, Locale locale) {
		return matches.of(card, listed.keySet())
			.stream()
			.limit(limit)
			.map(match -> ShownMatch.of(match, listed.get(match.card().organisationKey()).name(), messages, locale))
			.toList();
	}

	private List<ShownCard> shown(List<Card> found, Map<String, Organisation> listed, Locale locale) {
		return found.stream()
			.map(card -> ShownCard.of(card, listed.get(card.organisationKey()).name(), messages, locale))
			.toList();
	}

	private List<Option> options(String prefix, List<String> codes, Locale locale) {
		return codes.stream().map(code -> new Option(code, messages.getMessage(prefix + code, null, locale))).toList();
	}

	private static String href(CardStore.Query query, int page) {
		return UriComponentsBuilder.fromPath(PATH)
			.queryParam("q", query.q())
			.queryParam("type", query.type())
			.queryParam("role", query.role())
			.queryParam("country", query.country())
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String signInFirst() {
		return "redirect:" + SignInPages.PATH;
	}

}
