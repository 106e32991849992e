package eu.balticaigf.portal.staff;

/** A member of the ministry's staff who signs in to the back office. */
record StaffAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled) {
}
