package eu.balticaigf.portal.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh meeting per test (unique slug), so tests never touch the seeded ones or each
 * other's seats.
 */
final class TestMeetings {

	private TestMeetings() {
	}

	static Meeting create(MeetingRepository repository, int capacity) {
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		return create(repository, capacity, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(3)));
	}

	static Meeting create(MeetingRepository repository, int capacity, Instant opens, Instant closes, Instant starts) {
		starts = starts.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 18);
		repository.insert(new Meeting(0, slug, Map.of("lt", "Bandomasis susitikimas, Vilnius; 2", "en",
				"Test meeting, Vilnius; a long title that needs folding in the calendar file because it is long", "pl",
				"Spotkanie testowe", "lv", "Testa sanāksme", "et", "Testkohtumine"), starts,
				starts.plus(Duration.ofHours(2)), ZoneId.of("Europe/Vilnius"), "Gedimino pr. 38, Vilnius", true,
				capacity, opens, closes, false, "https://meet.example.test/" + slug));
		return repository.findBySlug(slug).orElseThrow();
	}

	static String email(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
	}

}
