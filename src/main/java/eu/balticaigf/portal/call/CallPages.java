package eu.balticaigf.portal.call;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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

	/**
	 * The categories the landing page names when no call is featured: the 2025 call's
	 * (its "other" category is an answer on the form, not a kind of organisation
	 * invited).
	 */
	static final List<String> CATEGORIES = CallChoices.CATEGORIES.stream()
		.filter(category -> !"OTHER".equals(category))
		.toList();

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
		// Drafts are for staff, archived calls have left the public lists.
		List<Call> all = calls.findAll().stream().filter(call -> call.state() == Call.State.PUBLISHED).toList();
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
		Call featured = all.stream().filter(call -> !call.demo()).findFirst().orElse(all.isEmpty() ? null : all.get(0));
		model.addAttribute("featured", featured);
		// Each call's details read once: the featured call is usually the one whose
		// countries are shown.
		Map<Long, CallDetails> read = new HashMap<>();
		Function<Call, CallDetails> detailsOf = call -> read.computeIfAbsent(call.id(), calls::details);
		CallDetails details = featured == null ? CallDetails.EMPTY : detailsOf.apply(featured);
		model.addAttribute("countries", countriesTakingPart(all, now, detailsOf));
		model.addAttribute("now", now);
		model.addAttribute("categories", featured == null ? CATEGORIES : invited(details));
		return "call/home";
	}

	@GetMapping("/calls/{slug}")
	String call(@PathVariable String slug, Model model) {
		Call call = calls.findBySlug(slug)
			.filter(Call::isPublic)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CallDetails details = calls.details(call.id());
		model.addAttribute("call", call);
		model.addAttribute("details", details);
		model.addAttribute("invitationKey", invitationKey(call));
		model.addAttribute("meeting",
				call.meetingSlug() == null ? null : meetings.find(call.meetingSlug()).orElse(null));
		model.addAttribute("report", REPORT);
		model.addAttribute("now", clock.instant());
		model.addAttribute("categories", invited(details));
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

	/**
	 * The consortium's countries today, from the latest call that records them (the
	 * ministry's calls before the demo call, which only repeats them).
	 */
	private static List<String> countriesTakingPart(List<Call> published, Instant now,
			Function<Call, CallDetails> detailsOf) {
		return published.stream()
			.sorted(Comparator.comparing(Call::demo))
			.map(call -> detailsOf.apply(call).countriesOn(now.atZone(call.zone()).toLocalDate()))
			.filter(countries -> !countries.isEmpty())
			.findFirst()
			.orElse(List.of());
	}

	/** The kinds of organisation a call invites by name ("other" is not one). */
	private static List<String> invited(CallDetails details) {
		return details.categories().stream().filter(category -> !"OTHER".equals(category)).toList();
	}

}
