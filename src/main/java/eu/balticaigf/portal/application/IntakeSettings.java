package eu.balticaigf.portal.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of application intake. */
final class IntakeSettings {

	private IntakeSettings() {
	}

	/**
	 * @param minFillSeconds a form posted sooner than this after it was served is treated
	 * as a bot's
	 */
	@ConfigurationProperties("portal.bot")
	record Bot(@DefaultValue("3") int minFillSeconds) {
	}

	/**
	 * How often a private link may be asked for again ({@code /applications/lost-link}),
	 * within {@code window}: each request that names one contact address and reference
	 * sends an e-mail, so few per pair (the contact's inbox is not a target); a client
	 * guessing pairs is slowed down by the limit per client address.
	 */
	@ConfigurationProperties("portal.application.link-recovery")
	record LinkRecovery(@DefaultValue("3") int perApplication, @DefaultValue("10") int perClient,
			@DefaultValue("1h") Duration window) {
	}

}
