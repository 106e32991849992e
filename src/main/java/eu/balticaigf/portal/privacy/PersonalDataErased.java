package eu.balticaigf.portal.privacy;

import java.util.Map;

/**
 * An admin erased a person's data. Published inside the erasure's transaction, after
 * every holder has erased, so that the audit log records the fact (with the reason, the
 * address only as its SHA-256) and the erasure stays atomic.
 *
 * @param reason the admin's reason, with the address itself replaced by its pseudonym
 */
public record PersonalDataErased(String subjectHash, String reason, Map<String, Integer> counts) {
}
