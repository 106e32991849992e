package eu.balticaigf.portal.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public registration: the form (it posts to itself), the private status page behind the link with the
 * cancel button, and the page for someone who had already registered. POST-redirect-GET throughout, so a reload
 * never registers or cancels twice.
 */
@Controller
class RegistrationPages {

	/** Pragmatic: something@something.tld, no spaces; the confirmation e-mail is the real proof. */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private final MeetingRepository meetings;

	private final RegistrationRepository repository;

	private final Registrations registrations;

	private final Clock clock;

	RegistrationPages(MeetingRepository meetings, RegistrationRepository repository, Registrations registrations,
			Clock clock) {
		this.meetings = meetings;
		this.repository = repository;
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/meetings/{slug}/register")
	String form(@PathVariable String slug, Model model) {
		return render(meeting(slug), RegistrationForm.empty(), Map.of(), null, model);
	}

	@PostMapping("/meetings/{slug}/register")
	String register(@PathVariable String slug, @ModelAttribute RegistrationForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		// Outside the window the form is not shown, so field errors would point at nothing: say why first.
		switch (meeting.registrationAt(clock.instant())) {
			case NOT_YET_OPEN -> {
				return render(meeting, form, Map.of(), "meeting.refused.NOT_YET_OPEN", model);
			}
			case CLOSED -> {
				return render(meeting, form, Map.of(), "meeting.refused.CLOSED", model);
			}
			case OPEN -> {
			}
		}
		Map<String, String> errors = validate(form, meeting);
		if (!errors.isEmpty()) {
			return render(meeting, form, errors, null, model);
		}
		try {
			Registrations.Outcome outcome = registrations.register(slug, form, locale);
			if (outcome.existing()) {
				redirect.addFlashAttribute("existingStatus", outcome.registration().status().name());
				redirect.addFlashAttribute("existingPosition", outcome.position());
				return "redirect:/meetings/" + slug + "/registered";
			}
			redirect.addFlashAttribute("justRegistered", true);
			return "redirect:/meetings/" + slug + "/registrations/" + outcome.cancelToken();
		}
		catch (RegistrationRefused refused) {
			return render(meeting, form, Map.of(), refused.messageKey(), model);
		}
	}

	/** After a second registration with the same e-mail: the status, and word that the link went by e-mail. */
	@GetMapping("/meetings/{slug}/registered")
	String alreadyRegistered(@PathVariable String slug, Model model) {
		if (!model.containsAttribute("existingStatus")) {
			return "redirect:/meetings/" + slug + "/register";
		}
		model.addAttribute("meeting", meeting(slug));
		return "meeting/registered";
	}

	@GetMapping("/meetings/{slug}/registrations/{token}")
	String status(@PathVariable String slug, @PathVariable String token, Model model) {
		Registrations.View view = registrations.byCancelToken(slug, token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("registration", view.registration());
		model.addAttribute("position", view.position());
		model.addAttribute("token", token);
		model.addAttribute("now", clock.instant());
		return "meeting/registration";
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

	private String render(Meeting meeting, RegistrationForm form, Map<String, String> errors, String refusal,
			Model model) {
		Instant now = clock.instant();
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("window", meeting.registrationAt(now).name());
		model.addAttribute("seatsLeft",
				WaitingList.seatsLeft(meeting.capacityInPerson(), repository.countConfirmedInPerson(meeting.id())));
		model.addAttribute("attendanceOptions", attendanceOptions(meeting));
		return "meeting/register";
	}

	static List<String> attendanceOptions(Meeting meeting) {
		return meeting.inPerson() && meeting.online() ? List.of("IN_PERSON", "ONLINE")
				: meeting.inPerson() ? List.of("IN_PERSON") : List.of("ONLINE");
	}

	/** Field → message key, in the order of the form, so the error summary follows the page. */
	static Map<String, String> validate(RegistrationForm form, Meeting meeting) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = form.fullName() == null ? "" : form.fullName().strip();
		if (name.isEmpty()) {
			errors.put("fullName", "meeting.error.fullName.required");
		}
		else if (name.length() > 200) {
			errors.put("fullName", "meeting.error.fullName.tooLong");
		}
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.put("email", "meeting.error.email.required");
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			errors.put("email", "meeting.error.email.invalid");
		}
		if (form.organisationName() != null && form.organisationName().strip().length() > 200) {
			errors.put("organisationName", "meeting.error.organisationName.tooLong");
		}
		if (form.attendance() == null || form.attendance().isBlank()) {
			errors.put("attendance", "meeting.error.attendance.required");
		}
		else if (Attendance.parse(form.attendance()).isEmpty()
				|| !attendanceOptions(meeting).contains(form.attendance())) {
			errors.put("attendance", "meeting.error.attendance.unknown");
		}
		if (!Boolean.TRUE.equals(form.consentPrivacy())) {
			errors.put("consentPrivacy", "meeting.error.consentPrivacy.required");
		}
		return errors;
	}

	private Meeting meeting(String slug) {
		return meetings.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
