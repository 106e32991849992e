package eu.balticaigf.portal.call;

import java.time.Clock;
import java.util.List;

import eu.balticaigf.portal.meeting.Meeting;
import eu.balticaigf.portal.meeting.Meetings;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public face of the consortium: the landing page and one page per call. */
@Controller
class CallPages {

	/** The categories of organisation the call invites, in the call's order. */
	static final List<String> CATEGORIES = List.of("TECHNOLOGY_PROVIDER", "CLOUD_COMPUTE_PROVIDER",
			"RESEARCH_INSTITUTE", "UNIVERSITY", "STARTUP", "INVESTOR", "PUBLIC_SECTOR");

	static final List<String> COUNTRIES = List.of("LT", "PL", "LV", "EE");

	private final CallRepository calls;

	private final Meetings meetings;

	private final Clock clock;

	CallPages(CallRepository calls, Meetings meetings, Clock clock) {
		this.calls = calls;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Call> all = calls.findAll();
		// The real call leads; the demo call (if any) follows it.
		Call featured = all.stream().filter(call -> !call.demo()).findFirst().orElse(all.isEmpty() ? null : all.get(0));
		model.addAttribute("calls", all);
		model.addAttribute("featured", featured);
		model.addAttribute("meeting", featured == null ? null : meetingOf(featured));
		addCommon(model);
		return "call/home";
	}

	@GetMapping("/calls/{slug}")
	String call(@PathVariable String slug, Model model) {
		Call call = calls.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("call", call);
		model.addAttribute("meeting", meetingOf(call));
		addCommon(model);
		return "call/call";
	}

	private Meeting meetingOf(Call call) {
		return call.meetingSlug() == null ? null : meetings.find(call.meetingSlug()).orElse(null);
	}

	private void addCommon(Model model) {
		model.addAttribute("now", clock.instant());
		model.addAttribute("categories", CATEGORIES);
		model.addAttribute("countries", COUNTRIES);
	}

}
