package eu.balticaigf.portal.meeting;

import java.util.Arrays;
import java.util.Optional;

/** How a registrant takes part. */
public enum Attendance {

	IN_PERSON, ONLINE;

	/**
	 * Anything but the two contract values is refused, so a tampered form cannot invent a
	 * third way.
	 */
	static Optional<Attendance> parse(String value) {
		return Arrays.stream(values()).filter(mode -> mode.name().equals(value)).findFirst();
	}

}
