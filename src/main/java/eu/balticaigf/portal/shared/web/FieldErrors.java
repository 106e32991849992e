package eu.balticaigf.portal.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's problems as a page shows them: one message per field in the reader's language,
 * in the order they were found (the order of the form), each with the id the error
 * summary links to; and problems that are about the whole form, without a link. Built
 * from Spring's {@link Errors} ({@link #of}), where a {@code Validator} put message
 * codes.
 */
public final class FieldErrors {

	/**
	 * One line of the error summary; {@code anchor} is null for a problem of the whole
	 * form.
	 */
	public record Problem(String field, String anchor, String message) {
	}

	private final Map<String, Problem> byField = new LinkedHashMap<>();

	private final List<Problem> global = new ArrayList<>();

	public static FieldErrors none() {
		return new FieldErrors();
	}

	/** The problems a validator found, each message in the reader's language. */
	public static FieldErrors of(Errors errors) {
		FieldErrors problems = new FieldErrors();
		for (ObjectError error : errors.getAllErrors()) {
			if (error instanceof FieldError field) {
				problems.add(field.getField(), Html.t(field));
			}
			else {
				problems.addGlobal(Html.t(error));
			}
		}
		return problems;
	}

	/** Keeps the first message for a field: the one the person should fix first. */
	public FieldErrors add(String field, String message) {
		byField.putIfAbsent(field, new Problem(field, field, message));
		return this;
	}

	/**
	 * Links the field's line of the summary to another id (radios, checkboxes: the first
	 * option).
	 */
	public FieldErrors anchor(String field, String anchor) {
		byField.computeIfPresent(field, (name, problem) -> new Problem(name, anchor, problem.message()));
		return this;
	}

	public FieldErrors addGlobal(String message) {
		global.add(new Problem(null, null, message));
		return this;
	}

	public boolean isEmpty() {
		return byField.isEmpty() && global.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String message(String field) {
		Problem problem = byField.get(field);
		return problem == null ? null : problem.message();
	}

	/** The summary's lines: problems of the whole form first, then each field's. */
	public List<Problem> all() {
		List<Problem> all = new ArrayList<>(global);
		all.addAll(byField.values());
		return Collections.unmodifiableList(all);
	}

}
