package eu.balticaigf.portal.meeting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Option;
import eu.balticaigf.portal.shared.web.Authorities;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office for meetings: every staff role may look, export and check people in at
 * the door; only an administrator creates or changes a meeting. The URL rule in
 * SecurityConfiguration already demands a staff role for /staff/**; the annotations say
 * who may do what here.
 */
@Controller
@RequestMapping("/staff/meetings")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
class StaffMeetingPages {

	record Row(Meeting meeting, RegistrationRepository.Counts counts) {
	}

	private final MeetingRepository meetings;

	private final RegistrationRepository repository;

	private final Registrations registrations;

	private final MaterialFiles materials;

	StaffMeetingPages(MeetingRepository meetings, RegistrationRepository repository, Registrations registrations,
			MaterialFiles materials) {
		this.materials = materials;
		this.meetings = meetings;
		this.repository = repository;
		this.registrations = registrations;
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(org.springframework.security.core.Authentication authentication) {
		return Authorities.holdsAny(authentication, "ROLE_ADMIN");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows",
				meetings.findAll().stream().map(meeting -> new Row(meeting, repository.counts(meeting.id()))).toList());
		return "meeting/staffMeetings";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newMeeting(Model model) {
		return form(MeetingForm.empty(), FieldErrors.none(), true, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MeetingFormValidator.CREATING.validate(form, errors);
		if (!errors.hasErrors() && !registrations.create(form.toMeeting(form.slug()))) {
			errors.rejectValue("slug", "staff.meeting.error.slugTaken");
		}
		if (errors.hasErrors()) {
			return form(form, FieldErrors.of(errors), true, model);
		}
		redirect.addFlashAttribute("notice", "staff.meeting.created");
		return "redirect:/staff/meetings/" + form.slug();
	}

	@GetMapping("/{slug}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String slug, Model model) {
		return form(MeetingForm.of(meeting(slug)), FieldErrors.none(), false, model);
	}

	@PostMapping("/{slug}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable String slug, @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		meeting(slug);
		MeetingFormValidator.EDITING.validate(form, errors);
		if (errors.hasErrors()) {
			return form(form.withSlug(slug), FieldErrors.of(errors), false, model);
		}
		registrations.update(form.toMeeting(slug));
		redirect.addFlashAttribute("notice", "staff.meeting.updated");
		return "redirect:/staff/meetings/" + slug;
	}

	@GetMapping("/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) String status,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String q, Model model) {
		Meeting meeting = meeting(slug);
		model.addAttribute("meeting", meeting);
		model.addAttribute("counts", repository.counts(meeting.id()));
		model.addAttribute("registrations", filtered(meeting, status, attendance, q));
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("attendance", attendance == null ? "" : attendance);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("statuses",
				Arrays.stream(RegistrationStatus.values())
					.map(option -> new Option(option.name(), Html.t("meeting.registration.status." + option.name())))
					.toList());
		model.addAttribute("attendances",
				Arrays.stream(Attendance.values())
					.map(option -> new Option(option.name(), Html.t("meeting.attendance." + option.name())))
					.toList());
		// The exports carry the filters on the page, so a download holds what staff see.
		model.addAttribute("exportQuery",
				"?status=" + encoded(status) + "&attendance=" + encoded(attendance) + "&q=" + encoded(q));
		return "meeting/staffMeeting";
	}

	@GetMapping("/{slug}/registrations.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) String status,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String q) {
		Meeting meeting = meeting(slug);
		return download(RegistrationExport.csv(filtered(meeting, status, attendance, q), meeting.zone()),
				slug + "-registrations.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/{slug}/registrations.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String slug, @RequestParam(required = false) String status,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String q) {
		Meeting meeting = meeting(slug);
		return download(RegistrationExport.xlsx(filtered(meeting, status, attendance, q), meeting.zone()),
				slug + "-registrations.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	/** The meeting's files (its links are part of the meeting's form). */
	@GetMapping("/{slug}/materials")
	String materials(@PathVariable String slug, Model model) {
		return materialsPage(meeting(slug), "", FieldErrors.none(), model);
	}

	/**
	 * A file staff hand out, with the title the meeting page shows: refused next to its
	 * field with nothing stored when the title is missing or the file is not one of
	 * {@link MaterialFiles#KINDS}, whole and within {@link MaterialFiles#MAX_BYTES}.
	 */
	@PostMapping("/{slug}/materials")
	@PreAuthorize("hasRole('ADMIN')")
	String addMaterial(@PathVariable String slug, @RequestParam(required = false) String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		String cleanTitle = title == null ? "" : title.strip();
		FieldErrors errors = FieldErrors.none();
		if (cleanTitle.isEmpty() || cleanTitle.length() > MaterialFiles.TITLE_MAX
				|| cleanTitle.codePoints().anyMatch(Character::isISOControl)) {
			errors.add("title", Html.t("staff.meeting.materials.error.title", MaterialFiles.TITLE_MAX));
		}
		UploadedFiles.Checked checked = null;
		try {
			checked = UploadedFiles.check(file, MaterialFiles.MAX_BYTES, MaterialFiles.KINDS);
		}
		catch (UploadedFiles.Refused refused) {
			errors.add("file", Html.t(UploadedFiles.message(refused, MaterialFiles.MAX_BYTES, MaterialFiles.KINDS)));
		}
		if (checked != null) {
			// The same content is listed once (it is stored once): saying "added" would
			// be untrue.
			materials.titleOfSame(meeting.id(), checked.sha256())
				.ifPresent(listed -> errors.add("file", Html.t("staff.meeting.materials.error.listed", listed)));
		}
		if (!errors.isEmpty()) {
			return materialsPage(meeting, cleanTitle, errors, model);
		}
		materials.add(meeting, cleanTitle, checked);
		redirect.addFlashAttribute("notice", "staff.meeting.materials.added");
		return "redirect:/staff/meetings/" + slug + "/materials";
	}

	@PostMapping("/{slug}/materials/{id}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String removeMaterial(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		materials.remove(meeting(slug), id);
		redirect.addFlashAttribute("notice", "staff.meeting.materials.removed");
		return "redirect:/staff/meetings/" + slug + "/materials";
	}

	private String materialsPage(Meeting meeting, String title, FieldErrors errors, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("files", materials.of(meeting.id()));
		model.addAttribute("title", title);
		model.addAttribute("errors", errors);
		model.addAttribute("maxMegabytes", MaterialFiles.MAX_BYTES / (1024 * 1024));
		return "meeting/staffMaterials";
	}

	@GetMapping("/{slug}/check-in")
	String checkInSearch(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
		Meeting meeting = meeting(slug);
		model.addAttribute("meeting", meeting);
		model.addAttribute("counts", repository.counts(meeting.id()));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", q == null || q.isBlank() ? List.of()
				: repository.search(meeting.id(), RegistrationStatus.CONFIRMED, null, q));
		// Checking someone in comes back to the same search.
		model.addAttribute("searchQuery", "?q=" + encoded(q));
		return "meeting/checkIn";
	}

	@PostMapping("/{slug}/registrations/{id}/check-in")
	String checkIn(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String q,
			RedirectAttributes redirect) {
		try {
			Registration registration = registrations.checkIn(slug, id);
			redirect.addFlashAttribute("checkedIn", registration.fullName());
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		redirect.addAttribute("q", q == null ? "" : q);
		return "redirect:/staff/meetings/" + slug + "/check-in";
	}

	/** The QR code's link: shows who it is; the button (a POST) marks them present. */
	@GetMapping("/{slug}/check-in/{token}")
	String checkInByCode(@PathVariable String slug, @PathVariable String token, Model model) {
		Meeting meeting = meeting(slug);
		Registration registration = repository.findByCheckInToken(eu.balticaigf.portal.shared.SecureTokens.hash(token))
			.filter(found -> found.meetingId() == meeting.id())
			.orElseThrow(MeetingNotFound::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("registration", registration);
		model.addAttribute("token", token);
		return "meeting/checkInCode";
	}

	@PostMapping("/{slug}/check-in/{token}")
	String checkInByCodeConfirm(@PathVariable String slug, @PathVariable String token, RedirectAttributes redirect) {
		try {
			Registration registration = registrations.checkInByToken(slug, token);
			redirect.addFlashAttribute("checkedIn", registration.fullName());
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/staff/meetings/" + slug + "/check-in/" + token;
	}

	private List<Registration> filtered(Meeting meeting, String status, String attendance, String q) {
		RegistrationStatus statusFilter = status == null || status.isBlank() ? null
				: Arrays.stream(RegistrationStatus.values())
					.filter(s -> s.name().equals(status))
					.findFirst()
					.orElse(null);
		Attendance attendanceFilter = attendance == null ? null : Attendance.parse(attendance).orElse(null);
		return repository.search(meeting.id(), statusFilter, attendanceFilter, q);
	}

	private String form(MeetingForm form, FieldErrors errors, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("creating", creating);
		model.addAttribute("zones", MeetingForm.ZONES.stream().map(zone -> new Option(zone, zone)).toList());
		return "meeting/staffMeetingForm";
	}

	private static String encoded(String value) {
		return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Meeting meeting(String slug) {
		return meetings.findBySlug(slug).orElseThrow(MeetingNotFound::new);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
