/**
 * Personal data: the versioned privacy notice, consent records, retention purge, and a
 * person's export and erasure.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared" })
package eu.balticaigf.portal.privacy;
