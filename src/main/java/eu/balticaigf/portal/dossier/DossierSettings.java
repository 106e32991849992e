package eu.balticaigf.portal.dossier;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPages the longest dossier issued: a longer one is refused with a message and
 * no file (the tender limits the bid's length)
 * @param lease how long a node holds a running job before another may take it again (a
 * dossier takes seconds; a node that died frees its job after this)
 * @param maxAttempts how many times a job is taken before it is given up as failed
 */
@ConfigurationProperties("portal.dossier")
record DossierSettings(@DefaultValue("80") int maxPages, @DefaultValue("5m") Duration lease,
		@DefaultValue("3") int maxAttempts) {
}
