package eu.balticaigf.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table has one owning module, and only that module's SQL names it; another module
 * reads it through the owner's API (which may offer a purpose-built query or read model).
 * The module check sees Java dependencies, not SQL: this test sees the SQL.
 */
class TableOwnershipTests {

	/** Each table of the schema and the module that owns it. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("application", "application"),
			Map.entry("application_access_link", "application"), Map.entry("application_draft", "application"),
			Map.entry("application_form_key", "application"), Map.entry("application_link_request", "application"),
			Map.entry("application_version", "application"), Map.entry("application_file", "application"),
			// The summary that dashboards and statistics read (Applications.summary).
			Map.entry("application_summary_cell", "application"),
			Map.entry("application_summary_quarter_hour", "application"), Map.entry("audit_log", "audit"),
			Map.entry("call", "call"), Map.entry("call_country", "call"), Map.entry("call_form_version", "call"),
			Map.entry("meeting", "meeting"), Map.entry("meeting_promotion", "meeting"),
			Map.entry("meeting_registration", "meeting"), Map.entry("meeting_registration_link", "meeting"),
			Map.entry("meeting_material_file", "meeting"), Map.entry("outbox_message", "notification"),
			Map.entry("outbox_attachment", "notification"), Map.entry("consent_record", "privacy"),
			Map.entry("review_assignment", "review"), Map.entry("review_conflict", "review"),
			Map.entry("review_criterion", "review"), Map.entry("review_event", "review"),
			Map.entry("review_note", "review"), Map.entry("review_score", "review"), Map.entry("api_token", "staff"),
			Map.entry("staff_account", "staff"), Map.entry("staff_invitation", "staff"),
			Map.entry("staff_password_reset", "staff"), Map.entry("staff_recovery_code", "staff"),
			Map.entry("staff_secret_key", "staff"), Map.entry("site", "sites"), Map.entry("site_criterion", "sites"),
			Map.entry("site_value", "sites"), Map.entry("site_assessment", "sites"),
			Map.entry("site_assessment_weight", "sites"), Map.entry("site_assessment_version", "sites"),
			Map.entry("bid", "bid"), Map.entry("bid_member", "bid"), Map.entry("bid_commitment", "bid"),
			Map.entry("bid_high_risk_vendor", "bid"), Map.entry("bid_host_state", "bid"),
			Map.entry("bid_agreement", "bid"), Map.entry("bid_scenario", "bid"), Map.entry("sent_message", "messages"),
			Map.entry("directory_organisation", "directory"), Map.entry("directory_colleague", "directory"),
			Map.entry("directory_sign_in_request", "directory"), Map.entry("directory_sign_in_link", "directory"),
			Map.entry("dossier", "dossier"), Map.entry("directory_card", "directory"),
			Map.entry("directory_card_report", "directory"), Map.entry("directory_introduction", "directory"),
			// Spring's own tables (sessions, the event publication registry) and the
			// once-per-period job claims.
			Map.entry("scheduled_job_run", "shared"), Map.entry("spring_session", "shared"),
			Map.entry("spring_session_attributes", "shared"), Map.entry("event_publication", "shared"));

	private static final Path SOURCES = Path.of("src/main/java/eu/balticaigf/portal");

	private static final Pattern TABLE_IN_SQL = Pattern
		.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+([a-z_]+)\\b(?!\\s*\\()");

	/** What a migration does to a table: creates, renames or drops it. */
	private static final Pattern TABLE_CHANGE = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)"
			+ "|ALTER TABLE (?:IF EXISTS )?([a-z_]+) RENAME TO ([a-z_]+)|DROP TABLE (?:IF EXISTS )?([a-z_]+)");

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

	@Test
	void everyTableOfTheSchemaHasAnOwner() throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.sorted(Comparator.comparingInt(TableOwnershipTests::version)).toList()) {
				Matcher change = TABLE_CHANGE.matcher(Files.readString(migration));
				while (change.find()) {
					if (change.group(1) != null) {
						tables.add(change.group(1));
					}
					else if (change.group(2) != null) {
						tables.remove(change.group(2));
						tables.add(change.group(3));
					}
					else {
						tables.remove(change.group(4));
					}
				}
			}
		}
		assertThat(OWNERS.keySet()).as("tables with an owner").containsAll(tables);
	}

	private static int version(Path migration) {
		Matcher version = VERSION.matcher(migration.getFileName().toString());
		return version.matches() ? Integer.parseInt(version.group(1)) : Integer.MAX_VALUE;
	}

	@Test
	void noModulesSqlNamesAnotherModulesTable() throws IOException {
		Set<String> trespasses = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				Matcher table = TABLE_IN_SQL.matcher(Files.readString(file));
				while (table.find()) {
					String owner = OWNERS.get(table.group(1));
					if (owner != null && !owner.equals(module)) {
						trespasses.add(module + " names " + owner + "'s table " + table.group(1) + " in "
								+ SOURCES.relativize(file));
					}
				}
			}
		}
		assertThat(trespasses).as("SQL naming another module's table").isEqualTo(KNOWN);
	}

	/**
	 * Trespasses being removed (issue 14); each fix takes its line out, and a new one
	 * fails the test.
	 */
	private static final Set<String> KNOWN = Set.of();

}
