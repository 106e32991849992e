package eu.balticaigf.portal.sites;

/** Where a candidate site stands; a withdrawn site is kept but no longer compared. */
enum SiteStatus {

	PROPOSED, SHORTLISTED, WITHDRAWN;

	String label() {
		return "sites.status." + name();
	}

}
