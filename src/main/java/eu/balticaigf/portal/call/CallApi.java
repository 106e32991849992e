package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Public facts about calls, for partner ministries and integrations. */
@RestController
@RequestMapping("/api/v1/calls")
class CallApi {

	/**
	 * A call. {@code budgetEur} and {@code privateSharePct} are exact decimals (cents, a
	 * share such as 17.5); {@code participatingCountries} lists every country that took
	 * part, with the day it joined (null: from the start) and left (null: still taking
	 * part).
	 */
	record CallJson(String slug, String title, Instant opensAt, Instant closesAt, String timeZone, String state,
			BigDecimal budgetEur, BigDecimal privateSharePct, long targetPrivateEur, int plannedGpus, String meeting,
			List<CountryJson> participatingCountries, int formVersion, List<QuestionJson> questions) {

		static CallJson of(Call call, CallDetails details, FormVersion form, Instant now) {
			return new CallJson(call.slug(), call.titles().get("en"), call.opensAt(), call.closesAt(),
					call.zone().getId(), call.windowAt(now).name(), plain(call.budgetEur()),
					plain(call.privateSharePct()), call.targetPrivateEur(), call.plannedGpus(), call.meetingSlug(),
					details.countries()
						.stream()
						.map(member -> new CountryJson(member.country(), member.joined(), member.left()))
						.toList(),
					call.formVersion(), form.questions().stream().map(QuestionJson::of).toList());
		}

	}

	/**
	 * A question of the call's current form: {@code label} in English, {@code labels} in
	 * every language; {@code choices} the codes an answer may take (yes/no: true, false);
	 * {@code shownWhen} the earlier answer it is asked for, or null.
	 */
	record QuestionJson(String key, String type, boolean required, String label, java.util.Map<String, String> labels,
			String unit, BigDecimal min, BigDecimal max, List<String> choices, Question.Condition shownWhen) {

		static QuestionJson of(Question question) {
			return new QuestionJson(question.key(), question.type().name(), question.required(),
					question.label().get("en"), question.label(), question.unit(), question.min(), question.max(),
					question.values(), question.shownWhen());
		}

	}

	/** 3000000000 rather than 3000000000.00 or 3E+9; 17.5 stays 17.5. */
	private static BigDecimal plain(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	record CountryJson(String country, LocalDate joined, LocalDate left) {
	}

	private final CallRepository calls;

	private final Calls forms;

	private final Clock clock;

	CallApi(CallRepository calls, Calls forms, Clock clock) {
		this.calls = calls;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	List<CallJson> all() {
		Instant now = clock.instant();
		return calls.findAll()
			.stream()
			.filter(Call::isPublic)
			.map(call -> CallJson.of(call, calls.details(call.id()), forms.form(call), now))
			.toList();
	}

	@GetMapping("/{slug}")
	CallJson one(@PathVariable String slug) {
		return calls.findBySlug(slug)
			.filter(Call::isPublic)
			.map(call -> CallJson.of(call, calls.details(call.id()), forms.form(call), clock.instant()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No call with this slug"));
	}

}
