package eu.balticaigf.portal.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.balticaigf.portal.meeting.GuestCheckedIn;
import eu.balticaigf.portal.meeting.MeetingChanged;
import eu.balticaigf.portal.meeting.MeetingCreated;
import eu.balticaigf.portal.notification.ParkedEmailResent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits staff actions of the meeting and notification modules. They cannot call
 * {@link AuditLog} themselves: the staff module already depends on them (on notification
 * directly, on meeting through call), so that would be a cycle. They publish an event
 * instead, and this records it. The listeners are plain, synchronous
 * {@link EventListener}s, not asynchronous module listeners: they run in the publisher's
 * transaction and request, so the entry exists exactly when the change does, and
 * {@link AuditLog#currentActor()} is the member of staff who acted.
 */
@Component
class AuditedActionsElsewhere {

	private final AuditLog audit;

	AuditedActionsElsewhere(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(MeetingCreated created) {
		audit.record(AuditLog.currentActor(), "meeting.created", AuditLog.Target.of("meeting", created.slug()), null,
				created.details());
	}

	@EventListener
	void on(MeetingChanged changed) {
		audit.record(AuditLog.currentActor(), "meeting.changed", AuditLog.Target.of("meeting", changed.slug()),
				changed.before(), changed.after());
	}

	@EventListener
	void on(GuestCheckedIn checkedIn) {
		audit.record(AuditLog.currentActor(), "meeting.guest-checked-in",
				AuditLog.Target.of("meeting_registration", checkedIn.registrationId()), Map.of("checkedIn", false),
				Map.of("checkedIn", true, "checkedInAt", checkedIn.checkedInAt().toString(), "meeting",
						checkedIn.meetingSlug(), "via", checkedIn.via()));
	}

	@EventListener
	void on(ParkedEmailResent resent) {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("status", "PARKED");
		before.put("attempts", resent.attempts());
		before.put("lastError", resent.lastError());
		audit.record(AuditLog.currentActor(), "outbox.parked-email-resent",
				AuditLog.Target.of("outbox_message", resent.messageId()), before,
				Map.of("status", "PENDING", "recipient", resent.recipient(), "template", resent.template()));
	}

}
