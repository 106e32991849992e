package eu.balticaigf.portal.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import eu.balticaigf.portal.audit.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A person's export and erasure across every module, on the real database. */
@PortalTest
class DataSubjectRequestTests extends PortalIntegrationTest {

	static final List<String> SECTIONS = List.of("applications", "applicationDrafts", "meetingRegistrations", "emails",
			"auditEntries", "consents");

	@Autowired
	AuditLog audit;

	@Autowired
	Consents consents;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * The person everywhere: application (with history), draft, registration, e-mail,
	 * audit entry, consent.
	 */
	String seed(PrivacyData data, String email) {
		String reference = data.application(email, "SUBMITTED", "LT", "STARTUP", "SMALL");
		data.draft(email);
		data.registration(email);
		data.email(email, Instant.now());
		audit.record("reviewer@ministry.example", "application.review", AuditLog.Target.of("application", reference),
				Map.of("contactEmail", email), Map.of("contactEmail", email, "note", "called " + email));
		transactions.executeWithoutResult(
				status -> consents.record(email, Consents.Purpose.APPLICATION_PROCESSING, "application:" + reference));
		return reference;
	}

	/** An admin signed in through the sign-in page, as a person is. */
	record Admin(String email, Visitor visitor) {
	}

	Admin admin() {
		StaffSignInSupport.Account account = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = Visitor.at(port);
		visitor.signIn(account);
		return new Admin(account.email(), visitor);
	}

	/** The JSON file the export form downloads. */
	String export(Admin admin, String email) {
		Page download = admin.visitor()
			.open("/staff/privacy")
			.form("form[action$='/staff/privacy/export']")
			.fill("email", email)
			.submit();
		assertThat(download.status()).isEqualTo(200);
		return download.body();
	}

	@Test
	void exportHasThePersonInEverySectionAndNobodyElseAndIsAudited() throws Exception {
		PrivacyData data = new PrivacyData(context, Instant.parse("2024-05-01T10:00:00Z"));
		String ona = PrivacyData.email("ona");
		String jonas = PrivacyData.email("jonas");
		seed(data, ona);
		seed(data, jonas);
		Admin admin = admin();

		String json = export(admin, " " + ona.toUpperCase() + " ");

		for (String section : SECTIONS) {
			List<?> records = JsonPath.read(json, "$." + section);
			assertThat(records).as(section).hasSize(1);
		}
		assertThat(json).contains(ona).doesNotContain(jonas);
		assertThat((List<?>) JsonPath.read(json, "$.applications[0].history")).hasSize(1);
		assertThat((String) JsonPath.read(json, "$.applications[0].contactName")).isEqualTo("Ona Petraitė");
		assertThat((Map<String, Object>) JsonPath.read(json, "$.emails[0]")).containsOnlyKeys("template", "subject",
				"status", "queuedAt", "sentAt");
		assertThat((String) JsonPath.read(json, "$.emails[0].queuedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat((Map<String, Object>) JsonPath.read(json, "$.consents[0]")).containsOnlyKeys("purpose",
				"noticeVersion", "givenAt", "source");
		assertThat((String) JsonPath.read(json, "$.consents[0].purpose")).isEqualTo("APPLICATION_PROCESSING");
		assertThat((String) JsonPath.read(json, "$.consents[0].givenAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

		String nobody = export(admin, PrivacyData.email("nobody"));
		for (String section : SECTIONS) {
			assertThat((List<?>) JsonPath.read(nobody, "$." + section)).as(section).isEmpty();
		}

		// Audited by the signed-in admin, naming the person only by the hash of the
		// address.
		Map<String, Object> entry = jdbc.sql("""
				SELECT actor, target_type, after_state::text AS after_state FROM audit_log
				WHERE action = 'privacy.export' AND target_id = ?""").param(DataSubjects.hash(ona)).query().singleRow();
		assertThat(entry.get("actor")).isEqualTo(admin.email());
		assertThat(entry.get("target_type")).isEqualTo("data-subject");
		assertThat((String) entry.get("after_state")).contains("\"applications\": 1").doesNotContain(ona);
	}

	@Test
	void erasureKeepsOrganisationsAndStatisticsAnonymisesThePersonAndIsAudited() throws Exception {
		PrivacyData data = new PrivacyData(context, Instant.parse("2024-05-02T10:00:00Z"));
		String ona = PrivacyData.email("ona");
		String jonas = PrivacyData.email("jonas");
		String onas = seed(data, ona);
		String jonass = seed(data, jonas);
		for (int i = 0; i < 6; i++) {
			data.application(PrivacyData.email("other"), i % 2 == 0 ? "DECLINED" : "SUBMITTED", "LV", "UNIVERSITY",
					"MEDIUM");
		}
		String statisticsBefore = data.statistics(mvc);
		long earlierEntry = jdbc.sql("SELECT id FROM audit_log WHERE target_id = ? AND action = 'application.review'")
			.param(onas)
			.query(Long.class)
			.single();
		Admin admin = admin();

		Page erased = admin.visitor()
			.open("/staff/privacy")
			.form("form[action$='/staff/privacy/erase']")
			.fill("email", ona)
			.fill("reason", "Request of " + ona.toUpperCase() + " received by post")
			.check("confirm")
			.submit();
		assertThat(erased.text()).contains("The personal data was erased.");
		// What changed, counted per kind of record and named in words.
		assertThat(erased.byId("erased-counts").select("li").eachText()).contains("Applications (as contact person): 1",
				"Application drafts: 1", "Meeting registrations: 1", "E-mails: 1", "Consent records: 1");

		// The application keeps its organisation and status, and loses its contact, links
		// and history lines.
		Map<String, Object> application = jdbc
			.sql("""
					SELECT organisation_name, status, country, contact_name, contact_email, contact_phone, consent_directory,
					    access_token_hash FROM application WHERE reference = ?""")
			.param(onas)
			.query()
			.singleRow();
		assertThat(application.get("organisation_name")).asString().startsWith("Organisation ");
		assertThat(application.get("status")).isEqualTo("SUBMITTED");
		assertThat(application.get("contact_name")).isNull();
		assertThat(application.get("contact_email")).isNull();
		assertThat(application.get("contact_phone")).isNull();
		assertThat(application.get("consent_directory")).isEqualTo(false);
		assertThat(application.get("access_token_hash")).asString().startsWith("erased-");
		assertThat(jdbc.sql("""
				SELECT v.changes::text FROM application_version v JOIN application a ON a.id = v.application_id
				WHERE a.reference = ?""").param(onas).query(String.class).single())
			.isEqualTo("[{\"field\": \"contactEmail\", \"erased\": true}, "
					+ "{\"after\": \"STARTUP\", \"field\": \"category\", \"before\": \"UNIVERSITY\"}]");
		assertThat(data.count("SELECT count(*) FROM application_draft WHERE fields ILIKE '%' || ? || '%'",
				ona.replace("@", "%40")))
			.isZero();
		assertThat(data.count("SELECT count(*) FROM meeting_registration WHERE email_normalised = ? OR email = ?", ona,
				ona))
			.isZero();
		assertThat(data.count("SELECT count(*) FROM meeting_registration WHERE meeting_id = ? AND full_name = 'erased'",
				data.meetingId))
			.isOne();
		assertThat(data.count("SELECT count(*) FROM outbox_message WHERE recipient = ?", ona)).isZero();
		assertThat(data.count("SELECT count(*) FROM consent_record WHERE subject_hash = ?", DataSubjects.hash(ona)))
			.isZero();

		// The audit log: no entry names the address any more; the earlier one carries the
		// pseudonym.
		assertThat(data.count("""
				SELECT count(*) FROM audit_log WHERE actor ILIKE '%' || :e || '%' OR target_id ILIKE '%' || :e || '%'
				    OR before_state::text ILIKE '%' || :e || '%' OR after_state::text ILIKE '%' || :e || '%'"""
			.replace(":e", "?"), ona, ona, ona, ona)).isZero();
		assertThat(jdbc.sql("SELECT after_state::text FROM audit_log WHERE id = ?")
			.param(earlierEntry)
			.query(String.class)
			.single()).contains(DataSubjects.pseudonym(ona)).contains("called " + DataSubjects.pseudonym(ona));
		Map<String, Object> erasure = jdbc.sql("""
				SELECT actor, after_state::text AS after_state FROM audit_log
				WHERE action = 'privacy.erase' AND target_id = ?""").param(DataSubjects.hash(ona)).query().singleRow();
		assertThat(erasure.get("actor")).isEqualTo(admin.email());
		assertThat((String) erasure.get("after_state"))
			.contains("Request of " + DataSubjects.pseudonym(ona) + " received by post")
			.contains("\"applications\": 1");

		// Nobody else was touched, and the statistics did not move.
		assertThat(jdbc.sql("SELECT contact_email FROM application WHERE reference = ?")
			.param(jonass)
			.query(String.class)
			.single()).isEqualTo(jonas);
		assertThat(data.count("SELECT count(*) FROM outbox_message WHERE recipient = ?", jonas)).isOne();
		assertThat(data.statistics(mvc)).isEqualTo(statisticsBefore);

		// The exception is narrow: rewriting or deleting audit entries by hand is still
		// refused.
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE audit_log SET actor = 'someone' WHERE id = ?").param(earlierEntry).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(earlierEntry).update())
			.isInstanceOf(DataAccessException.class);
	}

}
