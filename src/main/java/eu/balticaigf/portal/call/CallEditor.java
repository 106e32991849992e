package eu.balticaigf.portal.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, publishing, archiving and cloning calls. Every step is in the audit
 * log; a change to a published call records the call before and after, so what the public
 * was told can always be traced.
 */
@Service
class CallEditor {

	/** What a clone may copy besides the title, window and targets. */
	enum CopyPart {

		TEXTS, COUNTRIES, CHOICES, FAQ_AND_LINKS, QUESTIONS

	}

	private final CallRepository calls;

	private final AuditLog audit;

	private final QuestionEditor questions;

	CallEditor(CallRepository calls, AuditLog audit, QuestionEditor questions) {
		this.calls = calls;
		this.audit = audit;
		this.questions = questions;
	}

	/** A new draft; empty when the slug is taken. */
	@Transactional
	Optional<Call> create(Call call, CallDetails details) {
		Optional<Long> id = calls.insert(call);
		id.ifPresent(created -> {
			calls.saveDetails(created, details);
			audit.record("call.created", AuditLog.Target.of("call", call.slug()), null, snapshot(call, details));
		});
		return id.flatMap(created -> calls.findBySlug(call.slug()));
	}

	/**
	 * Writes the changed call; false when its new slug is another call's (only a draft's
	 * slug may change).
	 */
	@Transactional
	boolean update(Call before, Call after, CallDetails details) {
		if (!before.slug().equals(after.slug()) && calls.exists(after.slug())) {
			return false;
		}
		CallDetails detailsBefore = calls.details(before.id());
		calls.update(after);
		calls.saveDetails(before.id(), details);
		if (before.isPublic()) {
			audit.record("call.changed", AuditLog.Target.of("call", after.slug()), snapshot(before, detailsBefore),
					snapshot(after, details));
		}
		return true;
	}

	/**
	 * Publishes a draft (with the questions as they are, as its form's next version when
	 * they changed) or archives a published call; false (and nothing changes) for any
	 * other move.
	 */
	@Transactional
	boolean move(Call call, Call.State to) {
		if (!call.state().canMoveTo(to)) {
			return false;
		}
		calls.setState(call.id(), to);
		if (to == Call.State.PUBLISHED) {
			questions.publish(call);
		}
		audit.record("call." + to.name().toLowerCase(Locale.ROOT), AuditLog.Target.of("call", call.slug()),
				Map.of("state", call.state().name()), Map.of("state", to.name()));
		return true;
	}

	/**
	 * A new draft from a call: its title, window and targets always, and the parts
	 * chosen. Empty when the slug is taken.
	 */
	@Transactional
	Optional<Call> cloneCall(Call source, String slug, List<CopyPart> parts) {
		CallDetails from = calls.details(source.id());
		CallDetails copy = new CallDetails(parts.contains(CopyPart.TEXTS) ? from.descriptions() : Map.of(),
				parts.contains(CopyPart.TEXTS) ? from.contactEmail() : null,
				parts.contains(CopyPart.CHOICES) ? from.eligibleCountries() : CallChoices.COUNTRIES,
				parts.contains(CopyPart.CHOICES) ? from.categories() : CallChoices.CATEGORIES,
				parts.contains(CopyPart.CHOICES) ? from.contributionAreas() : CallChoices.CONTRIBUTION_AREAS,
				parts.contains(CopyPart.COUNTRIES) ? from.countries() : List.of(),
				parts.contains(CopyPart.FAQ_AND_LINKS) ? from.faq() : List.of(),
				parts.contains(CopyPart.FAQ_AND_LINKS) ? from.links() : List.of());
		Call draft = new Call(0, slug, source.titles(), source.opensAt(), source.closesAt(), source.zone(),
				source.budgetEur(), source.privateSharePct(), source.plannedGpus(), source.meetingSlug(), false,
				source.issuerCountry(), Call.State.DRAFT, 1);
		Optional<Long> id = calls.insert(draft);
		// The questions as they stand (with the answers they depend on, by key): the
		// copy's own working questions, published when the copy is.
		List<Question> questionsCopied = parts.contains(CopyPart.QUESTIONS) ? questions.working(source) : List.of();
		id.ifPresent(created -> {
			calls.saveDetails(created, copy);
			calls.saveQuestions(created, questionsCopied);
			Map<String, Object> after = snapshot(draft, copy);
			after.put("questions", questionsCopied.stream().map(Question::key).toList());
			after.put("clonedFrom", source.slug());
			after.put("copied", parts.stream().map(Enum::name).toList());
			audit.record("call.cloned", AuditLog.Target.of("call", slug), null, after);
		});
		return id.flatMap(created -> calls.findBySlug(slug));
	}

	/** The call as the audit log keeps it: every field staff edit, by name. */
	private static Map<String, Object> snapshot(Call call, CallDetails details) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("slug", call.slug());
		state.put("titles", call.titles());
		state.put("opensAt", call.opensAt().toString());
		state.put("closesAt", call.closesAt().toString());
		state.put("timeZone", call.zone().getId());
		state.put("budgetEur", call.budgetEur().toPlainString());
		state.put("privateSharePct", call.privateSharePct().toPlainString());
		state.put("plannedGpus", call.plannedGpus());
		state.put("meeting", call.meetingSlug());
		state.put("issuerCountry", call.issuerCountry());
		state.put("descriptions", details.descriptions());
		state.put("contactEmail", details.contactEmail());
		state.put("eligibleCountries", details.eligibleCountries());
		state.put("categories", details.categories());
		state.put("contributionAreas", details.contributionAreas());
		List<Map<String, Object>> countries = new ArrayList<>();
		for (CallDetails.Membership member : details.countries()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("country", member.country());
			row.put("joined", member.joined() == null ? null : member.joined().toString());
			row.put("left", member.left() == null ? null : member.left().toString());
			countries.add(row);
		}
		state.put("participatingCountries", countries);
		state.put("faq", details.faq());
		state.put("links", details.links());
		return state;
	}

}
