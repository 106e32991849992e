package eu.balticaigf.portal.bid;

/**
 * What a member commits: money by instrument, capacity, or services (valued in euros).
 * The unit follows from the kind, so an amount is never read in the wrong one.
 */
enum CommitmentKind {

	EQUITY(Unit.EUR), LOAN(Unit.EUR), IN_KIND(Unit.EUR), PUBLIC_COFINANCING(Unit.EUR), GPUS(Unit.GPU),
	MEGAWATTS(Unit.MW), RACKS(Unit.RACK), GPU_HOURS(Unit.GPU_HOUR), SERVICES(Unit.EUR);

	enum Unit {

		EUR, GPU, MW, RACK, GPU_HOUR;

		String label() {
			return "bid.unit." + name();
		}

	}

	private final Unit unit;

	CommitmentKind(Unit unit) {
		this.unit = unit;
	}

	Unit unit() {
		return unit;
	}

	/** Money towards the capital cost (services are valued but are not capital). */
	boolean capital() {
		return this == EQUITY || this == LOAN || this == IN_KIND || this == PUBLIC_COFINANCING;
	}

	String label() {
		return "bid.kind." + name();
	}

}
