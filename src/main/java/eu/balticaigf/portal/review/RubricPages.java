package eu.balticaigf.portal.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.shared.web.FieldErrors;

/**
 * An admin edits a call's rubric: the weight of each criterion (0 removes it) and one new
 * criterion at a time. The default criteria keep their translated names; a new one has
 * the name the admin types, in one language.
 */
@Controller
@RequestMapping("/staff/calls/{slug}/rubric")
@PreAuthorize("hasRole('ADMIN')")
class RubricPages {

	static final int MAX_WEIGHT = 100;

	static final int MAX_NAME = 100;

	private final Calls calls;

	private final Scoring scoring;

	private final MessageSource messages;

	RubricPages(Calls calls, Scoring scoring, MessageSource messages) {
		this.calls = calls;
		this.scoring = scoring;
		this.messages = messages;
	}

	/** A criterion's weight field. */
	static String field(Rubric.Criterion criterion) {
		return "weight-" + criterion.code();
	}

	@GetMapping
	String show(@PathVariable String slug, Model model) {
		Call call = call(slug);
		Map<String, String> input = new LinkedHashMap<>();
		scoring.rubric(call.id()).criteria().forEach(c -> input.put(field(c), String.valueOf(c.weight())));
		return page(call, input, FieldErrors.none(), model);
	}

	/**
	 * The weights, one field per criterion of the rubric, are read by name rather than
	 * bound to a record; the problems go into a binding result all the same.
	 */
	@PostMapping
	String save(@PathVariable String slug, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		Call call = call(slug);
		Errors errors = new MapBindingResult(form, "rubric");
		List<Rubric.Criterion> kept = new ArrayList<>();
		for (Rubric.Criterion criterion : scoring.rubric(call.id()).criteria()) {
			Integer weight = weight(form.get(field(criterion)), 0);
			if (weight == null) {
				errors.rejectValue(field(criterion), "review.rubric.weight", new Object[] { MAX_WEIGHT }, null);
			}
			else if (weight > 0) {
				kept.add(new Rubric.Criterion(criterion.code(), criterion.name(), weight));
			}
		}
		String newName = form.getOrDefault("newName", "").strip();
		if (!newName.isEmpty()) {
			Integer weight = weight(form.get("newWeight"), 1);
			if (newName.length() > MAX_NAME) {
				errors.rejectValue("newName", "review.rubric.nameTooLong", new Object[] { MAX_NAME }, null);
			}
			if (weight == null) {
				errors.rejectValue("newWeight", "review.rubric.newWeight", new Object[] { MAX_WEIGHT }, null);
			}
			else {
				kept.add(new Rubric.Criterion(newCode(), newName, weight));
			}
		}
		if (!errors.hasErrors() && kept.isEmpty()) {
			errors.rejectValue(field(scoring.rubric(call.id()).criteria().get(0)), "review.rubric.empty");
		}
		if (errors.hasErrors()) {
			return page(call, form, FieldErrors.of(errors), model);
		}
		scoring.saveRubric(call.id(), call.slug(), new Rubric(kept));
		redirect.addFlashAttribute("done", messages.getMessage("review.rubric.saved", null, locale));
		return "redirect:/staff/calls/" + call.slug() + "/rubric";
	}

	private String page(Call call, Map<String, String> input, FieldErrors errors, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("rubric", scoring.rubric(call.id()));
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		return "review/rubric";
	}

	private Call call(String slug) {
		return calls.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A whole number from {@code lowest} to {@link #MAX_WEIGHT}, or {@code null}. */
	private static Integer weight(String value, int lowest) {
		try {
			int weight = Integer.parseInt(value == null ? "" : value.strip());
			return weight >= lowest && weight <= MAX_WEIGHT ? weight : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A code no earlier criterion had, so scores given under a removed criterion never
	 * count for a new one.
	 */
	private static String newCode() {
		return "CUSTOM_" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
