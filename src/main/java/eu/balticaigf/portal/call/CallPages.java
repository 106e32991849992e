package eu.balticaigf.portal.call;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.meeting.Meeting;
import eu.balticaigf.portal.meeting.Meetings;

import org.springframework.context.MessageSource;
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

	/**
	 * Where the ministry's call sends readers for "more information about AI
	 * Gigafactories": the European Commission's page on AI Factories and Gigafactories.
	 * The call's text names the page without its address (the reference copy keeps only
	 * "available here"); this is the Commission's page for the programme.
	 */
	static final String GIGAFACTORIES_URL = "https://digital-strategy.ec.europa.eu/en/policies/ai-factories";

	/**
	 * Figures about the project that the call itself does not give (up to 100,000 GPUs;
	 * the public share of the money), shown apart as public reports with their source.
	 */
	public record PublicReport(String publisher, String url, Instant published) {
	}

	static final PublicReport REPORT = new PublicReport("Investments Group", "https://www.investmentsgroup.net/en/3063",
			Instant.parse("2025-09-11T12:00:00Z"));

	private final CallRepository calls;

	private final Meetings meetings;

	private final Clock clock;

	private final MessageSource messages;

	CallPages(CallRepository calls, Meetings meetings, Clock clock, MessageSource messages) {
		this.calls = calls;
		this.meetings = meetings;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * What a visitor can do now comes first: calls open or about to open (the nearest
	 * deadline first) and meetings still to come (the soonest first). Then what is over:
	 * closed calls and past meetings, the latest first.
	 */
	@GetMapping("/")
	String home(Model model) {
		Instant now = clock.instant();
		List<Call> all = calls.findAll();
		List<Meeting> allMeetings = meetings.all();
		model.addAttribute("currentCalls",
				all.stream()
					.filter(call -> call.windowAt(now) != Call.WindowState.CLOSED)
					.sorted(Comparator.comparing((Call call) -> call.windowAt(now) != Call.WindowState.OPEN)
						.thenComparing(Call::closesAt))
					.toList());
		model.addAttribute("comingMeetings",
				allMeetings.stream()
					.filter(meeting -> meeting.endsAt().isAfter(now))
					.sorted(Comparator.comparing(Meeting::startsAt))
					.toList());
		model.addAttribute("closedCalls",
				all.stream().filter(call -> call.windowAt(now) == Call.WindowState.CLOSED).toList());
		model.addAttribute("pastMeetings",
				allMeetings.stream().filter(meeting -> !meeting.endsAt().isAfter(now)).toList());
		// The consortium's figures come from the ministry's latest real call; a demo call
		// only repeats them.
		model.addAttribute("featured",
				all.stream().filter(call -> !call.demo()).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
		addCommon(model, now);
		return "call/home";
	}

	@GetMapping("/calls/{slug}")
	String call(@PathVariable String slug, Model model) {
		Call call = calls.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("call", call);
		model.addAttribute("invitationKey", invitationKey(call));
		model.addAttribute("meeting",
				call.meetingSlug() == null ? null : meetings.find(call.meetingSlug()).orElse(null));
		model.addAttribute("gigafactoriesUrl", GIGAFACTORIES_URL);
		model.addAttribute("report", REPORT);
		addCommon(model, clock.instant());
		return "call/call";
	}

	/**
	 * The call's invitation: in the words of its issuer where the portal has them
	 * ({@code call.invitation.<country>}), else the general one.
	 */
	private String invitationKey(Call call) {
		if (call.issuerCountry() != null) {
			String key = "call.invitation." + call.issuerCountry();
			if (messages.getMessage(key, null, null, Locale.ENGLISH) != null) {
				return key;
			}
		}
		return "call.invitation";
	}

	private void addCommon(Model model, Instant now) {
		model.addAttribute("now", now);
		model.addAttribute("categories", CATEGORIES);
		model.addAttribute("countries", COUNTRIES);
	}

}
