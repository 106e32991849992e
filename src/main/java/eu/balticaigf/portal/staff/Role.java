package eu.balticaigf.portal.staff;

/**
 * What a member of staff may do. Each role's authority is {@code ROLE_<name>} for Spring
 * Security.
 */
public enum Role {

	/** Staff, calls, meetings and settings, plus everything a reviewer does. */
	ADMIN,
	/** Reviews, notes and decision proposals. */
	REVIEWER,
	/** Read-only lists and dashboards. */
	VIEWER

}
