package eu.balticaigf.portal.bid;

import java.time.LocalDate;

/**
 * A participating state of the bid: its public pledge towards the capital cost (cents),
 * where it stands, and the share of the host-state target expected of it (null: an equal
 * part of what the others leave).
 */
record HostState(String country, Status status, long pledgeCents, Long shareTargetCents, LocalDate joinedOn,
		LocalDate committedOn, LocalDate withdrawnOn) {

	enum Status {

		JOINED, COMMITTED, WITHDRAWN;

		String label() {
			return "bid.hostStatus." + name();
		}

	}

	/** A state that left pledges nothing and is expected to pledge nothing. */
	boolean participating() {
		return status != Status.WITHDRAWN;
	}

}
