package eu.balticaigf.portal.sites;

/**
 * A round-trip latency estimated from the great-circle distance where none was measured:
 * light in fibre covers about 200 km per millisecond, and fibre routes run longer than
 * the straight line, here by the stated {@link #ROUTE_FACTOR}.
 */
final class Latency {

	/** Fibre route length over great-circle distance; 1.5 is a common planning figure. */
	static final double ROUTE_FACTOR = 1.5;

	static final double FIBRE_KM_PER_MS = 200;

	private static final double EARTH_RADIUS_KM = 6371.0088;

	private Latency() {
	}

	static double estimateMs(double latitude, double longitude, double hubLatitude, double hubLongitude) {
		return 2 * greatCircleKm(latitude, longitude, hubLatitude, hubLongitude) * ROUTE_FACTOR / FIBRE_KM_PER_MS;
	}

	static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = Math.toRadians(lat2 - lat1);
		double dLambda = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
