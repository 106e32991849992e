package eu.balticaigf.portal.call;

import java.time.Clock;
import java.time.Instant;
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

	record CallJson(String slug, String title, Instant opensAt, Instant closesAt, String timeZone, String state,
			long budgetEur, int privateSharePct, long targetPrivateEur, int plannedGpus, String meeting) {

		static CallJson of(Call call, Instant now) {
			return new CallJson(call.slug(), call.titles().get("en"), call.opensAt(), call.closesAt(),
					call.zone().getId(), call.windowAt(now).name(), call.budgetEur(), call.privateSharePct(),
					call.targetPrivateEur(), call.plannedGpus(), call.meetingSlug());
		}

	}

	private final CallRepository calls;

	private final Clock clock;

	CallApi(CallRepository calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@GetMapping
	List<CallJson> all() {
		Instant now = clock.instant();
		return calls.findAll().stream().map(call -> CallJson.of(call, now)).toList();
	}

	@GetMapping("/{slug}")
	CallJson one(@PathVariable String slug) {
		return calls.findBySlug(slug)
			.map(call -> CallJson.of(call, clock.instant()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No call with this slug"));
	}

}
