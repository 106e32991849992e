package eu.balticaigf.portal.meeting;

/**
 * No meeting with this slug, or no registration of it behind this link or id: the pages
 * answer 404 (see {@link MeetingPagesErrors}), as for any address that leads nowhere.
 */
class MeetingNotFound extends RuntimeException {

	MeetingNotFound() {
		super("No such meeting or registration");
	}

}
