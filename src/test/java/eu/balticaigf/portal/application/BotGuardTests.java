package eu.balticaigf.portal.application;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot rule with a fixed clock (the suite itself runs with
 * portal.bot.min-fill-seconds=0).
 */
class BotGuardTests {

	static final Instant SERVED = Instant.parse("2025-08-10T20:00:00Z");

	static final Duration MIN = Duration.ofSeconds(3);

	@Test
	void aFormPostedSoonerThanTheMinimumIsABot() {
		assertThat(BotGuard.rule("", true, SERVED, SERVED.plusSeconds(2), MIN, false))
			.isEqualTo(BotGuard.Verdict.TOO_FAST);
		assertThat(BotGuard.rule("", true, SERVED, SERVED.plusSeconds(3), MIN, false))
			.isEqualTo(BotGuard.Verdict.HUMAN);
	}

	@Test
	void aFilledHoneypotIsABotWhateverTheTime() {
		assertThat(BotGuard.rule("+37052000000", true, SERVED, SERVED.plusSeconds(60), MIN, false))
			.isEqualTo(BotGuard.Verdict.HONEYPOT);
		assertThat(BotGuard.rule("x", true, SERVED, SERVED.plusSeconds(60), MIN, true))
			.isEqualTo(BotGuard.Verdict.HONEYPOT);
	}

	@Test
	void anUnsignedTimeIsForged() {
		assertThat(BotGuard.rule(null, false, SERVED, SERVED.plusSeconds(60), MIN, false))
			.isEqualTo(BotGuard.Verdict.FORGED);
	}

	@Test
	void aStoredDraftComingBackIsNotTimedAgain() {
		assertThat(BotGuard.rule(null, false, null, SERVED, MIN, true)).isEqualTo(BotGuard.Verdict.HUMAN);
	}

}
