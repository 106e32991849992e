package eu.balticaigf.portal.meeting;

/**
 * Where a registration stands. Only in-person registrations can wait: online places are
 * unlimited.
 */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
