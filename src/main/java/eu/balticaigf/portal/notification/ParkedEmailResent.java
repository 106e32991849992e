package eu.balticaigf.portal.notification;

import java.util.UUID;

/**
 * An administrator sent a parked e-mail again (published inside the transaction that puts
 * it back in the queue).
 *
 * @param attempts how many deliveries had failed before it was parked
 * @param lastError why the last one failed
 */
public record ParkedEmailResent(UUID messageId, String recipient, String template, int attempts, String lastError) {
}
