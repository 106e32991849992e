package eu.balticaigf.portal.meeting;

import eu.balticaigf.portal.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.balticaigf.portal.privacy.Consents;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats, the waiting list and check-in. Every method that decides seats first locks the
 * meeting row ({@link MeetingRepository#lockBySlug}), so on any number of nodes the
 * decisions for one meeting are made one at a time and confirmed in-person seats can
 * never exceed the capacity. E-mails are queued in the same transaction.
 */
@Service
class Registrations {

	private static final Logger log = LoggerFactory.getLogger(Registrations.class);

	/** The reminder goes out once this long before the start. */
	static final Duration REMINDER_LEAD = Duration.ofHours(24);

	record Outcome(Meeting meeting, Registration registration, long position, String cancelToken, boolean existing) {
	}

	record View(Meeting meeting, Registration registration, long position) {
	}

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final MeetingMails mails;

	private final Clock clock;

	private final AuditLog audit;

	private final Consents consents;

	Registrations(MeetingRepository meetings, RegistrationRepository registrations, MeetingMails mails, Clock clock,
			Consents consents, AuditLog audit) {
		this.consents = consents;
		this.meetings = meetings;
		this.registrations = registrations;
		this.mails = mails;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Registers, or, when this e-mail already holds a registration for the meeting,
	 * leaves it as it is and e-mails its owner how they are registered, with a new
	 * private link beside the earlier ones (only hashes are stored, so an earlier link
	 * cannot be sent again; none is ended, so whoever typed the address can take nothing
	 * away).
	 * @param form already validated
	 */
	@Transactional
	Outcome register(String slug, RegistrationForm form, Locale locale) {
		String language = Languages.supported(locale).getLanguage();
		String cancelToken = SecureTokens.newToken();
		String checkInToken = SecureTokens.newToken();
		// The slow part of the e-mail (rendering it and, for a seat in the room, drawing
		// the QR code and reading it back: tens of milliseconds) is done before the seat
		// lock, for the outcome the meeting promises now. Under the lock only the
		// decision
		// and its rows remain; a decision that came out otherwise makes its e-mail there.
		MeetingMails.Draft draft = draft(slug, form, language, cancelToken, checkInToken).orElse(null);
		Meeting meeting = meetings.lockBySlug(slug).orElseThrow(MeetingNotFound::new);
		Instant now = clock.instant();
		switch (meeting.registrationAt(now)) {
			case NOT_YET_OPEN -> throw new RegistrationRefused(RegistrationRefused.Reason.NOT_YET_OPEN);
			case CLOSED -> throw new RegistrationRefused(RegistrationRefused.Reason.CLOSED);
			case OPEN -> {
			}
		}
		Optional<Registration> existing = registrations.findActiveByEmail(meeting.id(), form.email());
		if (existing.isPresent()) {
			Registration registration = existing.get();
			String token = SecureTokens.newToken();
			registrations.addPrivateLink(registration.id(), SecureTokens.hash(token), now);
			long position = registrations.waitingPosition(registration);
			Attendance chosen = Attendance.parse(form.attendance()).orElse(registration.attendance());
			mails.alreadyRegistered(meeting, registration, position, token,
					registrations.checkInToken(registration.id()).orElse(null), chosen,
					Locale.forLanguageTag(language));
			return new Outcome(meeting, registration, position, null, true);
		}
		Attendance attendance = Attendance.parse(form.attendance()).orElseThrow(IllegalArgumentException::new);
		if (attendance == Attendance.ONLINE && !meeting.online()) {
			throw new IllegalArgumentException("This meeting has no online participation");
		}
		if (attendance == Attendance.IN_PERSON && !meeting.inPerson()) {
			throw new IllegalArgumentException("This meeting is online only");
		}
		RegistrationStatus status = WaitingList.statusForNewcomer(attendance, meeting.capacityInPerson(),
				registrations.countConfirmedInPerson(meeting.id()));
		long id = registrations.insert(meeting.id(), form, attendance, status, language, consents.noticeVersion(),
				SecureTokens.hash(cancelToken), checkInToken, now);
		consents.record(form.email(), Consents.Purpose.MEETING_REGISTRATION, "meeting-registration:" + id);
		Registration registration = registrations.findById(id).orElseThrow();
		long position = registrations.waitingPosition(registration);
		mails.newcomer(meeting, registration, position, cancelToken, checkInToken, draft);
		return new Outcome(meeting, registration, position, cancelToken, false);
	}

	/**
	 * A newcomer's e-mail as the meeting stands before the lock (read without it): the
	 * status and waiting-list place the decision will most likely give. Nothing for a
	 * meeting or an attendance the decision will refuse anyway.
	 */
	private Optional<MeetingMails.Draft> draft(String slug, RegistrationForm form, String language, String cancelToken,
			String checkInToken) {
		Optional<Attendance> attendance = Attendance.parse(form.attendance());
		return meetings.findBySlug(slug)
			.filter(meeting -> attendance.isPresent() && meeting.isRegistrationOpenAt(clock.instant())
					&& (attendance.get() == Attendance.ONLINE ? meeting.online() : meeting.inPerson()))
			.map(meeting -> {
				RegistrationStatus status = WaitingList.statusForNewcomer(attendance.get(), meeting.capacityInPerson(),
						registrations.countConfirmedInPerson(meeting.id()));
				long position = status == RegistrationStatus.WAITLISTED
						? registrations.countWaitlisted(meeting.id()) + 1 : 0;
				Instant now = clock.instant();
				Registration expected = new Registration(0, meeting.id(), 0, form.fullName().strip(),
						form.email().strip(), form.organisationName(), attendance.get(), status, language, now,
						status == RegistrationStatus.CONFIRMED ? now : null, null, null);
				return mails.draft(meeting, expected, position, cancelToken, checkInToken);
			});
	}

	/** The registration behind a private link, for its status page. */
	@Transactional(readOnly = true)
	Optional<View> byCancelToken(String slug, String token) {
		return registrations.findByCancelToken(SecureTokens.hash(token))
			.flatMap(registration -> meetings.findById(registration.meetingId())
				.filter(meeting -> meeting.slug().equals(slug))
				.map(meeting -> new View(meeting, registration, registrations.waitingPosition(registration))));
	}

	/**
	 * The calendar file of a confirmed registration behind a private link, the meeting's
	 * title in this language.
	 */
	@Transactional(readOnly = true)
	Optional<byte[]> calendar(String slug, String token, Locale locale) {
		return byCancelToken(slug, token).filter(view -> view.registration().status() == RegistrationStatus.CONFIRMED)
			.map(view -> mails.calendar(view.meeting(), view.registration(), locale));
	}

	/**
	 * The check-in QR code of a confirmed in-person seat behind a private link, the same
	 * as in its e-mail.
	 */
	@Transactional(readOnly = true)
	Optional<byte[]> checkInCode(String slug, String token) {
		return byCancelToken(slug, token).filter(view -> view.registration().holdsInPersonSeat())
			.flatMap(view -> registrations.checkInToken(view.registration().id())
				.map(checkInToken -> mails.checkInCode(view.meeting(), checkInToken)));
	}

	/**
	 * Cancels by private link, and confirms it by e-mail. A confirmed in-person seat
	 * goes, in the same transaction, to the first of the waiting list, who is e-mailed. A
	 * link used twice is refused and changes nothing.
	 */
	@Transactional
	View cancel(String slug, String token) {
		Locked locked = lockByLink(slug, token);
		Registration registration = locked.registration();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED);
		}
		Registration cancelled = registration.cancel(clock.instant());
		registrations.saveState(cancelled);
		mails.cancelled(locked.meeting(), cancelled);
		if (registration.holdsInPersonSeat()) {
			promote(locked.meeting(), "CANCELLATION");
		}
		return new View(locked.meeting(), cancelled, 0);
	}

	/**
	 * Takes part the other way, by private link, while registration is open. Online
	 * always has room: a seat given up goes at once to the waiting list, and someone
	 * waiting for a seat is confirmed online. In the room needs a free seat; otherwise
	 * nothing changes. The registrant is e-mailed the confirmation, with a new check-in
	 * code for a seat (the old one, if any, stops working).
	 * @return the registration as it now is (unchanged when already taking part that way)
	 */
	@Transactional
	View changeAttendance(String slug, String token, Attendance to) {
		Locked locked = lockByLink(slug, token);
		Meeting meeting = locked.meeting();
		Registration registration = locked.registration();
		if (!meeting.isRegistrationOpenAt(clock.instant())) {
			throw new RegistrationRefused(RegistrationRefused.Reason.CLOSED);
		}
		if (registration.status() == RegistrationStatus.CANCELLED) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED);
		}
		if (registration.checkedInAt() != null) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CHECKED_IN);
		}
		if (to == Attendance.ONLINE && !meeting.online() || to == Attendance.IN_PERSON && !meeting.inPerson()) {
			throw new RegistrationRefused(RegistrationRefused.Reason.NOT_OFFERED);
		}
		if (to == registration.attendance()) {
			return new View(meeting, registration, registrations.waitingPosition(registration));
		}
		boolean seatFree = WaitingList.seatsLeft(meeting.capacityInPerson(),
				registrations.countConfirmedInPerson(meeting.id())) > 0;
		if (to == Attendance.IN_PERSON && !seatFree) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ROOM_FULL);
		}
		Registration changed = registration.changeAttendance(to, seatFree, clock.instant());
		registrations.saveState(changed);
		// A new code either way: a seat gets one to show, and a seat given up keeps no
		// code that would still open the door.
		String checkInToken = SecureTokens.newToken();
		registrations.replaceCheckInToken(changed.id(), checkInToken);
		mails.confirmed(meeting, changed, token, checkInToken, "confirmed");
		if (registration.holdsInPersonSeat()) {
			promote(meeting, "ATTENDANCE_CHANGED");
		}
		return new View(meeting, changed, 0);
	}

	/**
	 * The meeting (locked) and the registration behind a private link, re-read under the
	 * lock.
	 */
	private record Locked(Meeting meeting, Registration registration) {
	}

	/**
	 * Locks the meeting of the registration behind this link, then re-reads the
	 * registration: a concurrent change by the same link must see the first one's result.
	 */
	private Locked lockByLink(String slug, String token) {
		Registration found = registrations.findByCancelToken(SecureTokens.hash(token))
			.orElseThrow(MeetingNotFound::new);
		Meeting meeting = meetings.lockById(found.meetingId());
		if (!meeting.slug().equals(slug)) {
			throw new MeetingNotFound();
		}
		return new Locked(meeting, registrations.findById(found.id()).orElseThrow());
	}

	/**
	 * Gives free seats to the waiting list in arrival order; the caller holds the
	 * meeting's lock.
	 */
	List<Registration> promote(Meeting meeting, String reason) {
		List<Registration> promoted = WaitingList.toPromote(meeting.capacityInPerson(),
				registrations.countConfirmedInPerson(meeting.id()),
				registrations.waitlistedInArrivalOrder(meeting.id()));
		Instant now = clock.instant();
		for (Registration waiting : promoted) {
			Registration confirmed = waiting.promote(now);
			registrations.saveState(confirmed);
			registrations.recordPromotion(meeting.id(), confirmed.id(), reason, now);
			// The private link from the waiting-list e-mail keeps working (it exists only
			// as a hash, so the promotion
			// e-mail points back to it); the QR code is new, since nobody on the waiting
			// list received one.
			String checkInToken = SecureTokens.newToken();
			registrations.replaceCheckInToken(confirmed.id(), checkInToken);
			mails.confirmed(meeting, confirmed, null, checkInToken, "promoted");
		}
		return promoted;
	}

	/**
	 * @return false when the slug is taken: nothing is created
	 */
	@Transactional
	boolean create(Meeting meeting) {
		if (!meetings.insert(meeting)) {
			return false;
		}
		audit.record("meeting.created", AuditLog.Target.of("meeting", meeting.slug()), null, meeting.details());
		return true;
	}

	/**
	 * Changes a meeting; more seats promote at once, fewer never take away a confirmed
	 * seat.
	 */
	@Transactional
	void update(Meeting changed) {
		Meeting current = meetings.lockBySlug(changed.slug()).orElseThrow(MeetingNotFound::new);
		Meeting updated = new Meeting(current.id(), current.slug(), changed.titles(), changed.startsAt(),
				changed.endsAt(), changed.zone(), changed.venue(), changed.online(), changed.capacityInPerson(),
				changed.registrationOpensAt(), changed.registrationClosesAt(), current.demo(), changed.onlineUrl(),
				changed.descriptions(), changed.agendas(), changed.materials());
		meetings.update(updated);
		Map<String, Object> before = new LinkedHashMap<>(current.details());
		Map<String, Object> after = new LinkedHashMap<>(updated.details());
		before.keySet().removeIf(detail -> Objects.equals(before.get(detail), after.get(detail)));
		after.keySet().retainAll(before.keySet());
		if (!before.isEmpty()) {
			audit.record("meeting.changed", AuditLog.Target.of("meeting", updated.slug()), before, after);
		}
		if (timeOrPlaceChanged(current, updated)) {
			// Once per change, in the change's transaction: everyone still expected hears
			// of it; cancelled registrations do not.
			for (RegistrationStatus expected : List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)) {
				registrations.search(updated.id(), expected, null, null)
					.forEach(registration -> mails.changed(current, updated, registration));
			}
		}
		promote(updated, "CAPACITY_RAISED");
	}

	/**
	 * What a registrant must be told about: when it starts or ends, where it is held, and
	 * how to join online.
	 */
	private static boolean timeOrPlaceChanged(Meeting before, Meeting after) {
		return !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
				|| !Objects.equals(before.venue(), after.venue()) || before.online() != after.online()
				|| !Objects.equals(before.onlineUrl(), after.onlineUrl());
	}

	@Transactional
	Registration checkInByToken(String slug, String token) {
		Registration found = registrations.findByCheckInToken(SecureTokens.hash(token))
			.orElseThrow(MeetingNotFound::new);
		return checkIn(slug, found.id(), "qr-code");
	}

	/** At the door, by a name found on the check-in page. */
	@Transactional
	Registration checkIn(String slug, long registrationId) {
		return checkIn(slug, registrationId, "name");
	}

	private Registration checkIn(String slug, long registrationId, String via) {
		Registration found = registrations.findById(registrationId).orElseThrow(MeetingNotFound::new);
		Meeting meeting = meetings.lockById(found.meetingId());
		if (!meeting.slug().equals(slug)) {
			throw new MeetingNotFound();
		}
		Registration registration = registrations.findById(registrationId).orElseThrow();
		if (registration.status() != RegistrationStatus.CONFIRMED) {
			throw new RegistrationRefused(RegistrationRefused.Reason.NOT_CONFIRMED);
		}
		if (registration.checkedInAt() != null) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CHECKED_IN);
		}
		Registration checkedIn = registration.checkIn(clock.instant());
		registrations.saveState(checkedIn);
		audit.record("meeting.guest-checked-in", AuditLog.Target.of("meeting_registration", checkedIn.id()),
				Map.of("checkedIn", false), Map.of("checkedIn", true, "checkedInAt", checkedIn.checkedInAt().toString(),
						"meeting", slug, "via", via));
		return checkedIn;
	}

	/**
	 * The reminder, once per confirmed registrant, 24 hours ahead. Claiming and queueing
	 * happen in one transaction, so a crash sends nothing and a second node finds the
	 * rows already claimed.
	 */
	@Scheduled(fixedDelayString = "${portal.meeting.reminder-interval:1m}",
			initialDelayString = "${portal.meeting.reminder-interval:1m}")
	@Transactional
	public int sendDueReminders() {
		Instant now = clock.instant();
		List<RegistrationRepository.Due> due = registrations.claimDueReminders(now, now.plus(REMINDER_LEAD));
		for (RegistrationRepository.Due claimed : due) {
			Meeting meeting = meetings.findById(claimed.meetingId()).orElseThrow();
			mails.reminder(meeting, registrations.findById(claimed.id()).orElseThrow());
		}
		if (!due.isEmpty()) {
			log.info("Queued {} meeting reminders", due.size());
		}
		return due.size();
	}

}
