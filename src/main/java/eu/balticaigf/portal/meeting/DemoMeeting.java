package eu.balticaigf.portal.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import eu.balticaigf.portal.shared.DemoSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo meeting, a week after the first start, so that registration can be tried today. */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoMeeting implements ApplicationRunner {

	static final String SLUG = "demo-info";

	private final MeetingRepository meetings;

	private final DemoSettings settings;

	private final Clock clock;

	DemoMeeting(MeetingRepository meetings, DemoSettings settings, Clock clock) {
		this.meetings = meetings;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ZoneId vilnius = ZoneId.of("Europe/Vilnius");
		Instant now = clock.instant();
		Instant starts = now.atZone(vilnius).plusDays(7).withHour(10).truncatedTo(ChronoUnit.HOURS).toInstant();
		meetings.insert(new Meeting(0, SLUG, Map.of(
				"lt", "Informacinis susitikimas (demonstracinis)",
				"en", "Information meeting (demo)",
				"pl", "Spotkanie informacyjne (demonstracyjne)",
				"lv", "Informatīvā sanāksme (demonstrācija)",
				"et", "Infokohtumine (näidis)"),
				starts, starts.plus(Duration.ofHours(2)), vilnius, "Gedimino pr. 38, Vilnius", true,
				settings.meetingCapacity(), now, starts.minus(Duration.ofHours(2)), true,
				"https://meet.balticaigf.eu/demo-info"));
	}

}
