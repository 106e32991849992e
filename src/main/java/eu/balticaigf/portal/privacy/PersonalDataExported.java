package eu.balticaigf.portal.privacy;

import java.util.Map;

/**
 * An admin downloaded everything held about a person. Published inside the request's
 * transaction so that the audit log (staff module) records it; it names the person only
 * by the SHA-256 of the address.
 */
public record PersonalDataExported(String subjectHash, Map<String, Integer> counts) {
}
