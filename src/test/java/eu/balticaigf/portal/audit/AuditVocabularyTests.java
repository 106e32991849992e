package eu.balticaigf.portal.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the portal records, read back in every language: the audit page must name
 * it in the reader's language, from that language's own bundle (never the English
 * fallback, never the code in words). The actions are found where they are recorded: each
 * {@code audit.record(…)} in the main code, and the review's moves, which record
 * {@code "review." + transition}.
 */
@PortalTest
class AuditVocabularyTests {

	static final List<String> LANGUAGES = List.of("en", "lt", "pl", "lv", "et");

	/** A recorded action: lower case, dotted, such as {@code staff.sign-in.failed}. */
	private static final Pattern ACTION = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9_-]+)+)\"");

	/** Words that are the same in English and another language. */
	private static final Set<String> SAME_IN_ENGLISH = Set.of("audit.field.format", "audit.targetNamed");

	@Autowired
	ReadableAudit readable;

	@Test
	void everyRecordedActionIsNamedInEveryLanguage() {
		Set<String> actions = recordedActions();
		assertThat(actions).as("actions found in the code")
			.contains("staff.sign-in.failed", "meeting.guest-checked-in", "review.accept", "review.conflict.withdraw",
					"privacy.erase", "outbox.parked-email-resent", "staff.audit.exported");
		List<String> untranslated = new ArrayList<>();
		for (String language : LANGUAGES) {
			Properties bundle = bundle(language);
			Locale locale = Locale.forLanguageTag(language);
			List<AuditEntries.Entry> entries = actions.stream()
				.map(action -> new AuditEntries.Entry(1, Instant.parse("2026-12-06T12:00:00Z"), "applicant", action,
						null, null, null, null, "0:0:0:0:0:0:0:1"))
				.toList();
			for (ReadableAudit.Row row : readable.rows(entries, locale)) {
				String key = "audit.action." + row.entry().action();
				if (!bundle.containsKey(key) || !bundle.getProperty(key).equals(row.action())) {
					untranslated.add(language + " " + row.entry().action() + ": shown as \"" + row.action() + "\"");
				}
			}
		}
		assertThat(untranslated).as("actions the audit page cannot name in the reader's language").isEmpty();
	}

	@Test
	void everyLabelOfTheLogIsTranslatedNotCopied() {
		Properties english = bundle("en");
		List<String> copied = new ArrayList<>();
		for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
			Properties bundle = bundle(language);
			english.stringPropertyNames()
				.stream()
				.filter(key -> key.startsWith("audit.") && !SAME_IN_ENGLISH.contains(key))
				.filter(key -> english.getProperty(key).equals(bundle.getProperty(key)))
				.forEach(key -> copied.add(language + " " + key));
		}
		assertThat(copied).as("labels left in English").isEmpty();
	}

	@Test
	void whoAndWhenAreInWordsAndTheAddressInItsShortestForm() {
		AuditEntries.Entry entry = new AuditEntries.Entry(1, Instant.parse("2026-12-06T12:00:07Z"), "applicant",
				"review.withdraw", "application", "BAI-1", null, null, "2001:db8:0:0:0:0:2:1");
		ReadableAudit.Row row = readable.rows(List.of(entry), Locale.forLanguageTag("lt")).get(0);
		assertThat(row.actor()).isEqualTo("Pareiškėjas");
		assertThat(row.at()).isEqualTo("2026 m. gruodžio 6 d., 14:00:07 EET (Vilniaus laiku)");
		assertThat(row.address()).isEqualTo("2001:db8::2:1");
		assertThat(ReadableAudit.address("0:0:0:0:0:0:0:1")).isEqualTo("::1");
		assertThat(ReadableAudit.address("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
		assertThat(ReadableAudit.address("127.0.0.1")).isEqualTo("127.0.0.1");
	}

	/** Each action string literal of an {@code audit.record(…)} call in the main code. */
	static Set<String> recordedActions() {
		Set<String> actions = new TreeSet<>();
		// The call's statement, to its semicolon (no action or state holds one).
		Pattern call = Pattern.compile("audit\\.record\\(([^;]*);");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher calls = call.matcher(Files.readString(file));
				while (calls.find()) {
					Matcher action = ACTION.matcher(calls.group(1));
					while (action.find()) {
						actions.add(action.group(1));
					}
					if (calls.group(1).contains("\"review.\" + move.action()")) {
						// The review's moves: one action per transition of the lifecycle,
						// except amending, which the applicant does through the
						// application module and the review does not record.
						for (ApplicationStatus.Transition transition : ApplicationStatus.Transition.values()) {
							if (transition != ApplicationStatus.Transition.AMEND) {
								actions.add("review." + transition.name().toLowerCase(Locale.ROOT));
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return actions;
	}

	/** One language's own bundle of the audit module, without any fallback. */
	static Properties bundle(String language) {
		String name = "i18n/audit" + ("en".equals(language) ? "" : "_" + language) + ".properties";
		Properties bundle = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			bundle.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bundle;
	}

}
