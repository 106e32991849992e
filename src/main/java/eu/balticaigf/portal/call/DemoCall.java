package eu.balticaigf.portal.call;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo call: open from the first start for 14 days, with the 2025 call's targets, so
 * that a newcomer can apply today. Created once; a restart keeps the same window.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoCall implements ApplicationRunner {

	static final String SLUG = "demo";

	private final CallRepository calls;

	private final Clock clock;

	DemoCall(CallRepository calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (calls.exists(SLUG)) {
			return;
		}
		Instant opens = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		ZoneId vilnius = ZoneId.of("Europe/Vilnius");
		Instant closes = opens.atZone(vilnius)
			.plusDays(14)
			.toLocalDate()
			.atTime(23, 59, 59)
			.atZone(vilnius)
			.toInstant();
		calls.insert(new Call(0, SLUG,
				Map.of("lt", "Prisijungimas prie konsorciumo (demonstracinis kvietimas)", "en",
						"Join the consortium (demo call)", "pl", "Przystąp do konsorcjum (nabór demonstracyjny)", "lv",
						"Pievienojieties konsorcijam (demonstrācijas uzaicinājums)", "et",
						"Liitu konsortsiumiga (näidiskutse)"),
				opens, closes, vilnius, 3_000_000_000L, 65, 100_000, "demo-info", true));
	}

}
