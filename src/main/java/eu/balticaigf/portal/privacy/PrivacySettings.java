package eu.balticaigf.portal.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param noticeVersion the privacy notice in force; every consent is stored with it, and
 * a new version is never covered by consent given to an older one
 * @param applicationRetentionDays personal data of declined and withdrawn applications is
 * erased this many days after the call closes
 * @param registrationRetentionDays personal data of meeting registrations is erased this
 * many days after the meeting
 * @param emailRetentionDays sent e-mails (they hold names and private links) are deleted
 * from the outbox this many days after they were queued
 * @param contact the data-protection contact the notice names (the controller's data
 * protection officer); an e-mail address in it becomes a link. The default is the
 * ministry's officer as published on eimin.lrv.lt
 */
@ConfigurationProperties("portal.privacy")
public record PrivacySettings(@DefaultValue("2025-07-28") String noticeVersion,
		@DefaultValue("180") int applicationRetentionDays, @DefaultValue("30") int registrationRetentionDays,
		@DefaultValue("30") int emailRetentionDays,
		@DefaultValue("dap@eimin.lt, Gedimino pr. 38, LT-01104 Vilnius") String contact) {
}
