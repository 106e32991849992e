/**
 * The consortium dossier: one model of the bid built from live data (the bid, the latest
 * frozen site assessment, the call's statistics), written as a tagged PDF and as a
 * workbook with the same tables, stored with its inputs' versions and fingerprints, and
 * generated in the background one at a time per bid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier",
		allowedDependencies = { "bid", "sites", "insights", "audit", "shared" })
package eu.balticaigf.portal.dossier;
