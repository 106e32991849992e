/**
 * Candidate sites for the gigafactory compared on evidence: the sites and their values
 * per criterion with a source, the criteria catalogue, weights (entered or derived from
 * pairwise comparisons), the ranking with TOPSIS beside it, how fragile the ranking is,
 * and frozen versions for the dossier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Candidate sites",
		allowedDependencies = { "application", "bid", "audit", "shared" })
package eu.balticaigf.portal.sites;
