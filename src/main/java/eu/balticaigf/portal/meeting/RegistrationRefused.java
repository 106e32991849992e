package eu.balticaigf.portal.meeting;

/**
 * A registration the meeting does not accept now; nothing was changed. The reason names
 * the message shown.
 */
class RegistrationRefused extends RuntimeException {

	enum Reason {

		NOT_YET_OPEN, CLOSED, ALREADY_CANCELLED, NOT_CONFIRMED, ALREADY_CHECKED_IN, ROOM_FULL, NOT_OFFERED

	}

	private final Reason reason;

	RegistrationRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

	String messageKey() {
		return "meeting.refused." + reason.name();
	}

}
