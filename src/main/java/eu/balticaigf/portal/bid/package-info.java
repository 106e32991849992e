/**
 * From interest to a binding bid: the bid's members (from accepted applications or added
 * by admins) with their ownership, the list of high-risk vendors, and the members'
 * commitments from request to verification, each move audited and e-mailed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bid",
		allowedDependencies = { "application", "audit", "call", "notification", "privacy", "shared" })
package eu.balticaigf.portal.bid;
