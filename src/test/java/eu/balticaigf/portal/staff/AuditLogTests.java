package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.audit.AuditLog;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AuditLogTests extends PortalIntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffRepository staff;

	private static String reference() {
		return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	@Test
	void auditRowsCannotBeUpdatedDeletedOrTruncated() {
		String reference = reference();
		audit.record("someone@ministry.test", "application.noted", AuditLog.Target.of("application", reference), null,
				Map.of("note", "kept"));
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET action = 'rewritten' WHERE target_id = ?")
			.param(reference)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE target_id = ?").param(reference).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_id = ?")
			.param(reference)
			.query(String.class)
			.list()).containsExactly("application.noted");
	}

	@Test
	void readTokenListsTheTrailOfOneReference() throws Exception {
		String reference = reference();
		audit.record("reviewer@ministry.test", "application.scored", AuditLog.Target.of("application", reference),
				Map.of("score", 2), Map.of("score", 4));
		String token = "read-" + UUID.randomUUID();
		tokens.register("reader " + token.substring(5, 13), token, ApiTokens.Scope.READ);
		mvc.perform(get("/api/v1/audit").param("reference", reference).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].actor").value("reviewer@ministry.test"))
			.andExpect(jsonPath("$[0].action").value("application.scored"))
			.andExpect(jsonPath("$[0].before.score").value(2))
			.andExpect(jsonPath("$[0].after.score").value(4));
		mvc.perform(get("/api/v1/audit").param("reference", reference)).andExpect(status().isUnauthorized());
	}

	@Test
	void writeCallsWithATokenAreAuditedByTokenName() throws Exception {
		String token = "write-" + UUID.randomUUID();
		String name = "writer " + token.substring(6, 14);
		tokens.register(name, token, ApiTokens.Scope.READ_WRITE);
		mvc.perform(post("/api/v1/token").header("Authorization", "Bearer " + token));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = ? AND action = 'api.call'")
			.param("token:" + name)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void adminsFilterTheLogAndExportItAsCsvWithoutFormulas() throws Exception {
		String reference = reference();
		audit.record("=HYPERLINK(\"http://evil\")", "application.viewed", AuditLog.Target.of("application", reference),
				null, null);
		mvc.perform(get("/staff/audit").param("target", reference).with(user("admin@ministry.test").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("application.viewed")));
		String exporter = "exporter-" + reference.toLowerCase() + "@ministry.test";
		mvc.perform(get("/staff/audit/export").param("target", reference).with(user(exporter).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("audit-log.csv")))
			.andExpect(content().string(containsString("\"'=HYPERLINK(\"\"http://evil\"\")\"")))
			.andExpect(content().string(containsString(reference)));
		assertThat(jdbc.sql("""
				SELECT actor || ' ' || (after_state ->> 'rows') FROM audit_log
				WHERE action = 'staff.audit.exported' AND after_state ->> 'target' = ?""")
			.param(reference)
			.query(String.class)
			.list()).as("the export itself is audited, with its filter and size").containsExactly(exporter + " 1");
	}

	@Test
	void thePageShowsWhatChangedInWordsInTheReadersLanguageAndWhoActedByName() throws Exception {
		String reference = reference();
		String reviewer = StaffTestSupport.uniqueEmail("reviewer");
		staff.insert(reviewer, "Rūta Žemaitė", "!", Role.REVIEWER);
		audit.record(reviewer, "review.start_eligibility_check", AuditLog.Target.of("application", reference),
				Map.of("stage", "SUBMITTED"), Map.of("stage", "ELIGIBILITY_CHECK", "reason", "Looks complete"));
		audit.record("token:crm sync", "review.assign", AuditLog.Target.of("application", reference), null,
				Map.of("reviewer", reviewer));
		audit.record(reviewer, "review.something-new", AuditLog.Target.of("application", reference),
				Map.of("readyForCommittee", false), Map.of("readyForCommittee", true));
		audit.record(reviewer, "meeting.changed", AuditLog.Target.of("meeting", reference),
				Map.of("titles", Map.of("en", "Info day", "lt", "Informacinė diena"), "capacityInPerson", 40),
				Map.of("titles", Map.of("en", "Information day", "lt", "Informacinė diena"), "capacityInPerson", 40));
		Visitor admin = Visitor.at(port);
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));

		Page page = admin.open("/staff/audit?target=" + reference);
		assertThat(page.textOf("#audit-total")).isEqualTo("4 entries");
		String text = page.text();
		assertThat(text).contains("Rūta Žemaitė (" + reviewer + ")", "Started the eligibility check",
				"Stage: Submitted → Eligibility check", "Reason: Looks complete", "Assigned a reviewer",
				"API token “crm sync”", "Reviewer: Rūta Žemaitė (" + reviewer + ")", "Review something new",
				"Ready for committee: No → Yes", "Application: " + reference, "Changed a meeting",
				"Title › English: Info day → Information day");
		assertThat(text).as("only what changed").doesNotContain("Seats in the room", "Title › Lithuanian");
		assertThat(text).doesNotContain("{\"", "\":", "ELIGIBILITY_CHECK", "review.start_eligibility_check", "??");

		Page filtered = page.form("form[action$='/staff/audit']")
			.choose("action", "review.start_eligibility_check")
			.submit();
		assertThat(filtered.textOf("#audit-total")).isEqualTo("1 entry");
		assertThat(admin.open("/staff/audit?actor=Ruta+Zemaite&target=" + reference).textOf("#audit-total"))
			.as("staff are found by name, accents or not")
			.isEqualTo("3 entries");

		String csv = admin.get("/staff/audit/export?target=" + reference).body();
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.replace("\uFEFF", "")))
			.getRecords();
		assertThat(records).as("the export is for machines: codes and raw states").anySatisfy(record -> {
			assertThat(record.get("action")).isEqualTo("review.start_eligibility_check");
			assertThat(record.get("before")).isEqualTo("{\"stage\": \"SUBMITTED\"}");
			assertThat(record.get("actor")).isEqualTo(reviewer);
		});

		Page inLithuanian = admin.speaking("lt").open("/staff/audit?target=" + reference);
		assertThat(inLithuanian.textOf("#audit-total")).isEqualTo("4 įrašai");
		assertThat(inLithuanian.text()).contains("Pradėta tinkamumo patikra",
				"Etapas: Pateikta → Tikrinamas tinkamumas", "Ne → Taip",
				"Pavadinimas › Anglų: Info day → Information day");
	}

}
