package eu.balticaigf.portal.meeting;

/**
 * What the registration form posts (field names are a contract, DESIGN.md §4). Attendance
 * stays a string so that an unknown value becomes a field error, not a binding failure.
 */
record RegistrationForm(String fullName, String email, String organisationName, String attendance,
		Boolean consentPrivacy) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", null, false);
	}

	static RegistrationForm of(String fullName, String email, String organisationName, Attendance attendance) {
		return new RegistrationForm(fullName, email, organisationName, attendance.name(), true);
	}

}
