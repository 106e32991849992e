package eu.balticaigf.portal.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import eu.balticaigf.portal.application.ApplicationAnswers;
import eu.balticaigf.portal.application.ApplicationStatus.Transition;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.staff.StaffDirectory;

/**
 * The staff detail page of one application, shared by the controllers whose forms live on
 * it (moves, scores, notes, assignments) so that a form with errors re-renders the whole
 * page with the messages next to its fields and what was typed kept. The page is in
 * sections, each with an anchor a save returns to ({@link Section}).
 */
@Component
class DetailPage {

	static final String VIEW = "review/show";

	/**
	 * The parts of the page a form saves, by their anchor: a save returns there, with its
	 * message.
	 */
	enum Section {

		MOVE("move"), SCORES("scores"), REVIEWERS("reviewers"), NOTES("notes");

		final String anchor;

		Section(String anchor) {
			this.anchor = anchor;
		}

		/** Back to this part of the page, after post/redirect/get. */
		String redirect(String reference) {
			return "redirect:/staff/applications/" + reference + "#" + anchor;
		}

	}

	/** The move form as posted, shown again when refused; empty on a fresh page. */
	record MoveForm(String action, String reason, String message, String answerBy) {

		static MoveForm empty() {
			return new MoveForm(null, null, null, null);
		}

	}

	/**
	 * An application hidden from the signed-in member of staff by a conflict of interest
	 * they declared.
	 */
	static class HiddenByConflict extends RuntimeException {

		final String reference;

		HiddenByConflict(String reference) {
			super(reference);
			this.reference = reference;
		}

	}

	private final Applications applications;

	private final ApplicationAnswers answers;

	private final ApplicationCalls calls;

	private final ReviewWorkflow workflow;

	private final Scoring scoring;

	private final Notes notes;

	private final Assignments assignments;

	private final Conflicts conflicts;

	private final StaffDirectory directory;

	private final ReviewSettings settings;

	private final Clock clock;

	DetailPage(Applications applications, ApplicationAnswers answers, ApplicationCalls calls, ReviewWorkflow workflow,
			Scoring scoring, Notes notes, Assignments assignments, Conflicts conflicts, StaffDirectory directory,
			ReviewSettings settings, Clock clock) {
		this.applications = applications;
		this.answers = answers;
		this.calls = calls;
		this.workflow = workflow;
		this.scoring = scoring;
		this.notes = notes;
		this.assignments = assignments;
		this.conflicts = conflicts;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The application by reference, for the signed-in member of staff: 404 when there is
	 * none, and {@link HiddenByConflict} when they declared a conflict with it (the page
	 * then says so: they named the organisation themselves, so saying why tells them
	 * nothing new).
	 */
	StoredApplication find(String reference) {
		StoredApplication application = applications.find(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (conflicts.conflicted(AuditLog.currentActor(), application)) {
			throw new HiddenByConflict(reference);
		}
		return application;
	}

	/**
	 * The declaration that hides this application from the signed-in member of staff, if
	 * one does.
	 */
	Optional<Conflict> hidingDeclaration(String reference) {
		return applications.find(reference)
			.flatMap(application -> conflicts.covering(AuditLog.currentActor(), application));
	}

	/**
	 * The page with the signed-in reviewer's own saved scores chosen in the score form.
	 */
	String show(StoredApplication application, Model model) {
		return show(application, model, FieldErrors.none());
	}

	/** The same, with the problems of another form on the page. */
	String show(StoredApplication application, Model model, FieldErrors errors) {
		Scoreboard board = scoring.scoreboard(application);
		Map<String, String> mine = new LinkedHashMap<>();
		board.sets()
			.stream()
			.filter(set -> set.reviewer().equals(AuditLog.currentActor()))
			.findFirst()
			.ifPresent(set -> set.scores().forEach((code, score) -> mine.put(Scoring.field(code), score.toString())));
		return show(application, board, mine, errors, model);
	}

	/**
	 * The page with {@code scoreInput} in the score form (field name to value) and the
	 * score form's problems in the error summary and next to their fields.
	 */
	String show(StoredApplication application, Map<String, String> scoreInput, FieldErrors errors, Model model) {
		return show(application, scoring.scoreboard(application), scoreInput, errors, model);
	}

	private String show(StoredApplication application, Scoreboard board, Map<String, String> scoreInput,
			FieldErrors errors, Model model) {
		Locale reader = LocaleContextHolder.getLocale();
		List<String> assigned = assignments.of(application.id());
		List<StaffDirectory.Member> eligible = assignments.eligible(application);
		List<ReviewWorkflow.TimelineEntry> timeline = workflow.timeline(application.id());
		List<Notes.Note> written = notes.of(application.id());
		Set<String> people = new HashSet<>(assigned);
		timeline.forEach(entry -> people.add(entry.actor()));
		written.forEach(note -> people.add(note.author()));
		board.sets().forEach(set -> people.add(set.reviewer()));
		Optional<Call> call = calls.of(application);
		Roles.addTo(model);
		model.addAttribute("app", application);
		model.addAttribute("callSlug", call.map(Call::slug).orElse(""));
		model.addAttribute("callTitle", call.map(found -> found.title(reader)).orElse(""));
		model.addAttribute("timeline", timeline);
		model.addAttribute("lateAnswers", lateAnswers(timeline));
		model.addAttribute("openQuestion", workflow.openQuestion(application).orElse(null));
		model.addAttribute("now", clock.instant());
		model.addAttribute("zone", calls.zoneOf(application));
		model.addAttribute("answers", answers.sections(application.data(), reader));
		model.addAttribute("history", answers.history(applications.history(application), reader));
		model.addAttribute("board", board);
		model.addAttribute("scoreInput", scoreInput);
		model.addAttribute("errors", errors);
		model.addAttribute("notes", written);
		model.addAttribute("assigned", assigned);
		model.addAttribute("assignable",
				eligible.stream().filter(member -> !assigned.contains(member.email())).toList());
		model.addAttribute("conflicted",
				directory.reviewers()
					.stream()
					.filter(member -> eligible.stream().noneMatch(other -> other.email().equals(member.email())))
					.toList());
		model.addAttribute("names", directory.displayNames(people));
		if (!model.containsAttribute("move")) {
			model.addAttribute("move", MoveForm.empty());
		}
		model.addAttribute("answerByDefault",
				Review.defaultAnswerBy(LocalDate.now(clock.withZone(calls.zoneOf(application))), settings.answerDays())
					.toString());
		return VIEW;
	}

	/** When answers came after the answer-by time of the question they answered. */
	static Set<Instant> lateAnswers(List<ReviewWorkflow.TimelineEntry> timeline) {
		Set<Instant> late = new HashSet<>();
		Instant due = null;
		for (ReviewWorkflow.TimelineEntry entry : timeline) {
			if (Transition.REQUEST_INFORMATION.name().equals(entry.action())) {
				due = entry.answerBy();
			}
			else if (Transition.ANSWER_INFORMATION.name().equals(entry.action()) && due != null
					&& entry.at().isAfter(due)) {
				late.add(entry.at());
			}
		}
		return late;
	}

}
