/**
 * Calls to join the consortium as data staff edit: their window, time zone, targets
 * (budget, private share, planned GPUs), texts, the countries taking part with the dates
 * they joined or left, and the public pages that present them. Changes to a published
 * call are recorded in the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "meeting", "audit", "shared" })
package eu.balticaigf.portal.call;
