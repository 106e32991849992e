package eu.balticaigf.portal.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.staff.AuditLog;
import eu.balticaigf.portal.staff.StaffDirectory;

/**
 * The staff detail page of one application, shared by the controllers whose forms live on it (moves, scores, notes,
 * assignments) so that a form with errors re-renders the whole page with the messages next to its fields.
 */
@Component
class DetailPage {

	static final String VIEW = "review/show";

	private final Applications applications;

	private final Calls calls;

	private final ReviewWorkflow workflow;

	private final Scoring scoring;

	private final Notes notes;

	private final Assignments assignments;

	private final Conflicts conflicts;

	DetailPage(Applications applications, Calls calls, ReviewWorkflow workflow, Scoring scoring, Notes notes,
			Assignments assignments, Conflicts conflicts) {
		this.applications = applications;
		this.calls = calls;
		this.workflow = workflow;
		this.scoring = scoring;
		this.notes = notes;
		this.assignments = assignments;
		this.conflicts = conflicts;
	}

	/**
	 * The application by reference, for the signed-in member of staff: 404 when there is none, and also when they
	 * declared a conflict with it (to them it does not exist; a 403 would confirm that it does).
	 */
	StoredApplication find(String reference) {
		return applications.find(reference)
			.filter(application -> !conflicts.conflicted(AuditLog.currentActor(), application))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The page with the signed-in reviewer's own scores in the form. */
	String show(StoredApplication application, Model model) {
		Scoreboard board = scoring.scoreboard(application);
		Map<String, String> mine = new LinkedHashMap<>();
		board.sets()
			.stream()
			.filter(set -> set.reviewer().equals(AuditLog.currentActor()))
			.findFirst()
			.ifPresent(set -> set.scores().forEach((code, score) -> mine.put(Scoring.field(code), score.toString())));
		return show(application, board, mine, Map.of(), model);
	}

	/**
	 * The page with {@code scoreInput} in the score form (field name to value) and {@code errors} (field id to
	 * message) in the error summary and next to their fields.
	 */
	String show(StoredApplication application, Map<String, String> scoreInput, Map<String, String> errors,
			Model model) {
		return show(application, scoring.scoreboard(application), scoreInput, errors, model);
	}

	private String show(StoredApplication application, Scoreboard board, Map<String, String> scoreInput,
			Map<String, String> errors, Model model) {
		List<String> assigned = assignments.of(application.id());
		Roles.addTo(model);
		model.addAttribute("app", application);
		model.addAttribute("countryNames", Applications.countryNames(LocaleContextHolder.getLocale()));
		model.addAttribute("callSlug",
				calls.all().stream().filter(call -> call.id() == application.callId()).map(Call::slug).findFirst().orElse(""));
		model.addAttribute("stage", application.status());
		model.addAttribute("timeline", workflow.timeline(application.id()));
		model.addAttribute("history", applications.history(application));
		model.addAttribute("board", board);
		model.addAttribute("scoreInput", scoreInput);
		model.addAttribute("errors", errors);
		model.addAttribute("notes", notes.of(application.id()));
		model.addAttribute("assigned", assigned);
		model.addAttribute("assignable", assignments.eligible(application)
			.stream()
			.filter(member -> !assigned.contains(member.email()))
			.map(StaffDirectory.Member::email)
			.toList());
		return VIEW;
	}

}
