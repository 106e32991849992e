package eu.balticaigf.portal.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public registration: the form (it posts to itself), the private status page behind
 * the link (with the calendar file, the check-in QR code, a change of how one takes part
 * and the way to cancel, which asks first), and the page that only says an e-mail went to
 * the address, for an address already registered. POST-redirect-GET throughout, so a
 * reload never registers or cancels twice.
 */
@Controller
class RegistrationPages {

	/**
	 * Pragmatic: something@something.tld, no spaces; the confirmation e-mail is the real
	 * proof.
	 */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private final MeetingRepository meetings;

	private final RegistrationRepository repository;

	private final Registrations registrations;

	private final Clock clock;

	private final MaterialFiles materials;

	RegistrationPages(MeetingRepository meetings, RegistrationRepository repository, Registrations registrations,
			Clock clock, MaterialFiles materials) {
		this.materials = materials;
		this.meetings = meetings;
		this.repository = repository;
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/meetings/{slug}/register")
	String form(@PathVariable String slug, Model model) {
		return render(meeting(slug), RegistrationForm.empty(), FieldErrors.none(), null, model);
	}

	@PostMapping("/meetings/{slug}/register")
	String register(@PathVariable String slug, @ModelAttribute("form") RegistrationForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		// Outside the window the form is not shown, so field errors would point at
		// nothing: say why first.
		switch (meeting.registrationAt(clock.instant())) {
			case NOT_YET_OPEN -> {
				return render(meeting, form, FieldErrors.none(), "meeting.refused.NOT_YET_OPEN", model);
			}
			case CLOSED -> {
				return render(meeting, form, FieldErrors.none(), "meeting.refused.CLOSED", model);
			}
			case OPEN -> {
			}
		}
		// A tampered value that does not bind (consentPrivacy=maybe) is left null by the
		// binder and found by the validation below, in the form's words.
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validate(form, meeting, errors);
		if (errors.hasErrors()) {
			return render(meeting, form, FieldErrors.of(errors), null, model);
		}
		try {
			Registrations.Outcome outcome = registrations.register(slug, form, locale);
			if (outcome.existing()) {
				// Whoever typed a known address learns nothing about that registration:
				// its link goes to the address.
				return "redirect:/meetings/" + slug + "/registered";
			}
			redirect.addFlashAttribute("justRegistered", true);
			return "redirect:/meetings/" + slug + "/registrations/" + outcome.cancelToken();
		}
		catch (RegistrationRefused refused) {
			return render(meeting, form, FieldErrors.none(), refused.messageKey(), model);
		}
	}

	/**
	 * After registering with an address that is already registered: only that the link
	 * went to the address. The page depends on nothing but the meeting, so it can tell
	 * nobody anything about the registration.
	 */
	@GetMapping("/meetings/{slug}/registered")
	String alreadyRegistered(@PathVariable String slug, Model model) {
		model.addAttribute("meeting", meeting(slug));
		return "meeting/registered";
	}

	@GetMapping("/meetings/{slug}/registrations/{token}")
	String status(@PathVariable String slug, @PathVariable String token, Model model) {
		Registrations.View view = registrations.byCancelToken(slug, token).orElseThrow(MeetingNotFound::new);
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("registration", view.registration());
		model.addAttribute("position", view.position());
		model.addAttribute("token", token);
		model.addAttribute("now", clock.instant());
		model.addAttribute("holdsSeat", view.registration().holdsInPersonSeat());
		model.addAttribute("checkInCode", view.registration().holdsInPersonSeat()
				&& repository.checkInToken(view.registration().id()).isPresent());
		model.addAttribute("otherAttendance", otherAttendance(view.meeting(), view.registration()));
		model.addAttribute("materialFiles", materials.of(view.meeting().id()));
		return "meeting/registration";
	}

	/**
	 * The other way of taking part that this registration may switch to now, or
	 * {@code null}: only while registration is open, for a meeting that offers both, and
	 * before the registrant is checked in.
	 */
	private String otherAttendance(Meeting meeting, Registration registration) {
		boolean changeable = meeting.isRegistrationOpenAt(clock.instant()) && meeting.online() && meeting.inPerson()
				&& registration.status() != RegistrationStatus.CANCELLED && registration.checkedInAt() == null;
		if (!changeable) {
			return null;
		}
		return registration.attendance() == Attendance.IN_PERSON ? Attendance.ONLINE.name()
				: Attendance.IN_PERSON.name();
	}

	@PostMapping("/meetings/{slug}/registrations/{token}/attendance")
	String changeAttendance(@PathVariable String slug, @PathVariable String token,
			@RequestParam(required = false) String attendance, RedirectAttributes redirect) {
		Optional<Attendance> to = Attendance.parse(attendance);
		try {
			if (to.isEmpty()) {
				throw new RegistrationRefused(RegistrationRefused.Reason.NOT_OFFERED);
			}
			registrations.changeAttendance(slug, token, to.get());
			redirect.addFlashAttribute("notice", "meeting.changed.notice");
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/meetings/" + slug + "/registrations/" + token;
	}

	/**
	 * "Are you sure?" before a cancel, which cannot be undone; a cancelled registration
	 * has nothing to ask.
	 */
	@GetMapping("/meetings/{slug}/registrations/{token}/cancel")
	String cancelConfirm(@PathVariable String slug, @PathVariable String token, Model model) {
		Registrations.View view = registrations.byCancelToken(slug, token).orElseThrow(MeetingNotFound::new);
		if (view.registration().status() == RegistrationStatus.CANCELLED) {
			return "redirect:/meetings/" + slug + "/registrations/" + token;
		}
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("registration", view.registration());
		model.addAttribute("holdsSeat", view.registration().holdsInPersonSeat());
		model.addAttribute("token", token);
		return "meeting/cancel";
	}

	/**
	 * The calendar invitation of a confirmed registration, as attached to its
	 * confirmation e-mail.
	 */
	@GetMapping("/meetings/{slug}/registrations/{token}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String slug, @PathVariable String token, Locale locale) {
		return file(registrations.calendar(slug, token, locale),
				new MediaType("text", "calendar", StandardCharsets.UTF_8),
				ContentDisposition.attachment().filename("meeting.ics").build());
	}

	/**
	 * The check-in QR code of a confirmed in-person seat, as attached to its confirmation
	 * e-mail.
	 */
	@GetMapping("/meetings/{slug}/registrations/{token}/check-in.png")
	ResponseEntity<byte[]> checkInCode(@PathVariable String slug, @PathVariable String token) {
		return file(registrations.checkInCode(slug, token), MediaType.IMAGE_PNG,
				ContentDisposition.inline().filename("check-in.png").build());
	}

	/**
	 * A material staff uploaded: always an attachment, typed as its content was judged,
	 * with {@code nosniff}, so no browser runs it as a page.
	 */
	@GetMapping("/meetings/{slug}/materials/{id}")
	ResponseEntity<byte[]> material(@PathVariable String slug, @PathVariable long id) {
		MaterialFiles.Content file = materials.content(meeting(slug).id(), id).orElseThrow(MeetingNotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private static ResponseEntity<byte[]> file(Optional<byte[]> content, MediaType type,
			ContentDisposition disposition) {
		byte[] body = content.orElseThrow(MeetingNotFound::new);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	@PostMapping("/meetings/{slug}/registrations/{token}/cancel")
	String cancel(@PathVariable String slug, @PathVariable String token, RedirectAttributes redirect) {
		try {
			registrations.cancel(slug, token);
			redirect.addFlashAttribute("notice", "meeting.cancelled.notice");
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/meetings/" + slug + "/registrations/" + token;
	}

	private String render(Meeting meeting, RegistrationForm form, FieldErrors errors, String refusal, Model model) {
		Instant now = clock.instant();
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("window", meeting.registrationAt(now).name());
		model.addAttribute("seatsLeft",
				WaitingList.seatsLeft(meeting.capacityInPerson(), repository.countConfirmedInPerson(meeting.id())));
		model.addAttribute("attendanceOptions",
				attendanceOptions(meeting).stream()
					.map(option -> new Option(option, Html.t("meeting.attendance." + option), null))
					.toList());
		model.addAttribute("materialFiles", materials.of(meeting.id()));
		return "meeting/register";
	}

	static List<String> attendanceOptions(Meeting meeting) {
		return meeting.inPerson() && meeting.online() ? List.of("IN_PERSON", "ONLINE")
				: meeting.inPerson() ? List.of("IN_PERSON") : List.of("ONLINE");
	}

	/**
	 * Writes what is wrong into {@code errors} with the form's message codes, in the
	 * order of the form, so the error summary follows the page.
	 */
	static void validate(RegistrationForm form, Meeting meeting, Errors errors) {
		String name = form.fullName() == null ? "" : form.fullName().strip();
		if (name.isEmpty()) {
			errors.rejectValue("fullName", "meeting.error.fullName.required");
		}
		else if (name.length() > 200) {
			errors.rejectValue("fullName", "meeting.error.fullName.tooLong");
		}
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.rejectValue("email", "meeting.error.email.required");
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			errors.rejectValue("email", "meeting.error.email.invalid");
		}
		if (form.organisationName() != null && form.organisationName().strip().length() > 200) {
			errors.rejectValue("organisationName", "meeting.error.organisationName.tooLong");
		}
		if (form.attendance() == null || form.attendance().isBlank()) {
			errors.rejectValue("attendance", "meeting.error.attendance.required");
		}
		else if (Attendance.parse(form.attendance()).isEmpty()
				|| !attendanceOptions(meeting).contains(form.attendance())) {
			errors.rejectValue("attendance", "meeting.error.attendance.unknown");
		}
		if (!Boolean.TRUE.equals(form.consentPrivacy())) {
			errors.rejectValue("consentPrivacy", "meeting.error.consentPrivacy.required");
		}
	}

	private Meeting meeting(String slug) {
		return meetings.findBySlug(slug).orElseThrow(MeetingNotFound::new);
	}

}
