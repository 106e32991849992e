package eu.balticaigf.portal.review;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;

/**
 * The call an application was made to: its title for pages, its time zone for the dates
 * staff set and show.
 */
@Component
class ApplicationCalls {

	/**
	 * Where a call cannot be found (it always can: applications reference calls), dates
	 * are in Vilnius time.
	 */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Vilnius");

	private final Calls calls;

	ApplicationCalls(Calls calls) {
		this.calls = calls;
	}

	Optional<Call> of(StoredApplication application) {
		return calls.all().stream().filter(call -> call.id() == application.callId()).findFirst();
	}

	ZoneId zoneOf(StoredApplication application) {
		return of(application).map(Call::zone).orElse(DEFAULT_ZONE);
	}

}
