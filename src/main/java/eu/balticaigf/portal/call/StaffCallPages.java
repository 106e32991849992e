package eu.balticaigf.portal.call;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.balticaigf.portal.meeting.Meetings;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Option;
import eu.balticaigf.portal.shared.web.Authorities;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calls in the back office: every staff role reads them; only an administrator creates,
 * changes, publishes, archives or clones one. A new call is a draft until it is published
 * on purpose; a published call keeps its slug, because its address is in e-mails and
 * links already.
 */
@Controller
@RequestMapping("/staff/calls")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
class StaffCallPages {

	/** The clone page's form: the new call's slug and what to copy. */
	record CloneRequest(String slug, List<String> copy) {
	}

	private final CallRepository calls;

	private final CallEditor editor;

	private final Meetings meetings;

	private final Clock clock;

	private final MessageSource messages;

	StaffCallPages(CallRepository calls, CallEditor editor, Meetings meetings, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.calls = calls;
		this.editor = editor;
		this.meetings = meetings;
		this.clock = clock;
	}

	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.setAutoGrowCollectionLimit(100);
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(Authentication authentication) {
		return Authorities.holdsAny(authentication, "ROLE_ADMIN");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("calls", calls.findAll());
		model.addAttribute("now", clock.instant());
		return "call/staffList";
	}

	@GetMapping("/{slug}")
	String show(@PathVariable String slug, Model model) {
		Call call = call(slug);
		model.addAttribute("call", call);
		model.addAttribute("details", calls.details(call.id()));
		model.addAttribute("now", clock.instant());
		return "call/staffShow";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newCall(Model model) {
		return form(CallForm.empty(), FieldErrors.none(), null, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@ModelAttribute("form") CallForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		validate(form, errors, false, null);
		if (!errors.hasErrors()) {
			Optional<Call> created = editor.create(form.toCall(0, Call.State.DRAFT, false, 1), form.toDetails());
			if (created.isPresent()) {
				redirect.addFlashAttribute("notice", "call.staff.created");
				return "redirect:/staff/calls/" + created.get().slug();
			}
			errors.rejectValue("slug", "call.staff.error.slugTaken");
		}
		return form(form.withBlankRows(), errors(errors), null, model);
	}

	@GetMapping("/{slug}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String slug, Model model) {
		Call call = call(slug);
		return form(CallForm.of(call, calls.details(call.id())), FieldErrors.none(), call, model);
	}

	@PostMapping("/{slug}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable String slug, @ModelAttribute("form") CallForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Call call = call(slug);
		validate(form, errors, call.isPublic(), call.slug());
		if (!errors.hasErrors()) {
			if (editor.update(call, form.toCall(call.id(), call.state(), call.demo(), call.formVersion()),
					form.toDetails())) {
				redirect.addFlashAttribute("notice", "call.staff.updated");
				return "redirect:/staff/calls/" + form.slug;
			}
			errors.rejectValue("slug", "call.staff.error.slugTaken");
		}
		return form(form.withBlankRows(), errors(errors), call, model);
	}

	@PostMapping("/{slug}/publish")
	@PreAuthorize("hasRole('ADMIN')")
	String publish(@PathVariable String slug, RedirectAttributes redirect) {
		return move(slug, Call.State.PUBLISHED, redirect);
	}

	@PostMapping("/{slug}/archive")
	@PreAuthorize("hasRole('ADMIN')")
	String archive(@PathVariable String slug, RedirectAttributes redirect) {
		return move(slug, Call.State.ARCHIVED, redirect);
	}

	/** A second click (the call is already there) changes nothing and says nothing. */
	private String move(String slug, Call.State to, RedirectAttributes redirect) {
		if (editor.move(call(slug), to)) {
			redirect.addFlashAttribute("notice", "call.staff." + to.name().toLowerCase(Locale.ROOT));
		}
		return "redirect:/staff/calls/" + slug;
	}

	@GetMapping("/{slug}/clone")
	@PreAuthorize("hasRole('ADMIN')")
	String cloneForm(@PathVariable String slug, Model model) {
		List<String> everything = new ArrayList<>();
		for (CallEditor.CopyPart part : CallEditor.CopyPart.values()) {
			everything.add(part.name());
		}
		return cloneForm(call(slug), new CloneRequest(slug + "-copy", everything), FieldErrors.none(), model);
	}

	@PostMapping("/{slug}/clone")
	@PreAuthorize("hasRole('ADMIN')")
	String cloneCall(@PathVariable String slug, @ModelAttribute("cloning") CloneRequest cloning, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Call source = call(slug);
		String newSlug = cloning.slug() == null ? "" : cloning.slug().strip();
		List<CallEditor.CopyPart> parts = new ArrayList<>();
		for (CallEditor.CopyPart part : CallEditor.CopyPart.values()) {
			if (cloning.copy() != null && cloning.copy().contains(part.name())) {
				parts.add(part);
			}
		}
		if (!CallForm.SLUG.matcher(newSlug).matches()) {
			errors.rejectValue("slug", "call.staff.error.slug");
		}
		else {
			Optional<Call> copy = editor.cloneCall(source, newSlug, parts);
			if (copy.isPresent()) {
				redirect.addFlashAttribute("notice", "call.staff.cloned");
				redirect.addFlashAttribute("copied", parts.stream().map(Enum::name).toList());
				return "redirect:/staff/calls/" + newSlug;
			}
			errors.rejectValue("slug", "call.staff.error.slugTaken");
		}
		return cloneForm(source, cloning, FieldErrors.of(errors), model);
	}

	private String cloneForm(Call source, CloneRequest cloning, FieldErrors errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("parts",
				java.util.Arrays.stream(CallEditor.CopyPart.values())
					.map(part -> new Option(part.name(),
							messages.getMessage("call.staff.clone.part." + part.name(), null, locale)))
					.toList());
		model.addAttribute("call", source);
		model.addAttribute("cloning", cloning);
		model.addAttribute("errors", errors);
		return "call/staffClone";
	}

	private void validate(CallForm form, Errors errors, boolean published, String currentSlug) {
		form.validate(errors, published, currentSlug);
		if (!errors.hasFieldErrors("slug") && !form.slug.equals(currentSlug) && calls.exists(form.slug)) {
			errors.rejectValue("slug", "call.staff.error.slugTaken");
		}
		String meeting = form.meeting == null ? "" : form.meeting.strip();
		if (!meeting.isEmpty() && meetings.find(meeting).isEmpty()) {
			errors.rejectValue("meeting", "call.staff.error.meeting");
		}
	}

	/** The form's problems, each linked to its input's id. */
	private static FieldErrors errors(Errors errors) {
		FieldErrors problems = FieldErrors.of(errors);
		errors.getFieldErrors().forEach(error -> problems.anchor(error.getField(), CallForm.id(error.getField())));
		return problems;
	}

	private String form(CallForm form, FieldErrors errors, Call call, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("call", call);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("countryOptions",
				CallChoices.COUNTRIES.stream().map(code -> new Option(code, CallTexts.country(code, locale))).toList());
		model.addAttribute("categoryOptions", options(CallChoices.CATEGORIES, "category.", locale));
		model.addAttribute("areaOptions", options(CallChoices.CONTRIBUTION_AREAS, "application.area.", locale));
		model.addAttribute("meetingOptions",
				meetings.all().stream().map(meeting -> new Option(meeting.slug(), meeting.title(locale))).toList());
		return "call/staffForm";
	}

	private List<Option> options(List<String> codes, String prefix, Locale locale) {
		return codes.stream().map(code -> new Option(code, messages.getMessage(prefix + code, null, locale))).toList();
	}

	private Call call(String slug) {
		return calls.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
