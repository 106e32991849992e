package eu.balticaigf.portal.call;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallWindowTests {

	private final Call call2025 = new Call(1, "baltic-aigf-2025", Map.of("en", "Call"),
			Instant.parse("2025-07-27T21:00:00Z"), Instant.parse("2025-08-10T20:59:59Z"), ZoneId.of("Europe/Vilnius"),
			3_000_000_000L, 65, 100_000, null, false);

	@Test
	void isUpcomingUntilTheFirstSecond() {
		assertThat(call2025.windowAt(Instant.parse("2025-07-27T20:59:59Z"))).isEqualTo(Call.WindowState.UPCOMING);
		assertThat(call2025.windowAt(Instant.parse("2025-07-27T21:00:00Z"))).isEqualTo(Call.WindowState.OPEN);
	}

	@Test
	void acceptsTheLastSecondAndRefusesTheNext() {
		assertThat(call2025.isOpenAt(Instant.parse("2025-08-10T20:59:59Z"))).isTrue();
		assertThat(call2025.isOpenAt(Instant.parse("2025-08-10T20:59:59.999Z"))).isTrue();
		assertThat(call2025.windowAt(Instant.parse("2025-08-10T21:00:00Z"))).isEqualTo(Call.WindowState.CLOSED);
	}

	@Test
	void privateTargetIsBudgetTimesShareInWholeEuros() {
		assertThat(call2025.targetPrivateEur()).isEqualTo(1_950_000_000L);
		assertThat(call2025.targetPublicEur()).isEqualTo(1_050_000_000L);
	}

}
