package eu.balticaigf.portal.bid;

import java.util.function.Function;
import java.util.function.Supplier;

import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Html;

import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape every staff form of the bid shares, so that each handler states only what
 * differs: the form is bound and checked (problems on its fields); when nothing is wrong
 * the action runs, and may still refuse ({@link Refused}, or a move the commitment's
 * state no longer allows: a second click, a stale page); done, the person goes where the
 * change shows, told what was saved; otherwise the page is shown again with every problem
 * next to its field and nothing changed.
 */
final class FormFlow {

	/** Where the person goes after the action, and what the banner there says. */
	record Done(String path, String saved) {
	}

	/**
	 * What the action found wrong after the form's own checks, said next to a field
	 * (already in the reader's language).
	 */
	static final class Refused extends RuntimeException {

		private final String field;

		Refused(String field, String message) {
			super(message, null, false, false);
			this.field = field;
		}

	}

	/** The field a refused commitment move is said next to. */
	static final String STATE = "state";

	private FormFlow() {
	}

	static String complete(Errors errors, RedirectAttributes redirect, Supplier<Done> action,
			Function<FieldErrors, String> again) {
		if (errors.hasErrors()) {
			return again.apply(FieldErrors.of(errors));
		}
		try {
			Done done = action.get();
			redirect.addFlashAttribute("saved", done.saved());
			return "redirect:" + done.path();
		}
		catch (Refused refused) {
			return again.apply(FieldErrors.of(errors).add(refused.field, refused.getMessage()));
		}
		catch (CommitmentState.IllegalMove moved) {
			return again
				.apply(FieldErrors.of(errors).add(STATE, Html.t("bid.error.moved", Html.t(moved.state().label()))));
		}
	}

}
