package eu.balticaigf.portal.insights;

import java.util.Locale;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.meeting.Meetings;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff dashboard: exact figures, for every staff role (the URL rule says so too;
 * this is the second lock).
 */
@Controller
class DashboardPage {

	private final Insights insights;

	private final InsightsSettings settings;

	private final MessageSource messages;

	private final Meetings meetings;

	DashboardPage(Insights insights, InsightsSettings settings, MessageSource messages, Meetings meetings) {
		this.meetings = meetings;
		this.insights = insights;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/staff/calls/{slug}/dashboard")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'VIEWER')")
	String dashboard(@PathVariable String slug, Model model, Locale locale) {
		Call call = insights.call(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("dashboard",
				Dashboard.of(call, insights.figures(call), settings, new Labels(messages, locale)));
		model.addAttribute("meeting",
				call.meetingSlug() == null ? null : meetings.figures(call.meetingSlug()).orElse(null));
		return "insights/dashboard";
	}

}
