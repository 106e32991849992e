package eu.balticaigf.portal.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.privacy.PersonalDataHolder;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applications where the address is the contact's, with their version history. Erasure
 * and retention anonymise, never delete: the row keeps its organisation data, status,
 * country, category and size, so the statistics (counted from these rows) do not move.
 * The contact's name, e-mail and phone become NULL, the private links die, the
 * partner-directory opt-in is withdrawn, and the contact's entries in the history are
 * marked erased, without their values.
 */
@Component
class ApplicationPersonalData implements PersonalDataHolder {

	/**
	 * The history's changes with the contact's entries replaced by {"field", "erased":
	 * true}: the others stay as they were, in their order (application_version.changes,
	 * V22).
	 */
	private static final String CHANGES_WITHOUT_CONTACT = """
			(SELECT coalesce(jsonb_agg(CASE WHEN e ->> 'field' IN ('contactName', 'contactEmail', 'contactPhone')
			                                THEN jsonb_build_object('field', e ->> 'field', 'erased', true) ELSE e END
			                           ORDER BY n), '[]'::jsonb)
			 FROM jsonb_array_elements(changes) WITH ORDINALITY AS entries (e, n))""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Calls calls;

	private final ApplicationFiles files;

	ApplicationPersonalData(JdbcClient jdbc, ObjectMapper json, Calls calls, ApplicationFiles files) {
		this.jdbc = jdbc;
		this.json = json;
		this.calls = calls;
		this.files = files;
	}

	@Override
	public String section() {
		return "applications";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		Map<Long, String> slugs = calls.all().stream().collect(Collectors.toMap(Call::id, Call::slug));
		return jdbc.sql("""
				SELECT id, reference, call_id, status, organisation_name, country, registry_code, contact_name,
				    contact_email, contact_phone, consent_privacy_version, consent_privacy_at, consent_directory,
				    language, submitted_at, updated_at, withdrawn_at, form_version, answers::text AS answers
				FROM application WHERE lower(btrim(contact_email)) = ? ORDER BY submitted_at""")
			.param(email)
			.query((rs, row) -> {
				Map<String, Object> application = new LinkedHashMap<>();
				application.put("reference", rs.getString("reference"));
				application.put("call", slugs.get(rs.getLong("call_id")));
				application.put("status", rs.getString("status"));
				application.put("organisationName", rs.getString("organisation_name"));
				application.put("country", rs.getString("country"));
				application.put("registryCode", rs.getString("registry_code"));
				application.put("contactName", rs.getString("contact_name"));
				application.put("contactEmail", rs.getString("contact_email"));
				application.put("contactPhone", rs.getString("contact_phone"));
				application.put("consentPrivacyVersion", rs.getString("consent_privacy_version"));
				application.put("consentPrivacyAt", instant(rs.getTimestamp("consent_privacy_at")));
				application.put("consentDirectory", rs.getBoolean("consent_directory"));
				application.put("language", rs.getString("language").trim());
				application.put("submittedAt", instant(rs.getTimestamp("submitted_at")));
				application.put("updatedAt", instant(rs.getTimestamp("updated_at")));
				application.put("withdrawnAt", instant(rs.getTimestamp("withdrawn_at")));
				application.put("formVersion", rs.getInt("form_version"));
				application.put("answers", json.readValue(rs.getString("answers"), Map.class));
				application.put("history", history(rs.getLong("id")));
				// The files uploaded with it, described (the bytes stay with staff).
				application.put("files", files.describe(rs.getLong("id")));
				return application;
			})
			.list();
	}

	private List<Map<String, Object>> history(long applicationId) {
		return jdbc.sql("""
				SELECT version, action, changed_by, changed_at, changes FROM application_version
				WHERE application_id = ? ORDER BY version""").param(applicationId).query((rs, row) -> {
			Map<String, Object> version = new LinkedHashMap<>();
			version.put("version", rs.getInt("version"));
			version.put("action", rs.getString("action"));
			version.put("changedBy", rs.getString("changed_by"));
			version.put("changedAt", instant(rs.getTimestamp("changed_at")));
			version.put("changes", json.readValue(rs.getString("changes"), List.class));
			return version;
		}).list();
	}

	@Override
	public int erase(String email) {
		// History rows of other applications that once named this address (a contact
		// changed away from it).
		jdbc.sql("UPDATE application_version SET changes = " + CHANGES_WITHOUT_CONTACT + """
				WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(changes) e
				              WHERE e ->> 'field' = 'contactEmail'
				                AND (lower(btrim(e ->> 'before')) = :email OR lower(btrim(e ->> 'after')) = :email))""")
			.param("email", email)
			.update();
		return anonymise("lower(btrim(a.contact_email)) = :email", Map.of("email", email));
	}

	/**
	 * Declined and withdrawn applications
	 * ({@link ApplicationStatus#settledWithoutJoining}), {@code applicationRetentionDays}
	 * after their call closed. Accepted ones and those still in review keep their
	 * contact.
	 */
	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		Instant closedBefore = now.minus(Duration.ofDays(settings.applicationRetentionDays()));
		List<Long> longClosed = calls.all()
			.stream()
			.filter(call -> call.closesAt().isBefore(closedBefore))
			.map(Call::id)
			.toList();
		if (longClosed.isEmpty()) {
			return 0;
		}
		return anonymise("""
				a.status IN (:settledWithoutJoining) AND a.call_id IN (:longClosed)
				AND (a.contact_name IS NOT NULL OR a.contact_email IS NOT NULL OR a.contact_phone IS NOT NULL)""",
				Map.of("settledWithoutJoining", ApplicationStatus.namesWhere(ApplicationStatus::settledWithoutJoining),
						"longClosed", longClosed));
	}

	private int anonymise(String where, Map<String, Object> params) {
		List<Long> ids = jdbc.sql("SELECT a.id FROM application a WHERE " + where + " FOR UPDATE")
			.params(params)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		jdbc.sql("UPDATE application_version SET changes = " + CHANGES_WITHOUT_CONTACT
				+ " WHERE application_id IN (:ids)")
			.param("ids", ids)
			.update();
		jdbc.sql("DELETE FROM application_access_link WHERE application_id IN (:ids)").param("ids", ids).update();
		// Uploaded files may name and show people (a signed letter, a declaration): they
		// go, and so do the answers that describe them.
		files.deleteOfApplications(ids);
		jdbc.sql("""
				UPDATE application SET answers = (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
				                                  FROM jsonb_each(answers) WHERE jsonb_typeof(value) <> 'object')
				WHERE id IN (:ids)""").param("ids", ids).update();
		// The private link dies with the contact: its hash is replaced by a value no
		// token hashes to.
		return jdbc.sql("""
				UPDATE application SET contact_name = NULL, contact_email = NULL, contact_phone = NULL,
				    consent_directory = false, access_token_hash = 'erased-' || id
				WHERE id IN (:ids)""").param("ids", ids).update();
	}

	private static String instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().toString();
	}

}
