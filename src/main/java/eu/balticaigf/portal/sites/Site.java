package eu.balticaigf.portal.sites;

/**
 * A candidate site.
 *
 * @param slug its stable name in addresses and the API
 * @param operator the member offering it, or null while unknown
 * @param country ISO 3166-1 alpha-2 code
 * @param illustrative whether its values are made up (the demo's)
 * @param operatorMember the bid member operating it (its id in the bid module), or null
 * @param offeredIn the application whose answers offered it, or null when staff added it
 */
record Site(long id, String slug, String name, String operator, String country, Double latitude, Double longitude,
		SiteStatus status, boolean illustrative, Long operatorMember, String offeredIn) {

	boolean located() {
		return latitude != null && longitude != null;
	}

}
