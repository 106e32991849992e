package eu.balticaigf.portal.messages;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.StaffNames;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Authorities;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's messages: every member of staff reads what was sent; administrators
 * write to the applicants of a call, preview the e-mail as each language's recipients
 * will get it, and send it with a second, deliberate step.
 */
@Controller
@RequestMapping("/staff/messages")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
class MessagePages {

	/** A row of the sent list, and the head of a message's page. */
	record Summary(SentMessages.SentMessage message, String audience, List<Audiences.Chosen> filter, String sentBy) {
	}

	private static final int LISTED = 200;

	private final Messages messages;

	private final Audiences audiences;

	private final SentMessages sent;

	private final StaffNames staffNames;

	MessagePages(Messages messages, Audiences audiences, SentMessages sent, StaffNames staffNames) {
		this.messages = messages;
		this.audiences = audiences;
		this.sent = sent;
		this.staffNames = staffNames;
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(Authentication authentication) {
		return Authorities.holdsAny(authentication, "ROLE_ADMIN");
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("messages", summaries(sent.latest(LISTED), locale));
		model.addAttribute("calls", audiences.calls());
		model.addAttribute("meetings", audiences.meetings());
		return "messages/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		SentMessages.SentMessage message = sent.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("summary", summaries(List.of(message), locale).get(0));
		return "messages/message";
	}

	@GetMapping("/calls/{slug}/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newToApplicants(@PathVariable String slug, Model model, Locale locale) {
		return compose(call(slug), MessageForm.empty(SecureTokens.newToken()), FieldErrors.none(), null, model, locale);
	}

	@PostMapping("/calls/{slug}/preview")
	@PreAuthorize("hasRole('ADMIN')")
	String previewToApplicants(@PathVariable String slug, @ModelAttribute("form") MessageForm form,
			BindingResult errors, Model model, Locale locale) {
		return preview(call(slug), form, errors, model, locale);
	}

	@PostMapping("/calls/{slug}")
	@PreAuthorize("hasRole('ADMIN')")
	String sendToApplicants(@PathVariable String slug, @ModelAttribute("form") MessageForm form, BindingResult errors,
			Model model, Locale locale, Authentication staff, RedirectAttributes redirect) {
		return send(call(slug), form, errors, model, locale, staff, redirect);
	}

	@GetMapping("/meetings/{slug}/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newToRegistrants(@PathVariable String slug, Model model, Locale locale) {
		return compose(meeting(slug), MessageForm.empty(SecureTokens.newToken()), FieldErrors.none(), null, model,
				locale);
	}

	@PostMapping("/meetings/{slug}/preview")
	@PreAuthorize("hasRole('ADMIN')")
	String previewToRegistrants(@PathVariable String slug, @ModelAttribute("form") MessageForm form,
			BindingResult errors, Model model, Locale locale) {
		return preview(meeting(slug), form, errors, model, locale);
	}

	@PostMapping("/meetings/{slug}")
	@PreAuthorize("hasRole('ADMIN')")
	String sendToRegistrants(@PathVariable String slug, @ModelAttribute("form") MessageForm form, BindingResult errors,
			Model model, Locale locale, Authentication staff, RedirectAttributes redirect) {
		return send(meeting(slug), form, errors, model, locale, staff, redirect);
	}

	private Audience meeting(String slug) {
		return audiences.meeting(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Audience call(String slug) {
		return audiences.call(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String preview(Audience audience, MessageForm form, BindingResult errors, Model model, Locale locale) {
		Audience filtered = validated(audience, form, errors, locale);
		if (errors.hasErrors()) {
			return compose(audience, form, FieldErrors.of(errors), null, model, locale);
		}
		Messages.Preview preview = messages.preview(filtered, form.texts());
		if (preview.recipients() == 0) {
			errors.rejectValue("status", "messages.error.nobody." + audience.kind());
			return compose(audience, form, FieldErrors.of(errors), null, model, locale);
		}
		return compose(audience, form, FieldErrors.none(), preview, model, locale);
	}

	private String send(Audience audience, MessageForm form, BindingResult errors, Model model, Locale locale,
			Authentication staff, RedirectAttributes redirect) {
		Audience filtered = validated(audience, form, errors, locale);
		if (!errors.hasErrors()) {
			try {
				Messages.Sent result = messages.send(form.key(), filtered, form.texts(), staff.getName());
				redirect.addFlashAttribute("notice", result.repeated() ? "messages.sent.before" : "messages.sent");
				return "redirect:/staff/messages/" + result.id();
			}
			catch (Messages.NoRecipients ex) {
				errors.rejectValue("status", "messages.error.nobody." + audience.kind());
			}
		}
		return compose(audience, form, FieldErrors.of(errors), null, model, locale);
	}

	private Audience validated(Audience audience, MessageForm form, BindingResult errors, Locale locale) {
		MessageFormValidator.validate(form, audiences.filters(audience.kind(), locale), errors);
		return audience.filtered(form.filter());
	}

	private String compose(Audience audience, MessageForm form, FieldErrors errors, Messages.Preview preview,
			Model model, Locale locale) {
		model.addAttribute("audience", audience);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("filters", audiences.filters(audience.kind(), locale));
		model.addAttribute("preview", preview);
		return "messages/compose";
	}

	private List<Summary> summaries(List<SentMessages.SentMessage> found, Locale locale) {
		Set<String> senders = found.stream().map(SentMessages.SentMessage::sentBy).collect(Collectors.toSet());
		var names = staffNames.byEmail(senders);
		return found.stream().map(message -> {
			Audience audience = audiences.of(message.kind(), message.slug(), message.filter()).orElse(null);
			return new Summary(message, audience == null ? message.slug() : audience.title(locale),
					audience == null ? List.of() : audiences.describe(audience, locale),
					names.getOrDefault(message.sentBy(), message.sentBy()));
		}).toList();
	}

}
