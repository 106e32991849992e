package eu.balticaigf.portal.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of introductions between organisations.
 *
 * @param validity how long a request waits for the card owner's answer
 * @param pendingPerAsker requests one organisation may have waiting at once
 * @param perDay requests one organisation may make within a day (24 hours)
 * @param followUpAfter when, after an acceptance, both sides are asked whether it led
 * anywhere
 * @param sweep how often the expiry and the follow-up run (on every node; each request is
 * claimed by one)
 */
@ConfigurationProperties("portal.directory.introductions")
record IntroductionSettings(@DefaultValue("14d") Duration validity, @DefaultValue("5") int pendingPerAsker,
		@DefaultValue("10") int perDay, @DefaultValue("14d") Duration followUpAfter,
		@DefaultValue("15m") Duration sweep) {
}
