package eu.balticaigf.portal.bid;

/** What a member does in the bid (issue 16's list); a member may have several. */
enum MemberRole {

	COORDINATOR, SITE_HOST, HARDWARE, ENERGY, COOLING, NETWORK, OPERATOR, ANCHOR_USER, EQUITY_INVESTOR, LENDER,
	RESEARCH_PARTNER;

	String label() {
		return "bid.role." + name();
	}

}
