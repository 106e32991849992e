package eu.balticaigf.portal.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.application.Applications;
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

/**
 * An organisation asks for an introduction on a card's page; the card's owner answers on
 * the introductions page, where the asker follows its own requests; after an accepted
 * introduction, either side says whether it led anywhere. Every route needs a signed-in
 * organisation; a request that is not one's own is not found.
 */
@Controller
class IntroductionPages {

	static final String PATH = "/directory/introductions";

	static final int MESSAGE_MAX = 500;

	private final Introductions introductions;

	private final AccountPages accounts;

	private final CardStore cards;

	private final MessageSource messages;

	IntroductionPages(Introductions introductions, AccountPages accounts, CardStore cards, MessageSource messages) {
		this.introductions = introductions;
		this.accounts = accounts;
		this.cards = cards;
		this.messages = messages;
	}

	/** The request's form: a short message to the card's owner. */
	record AskForm(String message) {
	}

	/** The follow-up's form: did it lead anywhere? */
	record OutcomeForm(String outcome) {
	}

	/** A request to one of the organisation's cards: who asks, and nothing more. */
	record Incoming(long id, String title, String organisation, String countryName, String message, String state,
			String stateLabel, boolean pending, Instant askedAt, Instant expiresAt, boolean accepted) {
	}

	/**
	 * One of the organisation's own requests: a declined one reads "closed", as an
	 * expired one, down to its {@code data-} attribute.
	 */
	record Outgoing(long id, Long cardId, String title, String organisation, String state, String stateLabel,
			Instant askedAt, boolean accepted) {
	}

	@GetMapping("/directory/cards/{id:\\d+}/introduction")
	String askPage(@PathVariable long id, HttpServletRequest request, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		Card card = askable(id, account.get());
		return askPage(card, new AskForm(""), FieldErrors.none(), null, model);
	}

	@PostMapping("/directory/cards/{id:\\d+}/introduction")
	String ask(@PathVariable long id, @ModelAttribute("askForm") AskForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		Card card = askable(id, account.get());
		String message = form.message() == null ? "" : form.message().strip();
		if (message.isEmpty()) {
			errors.rejectValue("message", "directory.introductions.error.required");
		}
		else if (message.length() > MESSAGE_MAX) {
			errors.rejectValue("message", "directory.introductions.error.long", new Object[] { MESSAGE_MAX }, null);
		}
		else if (ProfileRules.holdsContact(message)) {
			errors.rejectValue("message", "directory.introductions.error.contact");
		}
		if (errors.hasErrors()) {
			return askPage(card, form, FieldErrors.of(errors), null, model);
		}
		Introductions.Asked asked = introductions.ask(account.get().signedIn(), account.get().organisation(), card,
				message, LocaleContextHolder.getLocale());
		return switch (asked) {
			case ASKED -> "redirect:" + PATH + "?done=asked";
			case TOO_MANY_PENDING -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				yield askPage(card, form, FieldErrors.none(), "pending", model);
			}
			case TOO_MANY_TODAY -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				yield askPage(card, form, FieldErrors.none(), "today", model);
			}
		};
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> countries = Applications.countryNames(locale);
		String key = account.get().organisation().key();
		model.addAttribute("organisation", account.get().organisation().name());
		model.addAttribute("incoming",
				introductions.toOwner(key)
					.stream()
					.map(found -> new Incoming(found.id(), introductions.cardTitle(found, locale),
							introductions.name(found.askerKey()),
							countries.getOrDefault(found.askerCountry(), found.askerCountry()), found.message(),
							found.state().name(), t(found.state().label(), locale),
							found.state() == Introductions.State.PENDING, found.askedAt(), found.expiresAt(),
							found.state() == Introductions.State.ACCEPTED))
					.toList());
		model.addAttribute("outgoing",
				introductions.fromAsker(key)
					.stream()
					.map(found -> new Outgoing(found.id(), found.cardId(), introductions.cardTitle(found, locale),
							introductions.name(found.ownerKey()), found.state().askerCode(),
							t(found.state().askerLabel(), locale), found.askedAt(),
							found.state() == Introductions.State.ACCEPTED))
					.toList());
		model.addAttribute("done", done);
		return "directory/introductions";
	}

	@PostMapping(PATH + "/{id:\\d+}/accept")
	String accept(@PathVariable long id, HttpServletRequest request) {
		AccountPages.Account account = accounts.account(request).orElseThrow(IntroductionPages::notFound);
		if (!introductions.accept(account.signedIn(), id, LocaleContextHolder.getLocale())) {
			throw notFound();
		}
		return "redirect:" + PATH + "?done=accepted";
	}

	@PostMapping(PATH + "/{id:\\d+}/decline")
	String decline(@PathVariable long id, HttpServletRequest request) {
		AccountPages.Account account = accounts.account(request).orElseThrow(IntroductionPages::notFound);
		if (!introductions.decline(account.signedIn(), id)) {
			throw notFound();
		}
		return "redirect:" + PATH + "?done=declined";
	}

	@GetMapping(PATH + "/{id:\\d+}/outcome")
	String outcomePage(@PathVariable long id, HttpServletRequest request, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		return outcomePage(ownAccepted(id, account.get()), account.get(), null, FieldErrors.none(), model);
	}

	@PostMapping(PATH + "/{id:\\d+}/outcome")
	String recordOutcome(@PathVariable long id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		Optional<AccountPages.Account> account = accounts.account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		Introductions.Introduction introduction = ownAccepted(id, account.get());
		Optional<Introductions.Outcome> outcome = List.of(Introductions.Outcome.values())
			.stream()
			.filter(candidate -> candidate.name().equals(form.outcome()))
			.findFirst();
		if (outcome.isEmpty()) {
			errors.rejectValue("outcome", "directory.introductions.outcome.error.required");
			return outcomePage(introduction, account.get(), form.outcome(), FieldErrors.of(errors), model);
		}
		introductions.recordOutcome(account.get().signedIn(), id, outcome.get());
		return "redirect:" + PATH + "?done=outcome";
	}

	private String askPage(Card card, AskForm form, FieldErrors errors, String refused, Model model) {
		model.addAttribute("card", ShownCard.of(card, introductions.name(card.organisationKey()), messages,
				LocaleContextHolder.getLocale()));
		model.addAttribute("askForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refused", refused);
		return "directory/introductionAsk";
	}

	private String outcomePage(Introductions.Introduction introduction, AccountPages.Account account, String chosen,
			FieldErrors errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean asker = introduction.askerKey().equals(account.organisation().key());
		Introductions.Outcome own = asker ? introduction.askerOutcome() : introduction.ownerOutcome();
		model.addAttribute("id", introduction.id());
		model.addAttribute("title", introductions.cardTitle(introduction, locale));
		model.addAttribute("other", introductions.name(asker ? introduction.ownerKey() : introduction.askerKey()));
		model.addAttribute("options",
				List.of(Introductions.Outcome.values())
					.stream()
					.map(outcome -> new Option(outcome.name(), t(outcome.label(), locale)))
					.toList());
		model.addAttribute("selected", chosen != null ? chosen : own == null ? "" : own.name());
		model.addAttribute("errors", errors);
		return "directory/introductionOutcome";
	}

	/** A live card of another organisation; anything else is not found. */
	private Card askable(long id, AccountPages.Account account) {
		return cards.find(id)
			.filter(card -> card.live(introductions.now()))
			.filter(card -> !card.organisationKey().equals(account.organisation().key()))
			.orElseThrow(IntroductionPages::notFound);
	}

	private Introductions.Introduction ownAccepted(long id, AccountPages.Account account) {
		return introductions.find(id)
			.filter(found -> found.state() == Introductions.State.ACCEPTED)
			.filter(found -> found.sideOf(account.organisation().key()).isPresent())
			.orElseThrow(IntroductionPages::notFound);
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String signInFirst() {
		return "redirect:" + SignInPages.PATH;
	}

}
