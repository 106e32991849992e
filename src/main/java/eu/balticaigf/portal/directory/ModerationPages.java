package eu.balticaigf.portal.directory;

import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory's moderation queue for reviewers and administrators: new and edited
 * cards, and reported ones, each approved, sent back with a note asking for changes, or
 * rejected with a reason; the owner hears of each decision by e-mail.
 */
@Controller
@RequestMapping(ModerationPages.PATH)
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
class ModerationPages {

	static final String PATH = "/staff/directory/moderation";

	private static final int NOTE_MAX = 1000;

	/** A card waiting, as the queue shows it. */
	record Waiting(ShownCard card, List<String> reports) {
	}

	/** The decision form. */
	record DecisionForm(String decision, String note) {
	}

	private final Cards cards;

	private final CardStore store;

	private final Organisations organisations;

	private final MessageSource messages;

	ModerationPages(Cards cards, CardStore store, Organisations organisations, MessageSource messages) {
		this.cards = cards;
		this.store = store;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String done, Model model, Locale locale) {
		model.addAttribute("waiting",
				store.queue()
					.stream()
					.map(queued -> new Waiting(shown(queued.card(), locale), queued.reports()))
					.toList());
		model.addAttribute("done", done);
		return "directory/moderation";
	}

	@GetMapping("/{id:\\d+}")
	String card(@PathVariable long id, Model model, Locale locale) {
		return page(waiting(id), new DecisionForm(null, ""), FieldErrors.none(), model, locale);
	}

	@PostMapping("/{id:\\d+}")
	String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			Authentication staff, Model model, Locale locale) {
		Card card = waiting(id);
		Cards.Decision decision = decision(form.decision());
		String note = form.note() == null ? "" : form.note().strip();
		if (decision == null) {
			errors.rejectValue("decision", "directory.moderation.error.decision");
		}
		else if (decision.needsNote() && note.isEmpty()) {
			errors.rejectValue("note", "directory.moderation.error.note." + decision.name());
		}
		if (note.length() > NOTE_MAX) {
			errors.rejectValue("note", "directory.moderation.error.long", new Object[] { NOTE_MAX }, null);
		}
		if (errors.hasErrors()) {
			return page(card, form, FieldErrors.of(errors), model, locale);
		}
		boolean decided = cards.decide(staff.getName(), card, decision, decision.needsNote() ? note : null);
		return "redirect:" + PATH + "?done=" + (decided ? decision.name().toLowerCase(Locale.ROOT) : "gone");
	}

	private String page(Card card, DecisionForm form, FieldErrors errors, Model model, Locale locale) {
		model.addAttribute("card", shown(card, locale));
		model.addAttribute("reports", store.openReports(card.id()));
		model.addAttribute("decisionForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("decisions",
				List.of(Cards.Decision.values())
					.stream()
					.map(d -> new Option(d.name(),
							messages.getMessage("directory.moderation.decision." + d.name(), null, locale)))
					.toList());
		return "directory/moderationCard";
	}

	/** A card in the queue: pending, or approved with an open report. */
	private Card waiting(long id) {
		return store.find(id)
			.filter(card -> card.state() == Card.State.PENDING
					|| (card.state() == Card.State.APPROVED && !store.openReports(id).isEmpty()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ShownCard shown(Card card, Locale locale) {
		return ShownCard.of(card, organisations.find(card.organisationKey()).map(Organisation::name).orElse("–"),
				messages, locale);
	}

	private static Cards.Decision decision(String code) {
		for (Cards.Decision decision : Cards.Decision.values()) {
			if (decision.name().equals(code)) {
				return decision;
			}
		}
		return null;
	}

}
