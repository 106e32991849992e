package eu.balticaigf.portal.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of application intake. */
final class IntakeSettings {

	private IntakeSettings() {
	}

	/** @param minFillSeconds a form posted sooner than this after it was served is treated as a bot's */
	@ConfigurationProperties("portal.bot")
	record Bot(@DefaultValue("3") int minFillSeconds) {
	}

}
