/**
 * Personal data: the versioned privacy notice, consent records, retention purge, and a
 * person's export and erasure.
 */
package eu.balticaigf.portal.privacy;
