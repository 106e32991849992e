package eu.balticaigf.portal.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Meetings for integrations. Both need a READ token (the API chain demands SCOPE_READ for
 * GETs not listed as public); the registration list carries personal data.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApi {

	record MeetingJson(String slug, String title, Instant startsAt, Instant endsAt, String timeZone, String venue,
			boolean online, int capacity, long confirmed, long waitlisted, long onlineConfirmed, long attended,
			long cancelled, long seatsLeft, Instant registrationOpensAt, Instant registrationClosesAt,
			String registration) {
	}

	record RegistrationJson(long arrival, String fullName, String email, String organisationName, String attendance,
			String status, Instant registeredAt, Instant confirmedAt, Instant cancelledAt, Instant checkedInAt) {

		static RegistrationJson of(Registration registration) {
			return new RegistrationJson(registration.arrival(), registration.fullName(), registration.email(),
					registration.organisationName(), registration.attendance().name(), registration.status().name(),
					registration.registeredAt(), registration.confirmedAt(), registration.cancelledAt(),
					registration.checkedInAt());
		}

	}

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final Clock clock;

	MeetingApi(MeetingRepository meetings, RegistrationRepository registrations, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/{slug}")
	MeetingJson meeting(@PathVariable String slug) {
		Meeting meeting = find(slug);
		RegistrationRepository.Counts counts = registrations.counts(meeting.id());
		return new MeetingJson(meeting.slug(), meeting.titles().get("en"), meeting.startsAt(), meeting.endsAt(),
				meeting.zone().getId(), meeting.venue(), meeting.online(), meeting.capacityInPerson(),
				counts.confirmedInPerson(), counts.waitlisted(), counts.confirmedOnline(), counts.attended(),
				counts.cancelled(), WaitingList.seatsLeft(meeting.capacityInPerson(), counts.confirmedInPerson()),
				meeting.registrationOpensAt(), meeting.registrationClosesAt(),
				meeting.registrationAt(clock.instant()).name());
	}

	/** In arrival order; optional filters as on the staff page. */
	@GetMapping("/{slug}/registrations")
	List<RegistrationJson> registrations(@PathVariable String slug, @RequestParam(required = false) String status,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String q) {
		Meeting meeting = find(slug);
		RegistrationStatus statusFilter = status == null ? null
				: java.util.Arrays.stream(RegistrationStatus.values())
					.filter(value -> value.name().equals(status))
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status"));
		Attendance attendanceFilter = attendance == null ? null : Attendance.parse(attendance)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown attendance"));
		return registrations.search(meeting.id(), statusFilter, attendanceFilter, q)
			.stream()
			.map(RegistrationJson::of)
			.toList();
	}

	private Meeting find(String slug) {
		return meetings.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting with this slug"));
	}

}
