package eu.balticaigf.portal.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.StaffNames;
import eu.balticaigf.portal.shared.web.Formats;

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

	/** The audit actions of the decisions, and the words a decided card's page uses. */
	private static final Map<String, String> DECISIONS = Map.of("directory.card.approved",
			"directory.moderation.decided.APPROVE", "directory.card.changes-requested",
			"directory.moderation.decided.CHANGES", "directory.card.rejected", "directory.moderation.decided.REJECT");

	private final MessageSource messages;

	private final AuditLog audit;

	private final StaffNames staffNames;

	private final Formats formats;

	ModerationPages(Cards cards, CardStore store, Organisations organisations, MessageSource messages, AuditLog audit,
			StaffNames staffNames, Formats formats) {
		this.cards = cards;
		this.store = store;
		this.organisations = organisations;
		this.messages = messages;
		this.audit = audit;
		this.staffNames = staffNames;
		this.formats = formats;
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
		Card card = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!isWaiting(card)) {
			// Reopened from the queue's link or the browser's history after the decision.
			model.addAttribute("card", shown(card, locale));
			model.addAttribute("decided", decided(card, locale));
			return "directory/moderationDecided";
		}
		return page(card, new DecisionForm(null, ""), FieldErrors.none(), model, locale);
	}

	@PostMapping("/{id:\\d+}")
	String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			Authentication staff, Model model, Locale locale) {
		Card card = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!isWaiting(card)) {
			return "redirect:" + PATH + "/" + id;
		}
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
	private boolean isWaiting(Card card) {
		return card.state() == Card.State.PENDING
				|| (card.state() == Card.State.APPROVED && !store.openReports(card.id()).isEmpty());
	}

	/**
	 * "This card was already moderated: approved on … by …" from the latest decision in
	 * the audit log; a card no moderator decided on (withdrawn while waiting) says its
	 * state.
	 */
	private String decided(Card card, Locale locale) {
		return audit.entriesAbout(List.of(AuditLog.Target.of("directory-card", card.id())), Instant.EPOCH, 100)
			.stream()
			.filter(entry -> DECISIONS.containsKey(entry.action()))
			.findFirst()
			.map(entry -> messages.getMessage("directory.moderation.decided",
					new Object[] { messages.getMessage(DECISIONS.get(entry.action()), null, locale),
							formats.dateTime(entry.at(), Cards.ZONE),
							staffNames.byEmail(List.of(entry.actor())).getOrDefault(entry.actor(), entry.actor()) },
					locale))
			.orElseGet(() -> messages.getMessage("directory.moderation.notWaiting",
					new Object[] { messages.getMessage(card.state().label(), null, locale) }, locale));
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
