package eu.balticaigf.portal.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every e-mail the portal sends, rendered in every language as the recipient reads it: no
 * message key shows through ({@code ??key_lt??}) and no internal code (a status, an
 * attendance mode, a role) is shown as text.
 */
@PortalTest
class MailTemplatesTests {

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

	private static final Pattern CODE = Pattern
		.compile("\\b(IN_PERSON|ONLINE|CONFIRMED|WAITLISTED|CANCELLED|ADMIN|REVIEWER|VIEWER|"
				+ "SUBMITTED|ACCEPTED|DECLINED|WITHDRAWN)\\b");

	@Autowired
	MailTemplates templates;

	@Test
	void everyEmailInEveryLanguageShowsTextsNotKeysOrCodes() throws IOException {
		List<String> names = templateNames();
		assertThat(names).contains("application/receipt", "meeting/confirmed", "review/declined", "staff/invitation");
		List<String> problems = new ArrayList<>();
		for (String name : names) {
			for (String language : List.of("lt", "en", "pl", "lv", "et")) {
				for (Map<String, Object> variables : variants()) {
					MailTemplates.Rendered mail = templates
						.render(new Email("ona@example.lt", Locale.forLanguageTag(language), name, variables));
					for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
						find(MISSING_KEY, part).forEach(key -> problems.add(language + " " + name + ": " + key));
						find(CODE, part.replaceAll("<[^>]*>", " "))
							.forEach(code -> problems.add(language + " " + name + ": code " + code));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The templates with a subject of their own (the fragments meeting/details,
	 * meeting/about and review/message have none), found by their plain-text part, which
	 * every e-mail has: {@code src/main/jte-text/<module>/mail/<name>.jte}.
	 */
	private static List<String> templateNames() throws IOException {
		List<String> names = new ArrayList<>();
		Path jteText = Path.of("src/main/jte-text");
		try (Stream<Path> files = Files.walk(jteText)) {
			files.map(jteText::relativize)
				.filter(path -> path.getNameCount() == 3 && path.getName(1).toString().equals("mail")
						&& path.toString().endsWith(".jte"))
				.map(path -> path.getName(0) + "/" + path.getFileName().toString().replace(".jte", ""))
				.forEach(names::add);
		}
		names.removeIf(name -> name.equals("meeting/details") || name.equals("meeting/about")
				|| name.equals("review/message"));
		return names.stream().distinct().sorted().toList();
	}

	/**
	 * What the callers put in: an in-person and an online registrant, with and without a
	 * waiting-list position.
	 */
	private static List<Map<String, Object>> variants() {
		Map<String, Object> common = new HashMap<>();
		common.putAll(Map.of("name", "Ona Petraitė", "title", "Information meeting", "subjectArgument", "BAI-AB12-CD34",
				"reference", "BAI-AB12-CD34", "callTitle", "Baltic AI Gigafactory", "deadline", "10 August 2025 23:59",
				"link", "/applications/BAI-AB12-CD34/token", "organisationName", "UAB Ąžuolas", "organisation",
				"UAB Ąžuolas", "reason", "Strong fit."));
		common.putAll(Map.of("question", "Please send your registry extract.", "inviter", "Rūta Žemaitė", "role",
				"REVIEWER", "path", "/staff/invitation/token", "when", "1 August 2025 10:00", "until",
				"1 August 2025 12:00", "venue", "Gedimino pr. 38, Vilnius", "cancelUrl",
				"https://portal.test/meetings/x/registrations/t"));
		// Counts are numbers: the message source picks each language's plural form from
		// them.
		common.put("count", 2);
		// The decline's wording depends on how far the review went (review.ReviewEmails).
		common.put("bodyKey", "mail.review.declined.body.unreviewed");
		// A bid commitment's move (bid.Commitments): its kind as a message key, its
		// state.
		common.put("kind", "bid.kind.EQUITY");
		common.put("state", "WITHDRAWN");
		// A message staff wrote (messages.Messages): their text, its paragraphs, why the
		// person receives it as a message key.
		common.put("body", "Dear applicant,\n\nthe information day moves.");
		common.put("paragraphs", List.of("Dear applicant,", "the information day moves."));
		common.put("about", "mail.messages.message.about.CALL");
		// A meeting's time or place changed (meeting.MeetingMails.changed).
		common.put("previously", "1 August 2025 10:00, Gedimino pr. 38, Vilnius");
		// A directory sign-in link (directory.SignIns): the organisations the address may
		// act for, and the minutes the link works.
		common.put("organisations", List.of("UAB Ąžuolas", "Politechnika Łódzka"));
		common.put("minutes", 15L);
		// News about a directory card (directory.Cards): approved, with the card's words.
		common.put("news", "approve");
		common.put("card", "Offer: a site with 40 MW of grid connection near Kaunas");
		// An introduction (directory.Introductions): the other side's contact address.
		common.put("contact", "ona@example.lt");
		Map<String, Object> inPerson = new HashMap<>(common);
		inPerson.putAll(Map.of("attendance", "IN_PERSON", "status", "CONFIRMED", "checkInQr", true, "position", 0L));
		Map<String, Object> online = new HashMap<>(common);
		online.putAll(Map.of("attendance", "ONLINE", "status", "WAITLISTED", "position", 3L, "onlineUrl",
				"https://meet.example/x"));
		return List.of(inPerson, online);
	}

	private static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
