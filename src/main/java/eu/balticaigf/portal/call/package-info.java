/**
 * Calls to join the consortium: their window, time zone and targets (budget, private
 * share, planned GPUs), and the public pages that present them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "meeting", "shared" })
package eu.balticaigf.portal.call;
