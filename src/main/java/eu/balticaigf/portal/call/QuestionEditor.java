package eu.balticaigf.portal.call;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's questions as admins edit them, and their publication as the form's next
 * version. Edits change a working copy that applicants do not see; publishing makes it a
 * new version of the form (audited with the questions before and after), which new
 * applications answer while earlier ones keep the version they answered.
 */
@Service
class QuestionEditor {

	private final CallRepository calls;

	private final AuditLog audit;

	private final Clock clock;

	QuestionEditor(CallRepository calls, AuditLog audit, Clock clock) {
		this.calls = calls;
		this.audit = audit;
		this.clock = clock;
	}

	List<Question> working(Call call) {
		return calls.questions(call.id());
	}

	FormVersion published(Call call) {
		return calls.formVersion(call.id(), call.formVersion()).orElse(FormVersion.none(call.id(), call.formVersion()));
	}

	/** Whether the working copy differs from what applicants get. */
	boolean pending(Call call) {
		return !working(call).equals(published(call).questions());
	}

	/**
	 * Adds a question or replaces the one with key {@code replacing} (null: a new one),
	 * at a position from 1; questions that depended on a renamed key follow it.
	 */
	@Transactional
	void save(Call call, String replacing, Question question, int position) {
		List<Question> questions = new ArrayList<>(working(call));
		if (replacing != null) {
			questions.removeIf(existing -> existing.key().equals(replacing));
			if (!replacing.equals(question.key())) {
				questions
					.replaceAll(other -> other.shownWhen() != null && other.shownWhen().question().equals(replacing)
							? withCondition(other, new Question.Condition(question.key(), other.shownWhen().answer()))
							: other);
			}
		}
		questions.add(Math.max(0, Math.min(position - 1, questions.size())), question);
		calls.saveQuestions(call.id(), questions);
	}

	/**
	 * Removes a question from the working copy; false when another question depends on
	 * it.
	 */
	@Transactional
	boolean remove(Call call, String key) {
		List<Question> questions = new ArrayList<>(working(call));
		if (questions.stream()
			.anyMatch(other -> other.shownWhen() != null && other.shownWhen().question().equals(key))) {
			return false;
		}
		questions.removeIf(question -> question.key().equals(key));
		calls.saveQuestions(call.id(), questions);
		return true;
	}

	/**
	 * Publishes the working copy as the form's next version; false when there is nothing
	 * new to publish (or someone published it a moment ago).
	 */
	@Transactional
	boolean publish(Call call) {
		List<Question> questions = working(call);
		FormVersion before = published(call);
		if (questions.equals(before.questions()) || !calls.publishForm(call.id(), call.formVersion(), questions,
				clock.instant(), AuditLog.currentActor())) {
			return false;
		}
		audit.record("call.form.published", AuditLog.Target.of("call", call.slug()), snapshot(before),
				snapshot(new FormVersion(call.id(), call.formVersion() + 1, questions)));
		return true;
	}

	private static Map<String, Object> snapshot(FormVersion form) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("formVersion", form.version());
		state.put("questions", form.questions());
		return state;
	}

	private static Question withCondition(Question q, Question.Condition condition) {
		return new Question(q.key(), q.type(), q.required(), q.label(), q.help(), q.unit(), q.min(), q.max(),
				q.choices(), condition, q.kinds(), q.maxMegabytes());
	}

}
