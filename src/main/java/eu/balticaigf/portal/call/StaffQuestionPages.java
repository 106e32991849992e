package eu.balticaigf.portal.call;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * A call's questions in the back office: every staff role reads them with the version
 * applicants get; only an administrator adds, changes, removes or publishes them. Changes
 * wait in a working copy until published as the form's next version.
 */
@Controller
@RequestMapping("/staff/calls/{slug}/questions")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
class StaffQuestionPages {

	/** One question as the list shows it: what it asks and how, in the reader's words. */
	record Row(Question question, int position, String type, String condition) {
	}

	private final CallRepository calls;

	private final QuestionEditor editor;

	private final MessageSource messages;

	StaffQuestionPages(CallRepository calls, QuestionEditor editor, MessageSource messages) {
		this.calls = calls;
		this.editor = editor;
		this.messages = messages;
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
	String list(@PathVariable String slug, Model model) {
		Call call = call(slug);
		Locale locale = LocaleContextHolder.getLocale();
		List<Question> working = editor.working(call);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < working.size(); i++) {
			Question question = working.get(i);
			rows.add(new Row(question, i + 1, message("call.question.type." + question.type().name(), locale),
					condition(question, working, locale)));
		}
		model.addAttribute("call", call);
		model.addAttribute("rows", rows);
		model.addAttribute("pending", editor.pending(call));
		return "call/staffQuestions";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newQuestion(@PathVariable String slug, Model model) {
		Call call = call(slug);
		return form(call, null, QuestionForm.empty(editor.working(call).size() + 1), FieldErrors.none(), model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@PathVariable String slug, @ModelAttribute("form") QuestionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return save(call(slug), null, form, errors, model, redirect);
	}

	@GetMapping("/{key}")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String slug, @PathVariable String key, Model model) {
		Call call = call(slug);
		List<Question> working = editor.working(call);
		Question question = find(working, key);
		return form(call, key, QuestionForm.of(question, working.indexOf(question) + 1), FieldErrors.none(), model);
	}

	@PostMapping("/{key}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable String slug, @PathVariable String key, @ModelAttribute("form") QuestionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Call call = call(slug);
		find(editor.working(call), key);
		return save(call, key, form, errors, model, redirect);
	}

	@PostMapping("/{key}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String remove(@PathVariable String slug, @PathVariable String key, RedirectAttributes redirect) {
		Call call = call(slug);
		find(editor.working(call), key);
		if (editor.remove(call, key)) {
			redirect.addFlashAttribute("notice", "call.question.removed");
		}
		else {
			redirect.addFlashAttribute("problem", "call.question.error.removeDependedOn");
		}
		return "redirect:/staff/calls/" + slug + "/questions";
	}

	@PostMapping("/publish")
	@PreAuthorize("hasRole('ADMIN')")
	String publish(@PathVariable String slug, RedirectAttributes redirect) {
		if (editor.publish(call(slug))) {
			redirect.addFlashAttribute("notice", "call.question.published");
		}
		return "redirect:/staff/calls/" + slug + "/questions";
	}

	private String save(Call call, String key, QuestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		List<Question> others = others(call, key);
		form.validate(errors, others,
				conditions(others, key).stream()
					.map(Option::value)
					.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
		if (key != null && !errors.hasErrors()) {
			keepDependentsAnswerable(key, form.toQuestion(), others, errors);
		}
		if (errors.hasErrors()) {
			return form(call, key, form.withBlankRows(), errors(errors), model);
		}
		editor.save(call, key, form.toQuestion(), form.position());
		redirect.addFlashAttribute("notice", key == null ? "call.question.added" : "call.question.saved");
		return "redirect:/staff/calls/" + call.slug() + "/questions";
	}

	/** A question others depend on must still offer the answers they depend on. */
	private static void keepDependentsAnswerable(String key, Question changed, List<Question> others, Errors errors) {
		boolean broken = others.stream()
			.filter(other -> other.shownWhen() != null && other.shownWhen().question().equals(key))
			.anyMatch(other -> !changed.values().contains(other.shownWhen().answer()));
		if (broken) {
			errors.rejectValue("type", "call.question.error.dependedOn");
		}
	}

	private List<Question> others(Call call, String key) {
		return editor.working(call).stream().filter(question -> !question.key().equals(key)).toList();
	}

	/**
	 * The answers a question may depend on: each choice of every other choice question
	 * (the check that it comes earlier is the form's).
	 */
	private List<Option> conditions(List<Question> others, String key) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Option> options = new ArrayList<>();
		for (Question other : others) {
			if (other.type().isChoice() && !other.key().equals(key)) {
				for (String value : other.values()) {
					options.add(new Option(other.key() + "=" + value, message("call.question.condition", locale,
							other.label(locale), answer(other, value, locale))));
				}
			}
		}
		return options;
	}

	private String condition(Question question, List<Question> all, Locale locale) {
		if (question.shownWhen() == null) {
			return null;
		}
		return all.stream()
			.filter(other -> other.key().equals(question.shownWhen().question()))
			.findFirst()
			.map(other -> message("call.question.condition", locale, other.label(locale),
					answer(other, question.shownWhen().answer(), locale)))
			.orElse(question.shownWhen().question());
	}

	private String answer(Question question, String value, Locale locale) {
		if (question.type() == Question.Type.YES_NO) {
			return message("true".equals(value) ? "call.question.yes" : "call.question.no", locale);
		}
		return question.choiceLabel(value, locale);
	}

	private String form(Call call, String key, QuestionForm form, FieldErrors errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Question> others = others(call, key);
		model.addAttribute("call", call);
		model.addAttribute("key", key);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types",
				java.util.Arrays.stream(Question.Type.values())
					.map(type -> new Option(type.name(), message("call.question.type." + type.name(), locale)))
					.toList());
		List<Option> conditions = new ArrayList<>();
		conditions.add(new Option("", message("call.question.always", locale)));
		conditions.addAll(conditions(others, key));
		model.addAttribute("conditions", conditions);
		model.addAttribute("kinds",
				Question.FILE_KINDS.stream()
					.map(kind -> new Option(kind, message("upload.kind." + kind.toLowerCase(Locale.ROOT), locale)))
					.toList());
		List<Option> positions = new ArrayList<>();
		for (int i = 1; i <= others.size() + 1; i++) {
			positions.add(new Option(String.valueOf(i), String.valueOf(i)));
		}
		model.addAttribute("positions", positions);
		return "call/staffQuestion";
	}

	/** The form's problems, each linked to its input's id. */
	private static FieldErrors errors(Errors errors) {
		FieldErrors problems = FieldErrors.of(errors);
		errors.getFieldErrors().forEach(error -> problems.anchor(error.getField(), QuestionForm.id(error.getField())));
		return problems;
	}

	private static Question find(List<Question> questions, String key) {
		return questions.stream()
			.filter(question -> question.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	private Call call(String slug) {
		return calls.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
