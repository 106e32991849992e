/**
 * Insights: what the applications add up to (composition, private investment against the
 * target, compute demand against planned capacity), as exact figures on the staff
 * dashboard and as small-cell-suppressed public statistics.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "application", "call", "meeting", "shared" })
package eu.balticaigf.portal.insights;
