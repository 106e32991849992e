package eu.balticaigf.portal.notification;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every message
 * @param replyTo where a reply to any message goes: the sender is a no-reply address, and
 * some messages ask for a reply (a declined applicant asking for reconsideration, an
 * answer to a question); blank for none
 * @param baseUrl where the portal is reached from outside, for links in messages; read
 * through {@link PublicAddress}, which knows what to do when it is not set
 * @param dir where messages are written as .eml files when no SMTP host is configured
 * @param maxAttempts after this many failed sends a message is parked for an admin to
 * look at
 * @param firstRetry the wait after the first failure; it doubles with each further
 * failure, up to an hour
 */
@ConfigurationProperties("portal.mail")
record MailSettings(@DefaultValue("Baltic AI Gigafactory Consortium <no-reply@balticaigf.eu>") String from,
		@DefaultValue("Ministry of the Economy and Innovation <kanceliarija@eimin.lt>") String replyTo, String baseUrl,
		@DefaultValue("./data/mail") Path dir, @DefaultValue("8") int maxAttempts,
		@DefaultValue("30s") Duration firstRetry) {

	Duration retryAfter(int failedAttempts) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 16));
		return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
	}

}
