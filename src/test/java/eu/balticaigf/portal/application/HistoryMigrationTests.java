package eu.balticaigf.portal.application;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V22 turns the history's old text lines ("field: old → new") into data. The suite's
 * database was empty when V22 ran, so its first part runs here again, on a table of old
 * rows in a schema of its own, and is rolled back.
 */
@PortalTest
class HistoryMigrationTests extends PortalIntegrationTest {

	@Autowired
	TransactionTemplate transactions;

	@Test
	void oldTextLinesBecomeChangesWithCodesAndValues() throws Exception {
		String script = new ClassPathResource("db/migration/V22__applicant_journeys.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		String historyPart = script.substring(0, script.indexOf("-- 2."));
		List<String> migrated = transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("CREATE SCHEMA v22_history_test").update();
			jdbc.sql("SET LOCAL search_path TO v22_history_test").update();
			jdbc.sql("""
					CREATE TABLE application_version (id bigserial PRIMARY KEY, version integer NOT NULL,
					                                  changes text NOT NULL)""").update();
			jdbc.sql("INSERT INTO application_version (version, changes) VALUES (?, ?)").params(1, "").update();
			jdbc.sql("INSERT INTO application_version (version, changes) VALUES (?, ?)")
				.params(2,
						"organisationSize: SMALL → MEDIUM\ncontributionAreas: AI_MODELS_SOFTWARE,DATA → DATA\n"
								+ "investmentIntentEur:  → 2500000\nconsentDirectory: false → true\npic: 999999999 → ")
				.update();
			jdbc.sql("INSERT INTO application_version (version, changes) VALUES (?, ?)")
				.params(3,
						"contactEmail: (erased)\ndescription: Note: the first line\nand a second → One line\nstatus: SUBMITTED → WITHDRAWN")
				.update();
			jdbc.sql(historyPart).update();
			return jdbc.sql("SELECT changes::text FROM application_version ORDER BY version")
				.query(String.class)
				.list();
		});
		assertThat(migrated).containsExactly("[]",
				"[{\"after\": \"MEDIUM\", \"field\": \"organisationSize\", \"before\": \"SMALL\"}, "
						+ "{\"after\": [\"DATA\"], \"field\": \"contributionAreas\", \"before\": [\"AI_MODELS_SOFTWARE\", \"DATA\"]}, "
						+ "{\"after\": 2500000, \"field\": \"investmentIntentEur\", \"before\": null}, "
						+ "{\"after\": true, \"field\": \"consentDirectory\", \"before\": false}, "
						+ "{\"after\": null, \"field\": \"pic\", \"before\": \"999999999\"}]",
				"[{\"field\": \"contactEmail\", \"erased\": true}, "
						+ "{\"after\": \"One line\", \"field\": \"description\", \"before\": \"Note: the first line\\nand a second\"}, "
						+ "{\"after\": \"WITHDRAWN\", \"field\": \"status\", \"before\": \"SUBMITTED\"}]");
		assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'v22_history_test'")
			.query(Long.class)
			.single()).isZero();
	}

}
