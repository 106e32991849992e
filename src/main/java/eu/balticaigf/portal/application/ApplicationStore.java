package eu.balticaigf.portal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of application intake: application, application_draft,
 * application_access_link, application_version.
 */
@Repository
class ApplicationStore {

	/**
	 * The form between its steps; {@code amends} is the application an amendment changes,
	 * null for a new one; {@code remind} whether its person asked for a reminder before
	 * the deadline.
	 */
	/** {@code saved}: saved for later, with a private link to it sent. */
	record Draft(UUID id, long callId, Long amends, ApplicationForm form, String language, Instant updatedAt,
			boolean remind, boolean saved) {
	}

	/** A draft whose reminder this transaction has claimed. */
	record DueReminder(UUID id, ApplicationForm form, String language) {
	}

	private static final String COLUMNS = """
			id, reference, call_id, status, organisation_name, country, registry_code, registry_code_normalised,
			vat_number, pic, website, category, organisation_size, contact_name, contact_email, contact_phone,
			array_to_string(contribution_areas, ',') AS areas, investment_intent_eur, compute_demand_gpu_hours,
			description, consent_directory, language, submitted_at, decided_at, withdrawn_at, version, draft_id,
			form_version, answers::text AS answers""";

	private static final String DRAFT_COLUMNS = "id, call_id, amends, fields, language, updated_at, remind_requested_at, resume_token_hash IS NOT NULL AS saved";

	/** Numbers come back as exact decimals, as they were given. */
	private static final tools.jackson.core.type.TypeReference<LinkedHashMap<String, Object>> ANSWERS = new tools.jackson.core.type.TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ApplicationStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// Drafts

	/**
	 * Creates or replaces a draft's fields; a draft never moves to another call, and a
	 * new application's draft never becomes an amendment or the other way round.
	 */
	void saveDraft(UUID id, long callId, ApplicationForm form, String language, Instant now) {
		saveDraft(id, callId, null, form, language, now);
	}

	/** The same for an amendment of the application {@code amends}. */
	void saveDraft(UUID id, long callId, Long amends, ApplicationForm form, String language, Instant now) {
		jdbc.sql("""
				INSERT INTO application_draft (id, call_id, amends, fields, language, created_at, updated_at)
				VALUES (:id, :call, :amends, :fields, :language, :now, :now)
				ON CONFLICT (id) DO UPDATE SET fields = EXCLUDED.fields, language = EXCLUDED.language,
				    updated_at = EXCLUDED.updated_at
				WHERE application_draft.call_id = EXCLUDED.call_id
				    AND application_draft.amends IS NOT DISTINCT FROM EXCLUDED.amends""")
			.param("id", id)
			.param("call", callId)
			.param("amends", amends, Types.BIGINT)
			.param("fields", form.encode())
			.param("language", language)
			.param("now", Timestamp.from(now))
			.update();
	}

	void setResumeToken(UUID id, String tokenHash) {
		jdbc.sql("UPDATE application_draft SET resume_token_hash = ? WHERE id = ?").params(tokenHash, id).update();
	}

	Optional<Draft> draft(UUID id) {
		return draftWhere("id = ?", id);
	}

	/** The link saved with the draft, or the one its reminder brought. */
	Optional<Draft> draftByResumeToken(String tokenHash) {
		return draftWhere("? IN (resume_token_hash, reminder_token_hash)", tokenHash);
	}

	/**
	 * Records whether the person asked for a reminder before the deadline (when they did,
	 * or null): the last save decides.
	 */
	void setReminder(UUID id, Instant requestedAt) {
		jdbc.sql("UPDATE application_draft SET remind_requested_at = ? WHERE id = ?")
			.params(requestedAt == null ? null : Timestamp.from(requestedAt), id)
			.update();
	}

	/**
	 * Claims the reminders due for the drafts of a call asked for before {@code asked}
	 * (the moment the reminder is due), marking them reminded in the same statement: a
	 * second node running this at once waits for the first and then sees them claimed, so
	 * each draft gets one reminder.
	 */
	List<DueReminder> claimReminders(long callId, Instant askedBefore, Instant now) {
		return jdbc.sql("""
				UPDATE application_draft SET reminded_at = :now
				WHERE call_id = :call AND amends IS NULL AND reminded_at IS NULL
				  AND remind_requested_at IS NOT NULL AND remind_requested_at < :before
				RETURNING id, fields, language""")
			.param("now", Timestamp.from(now))
			.param("call", callId)
			.param("before", Timestamp.from(askedBefore))
			.query((rs, row) -> new DueReminder(rs.getObject("id", UUID.class),
					ApplicationForm.decode(rs.getString("fields")), rs.getString("language")))
			.list();
	}

	void setReminderToken(UUID id, String tokenHash) {
		jdbc.sql("UPDATE application_draft SET reminder_token_hash = ? WHERE id = ?").params(tokenHash, id).update();
	}

	private Optional<Draft> draftWhere(String condition, Object value) {
		return jdbc.sql("SELECT " + DRAFT_COLUMNS + " FROM application_draft WHERE " + condition)
			.param(value)
			.query(ApplicationStore::mapDraft)
			.optional();
	}

	void deleteDraft(UUID id) {
		jdbc.sql("DELETE FROM application_draft WHERE id = ?").param(id).update();
	}

	/** Deletes the drafts (new applications and amendments) of these calls. */
	int deleteDraftsOfCalls(List<Long> callIds) {
		if (callIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("DELETE FROM application_draft WHERE call_id IN (:calls)").param("calls", callIds).update();
	}

	private static Draft mapDraft(ResultSet rs, int row) throws SQLException {
		return new Draft(rs.getObject("id", UUID.class), rs.getLong("call_id"), rs.getObject("amends", Long.class),
				ApplicationForm.decode(rs.getString("fields")), rs.getString("language"),
				rs.getTimestamp("updated_at").toInstant(), rs.getTimestamp("remind_requested_at") != null,
				rs.getBoolean("saved"));
	}

	// Applications

	/**
	 * Inserts a submitted application. Throws
	 * {@link org.springframework.dao.DuplicateKeyException} when the draft was already
	 * submitted or the organisation already applied to the call: the unique constraints
	 * decide.
	 */
	long insert(String reference, long callId, UUID draftId, ValidApplication a, String privacyVersion, String language,
			String tokenHash, Instant now) {
		return jdbc.sql("""
				INSERT INTO application (reference, call_id, status, organisation_name, country, registry_code,
				    registry_code_normalised, vat_number, pic, website, category, organisation_size, contact_name,
				    contact_email, contact_phone, contribution_areas, investment_intent_eur, compute_demand_gpu_hours,
				    description, consent_privacy_version, consent_privacy_at, consent_directory, language,
				    access_token_hash, submitted_at, updated_at, draft_id, form_version, answers)
				VALUES (:reference, :callId, :status, :name, :country, :code, :normalised, :vat, :pic, :website,
				    :category, :size, :contactName, :email, :phone, string_to_array(:areas, ','), :investment, :compute,
				    :description, :privacyVersion, :now, :directory, :language, :token, :now, :now, :draftId,
				    :formVersion, CAST(:answers AS jsonb))
				RETURNING id""")
			.param("reference", reference)
			.param("callId", callId)
			.param("status", ApplicationStatus.SUBMITTED.name())
			.params(answers(a))
			.param("privacyVersion", privacyVersion)
			.param("now", Timestamp.from(now))
			.param("directory", a.consentDirectory())
			.param("language", language)
			.param("token", tokenHash)
			.param("draftId", draftId)
			.param("formVersion", Math.max(1, a.formVersion()))
			.query(Long.class)
			.single();
	}

	/** The applicant's answers as the named parameters that insert and amend share. */
	private Map<String, Object> answers(ValidApplication a) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("answers", json.writeValueAsString(a.answers()));
		answers.put("name", a.organisationName());
		answers.put("country", a.country());
		answers.put("code", a.registryCode());
		answers.put("normalised", a.registryCodeNormalised());
		answers.put("vat", a.vatNumber());
		answers.put("pic", a.pic());
		answers.put("website", a.website());
		answers.put("category", a.category());
		answers.put("size", a.organisationSize());
		answers.put("contactName", a.contactName());
		answers.put("email", a.contactEmail());
		answers.put("phone", a.contactPhone());
		answers.put("areas", String.join(",", a.contributionAreas()));
		answers.put("investment", a.investmentIntentEur());
		answers.put("compute", a.computeDemandGpuHours());
		answers.put("description", a.description());
		return answers;
	}

	/**
	 * Writes an amendment; the version check makes a concurrent second amendment fail
	 * instead of being lost.
	 */
	boolean amend(StoredApplication application, ValidApplication a, Instant now) {
		return jdbc
			.sql("""
					UPDATE application SET organisation_name = :name, country = :country, registry_code = :code,
					    registry_code_normalised = :normalised, vat_number = :vat, pic = :pic, website = :website,
					    category = :category, organisation_size = :size, contact_name = :contactName, contact_email = :email,
					    contact_phone = :phone, contribution_areas = string_to_array(:areas, ','),
					    investment_intent_eur = :investment, compute_demand_gpu_hours = :compute, description = :description,
					    answers = CAST(:answers AS jsonb), consent_directory = :directory, updated_at = :now, version = version + 1
					WHERE id = :id AND version = :version AND status = :status""")
			.params(answers(a))
			.param("status", application.status().name())
			.param("directory", a.consentDirectory())
			.param("now", Timestamp.from(now))
			.param("id", application.id())
			.param("version", application.version())
			.update() == 1;
	}

	/**
	 * Writes the status {@code to} if the application is still in {@code from}, the
	 * status its move was judged against ({@link ApplicationStatus#after}), so that of
	 * two changes at once only the first wins. Decisions stamp {@code decided_at} (a
	 * reopened one loses it), a withdrawal {@code withdrawn_at}. The applicant's own
	 * changes (amendments, the withdrawal) are versions of their answers, kept in
	 * {@code application_version}; staff moves are the review's timeline and leave the
	 * version alone.
	 */
	boolean changeStatus(long id, ApplicationStatus from, ApplicationStatus to, Instant at) {
		return jdbc.sql("""
				UPDATE application SET status = :to, updated_at = :at,
				    decided_at = CASE WHEN :decided THEN :at WHEN :from_decided THEN NULL ELSE decided_at END,
				    withdrawn_at = CASE WHEN :withdrawn THEN :at ELSE withdrawn_at END,
				    version = version + CASE WHEN :withdrawn THEN 1 ELSE 0 END
				WHERE id = :id AND status = :from""")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("decided", to.decided())
			.param("from_decided", from.decided())
			.param("withdrawn", to == ApplicationStatus.WITHDRAWN)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	String consentVersion(long applicationId) {
		return jdbc.sql("SELECT consent_privacy_version FROM application WHERE id = ?")
			.param(applicationId)
			.query(String.class)
			.single();
	}

	void updateConsent(long applicationId, String noticeVersion, Instant now) {
		jdbc.sql("UPDATE application SET consent_privacy_version = ?, consent_privacy_at = ? WHERE id = ?")
			.params(noticeVersion, Timestamp.from(now), applicationId)
			.update();
	}

	void recordVersion(long applicationId, int version, String action, String changedBy, Instant at,
			List<AnswerChange> changes) {
		jdbc.sql("""
				INSERT INTO application_version (application_id, version, action, changed_by, changed_at, changes)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""")
			.params(applicationId, version, action, changedBy, Timestamp.from(at), toJson(changes))
			.update();
	}

	List<HistoryEntry> versions(long applicationId) {
		return jdbc.sql("""
				SELECT v.version, v.action, v.changed_by, v.changed_at, v.changes, a.call_id, a.form_version
				FROM application_version v JOIN application a ON a.id = v.application_id
				WHERE v.application_id = ? ORDER BY v.version""")
			.param(applicationId)
			.query((rs, row) -> new HistoryEntry(rs.getInt("version"), rs.getString("action"),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
					fromJson(rs.getString("changes")), rs.getLong("call_id"), rs.getInt("form_version")))
			.list();
	}

	/**
	 * {@code [{"field", "before", "after"}]}, or {@code {"field", "erased": true}}: see
	 * V22.
	 */
	private String toJson(List<AnswerChange> changes) {
		return json.writeValueAsString(changes.stream().map(change -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("field", change.field());
			if (change.erased()) {
				entry.put("erased", true);
			}
			else {
				entry.put("before", change.before());
				entry.put("after", change.after());
			}
			return entry;
		}).toList());
	}

	private List<AnswerChange> fromJson(String changes) {
		List<?> entries = json.readValue(changes, List.class);
		return entries.stream()
			.map(entry -> (Map<?, ?>) entry)
			.map(entry -> new AnswerChange((String) entry.get("field"), entry.get("before"), entry.get("after"),
					Boolean.TRUE.equals(entry.get("erased"))))
			.toList();
	}

	/**
	 * Adds a private link to the application and returns its path
	 * ({@code /applications/<reference>/<token>}): only the token's hash is kept, so this
	 * is the one chance to send it.
	 */
	String newPrivateLink(StoredApplication application, Instant now) {
		String token = SecureTokens.newToken();
		addAccessLink(application.id(), SecureTokens.hash(token), now);
		return "/applications/" + application.reference() + "/" + token;
	}

	private void addAccessLink(long applicationId, String tokenHash, Instant now) {
		jdbc.sql("INSERT INTO application_access_link (token_hash, application_id, created_at) VALUES (?, ?, ?)")
			.params(tokenHash, applicationId, Timestamp.from(now))
			.update();
	}

	/**
	 * Each organisation once, as its latest application that is not withdrawn describes
	 * it, kept when {@code condition} (on those latest rows) holds.
	 */
	List<ApplyingOrganisation> latestOrganisations(String condition, Object... params) {
		return jdbc.sql("""
				SELECT * FROM (
				    SELECT DISTINCT ON (country, registry_code_normalised) country, registry_code_normalised,
				        organisation_name, category, array_to_string(contribution_areas, ',') AS areas, website,
				        consent_directory, language, contact_email
				    FROM application WHERE status <> 'WITHDRAWN'
				    ORDER BY country, registry_code_normalised, submitted_at DESC) latest
				WHERE\s""" + condition + " ORDER BY organisation_name").params(params).query((rs, row) -> {
			String areas = rs.getString("areas");
			return new ApplyingOrganisation(rs.getString("country"), rs.getString("registry_code_normalised"),
					rs.getString("organisation_name"), rs.getString("category"),
					areas == null || areas.isEmpty() ? List.of() : Arrays.asList(areas.split(",")),
					rs.getString("website"), rs.getBoolean("consent_directory"), rs.getString("language").trim());
		}).list();
	}

	Optional<StoredApplication> byReference(String reference) {
		return applicationWhere("reference = ?", reference);
	}

	Optional<StoredApplication> byDraft(UUID draftId) {
		return applicationWhere("draft_id = ?", draftId);
	}

	Optional<StoredApplication> byOrganisation(long callId, String country, String registryCodeNormalised) {
		return applicationWhere("call_id = ? AND country = ? AND registry_code_normalised = ?", callId, country,
				registryCodeNormalised);
	}

	/** Reference and token together: either alone finds nothing. */
	Optional<StoredApplication> byLink(String reference, String tokenHash) {
		return applicationWhere(
				"reference = ? AND (access_token_hash = ? OR EXISTS (SELECT 1 FROM"
						+ " application_access_link l WHERE l.application_id = a.id AND l.token_hash = ?))",
				reference, tokenHash, tokenHash);
	}

	List<StoredApplication> answering(String key, java.util.Collection<String> values) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM application a WHERE status <> 'WITHDRAWN'"
					+ " AND answers ->> :key IN (:values) ORDER BY submitted_at DESC, id DESC")
			.param("key", key)
			.param("values", values)
			.query(this::map)
			.list();
	}

	/** The application the condition (on {@code a}, positional parameters) finds. */
	private Optional<StoredApplication> applicationWhere(String condition, Object... values) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM application a WHERE " + condition)
			.params(values)
			.query(this::map)
			.optional();
	}

	/**
	 * How many of the call's applications (withdrawn ones aside) gave each answer to
	 * these questions, and how many answered each at all (an answer of several choices
	 * counts once for each).
	 */
	Map<String, Applications.AnswerCount> answerCounts(long callId, List<String> keys) {
		Map<String, Map<String, Long>> byValue = new LinkedHashMap<>();
		Map<String, Long> answered = new HashMap<>();
		if (keys.isEmpty()) {
			return Map.of();
		}
		jdbc.sql("""
				SELECT e.key, x.value, count(DISTINCT a.id) AS n
				FROM application a,
				     jsonb_each(a.answers) AS e (key, value),
				     jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.value) = 'array' THEN e.value
				                                    ELSE jsonb_build_array(e.value) END) AS x (value)
				WHERE a.call_id = :call AND a.status <> 'WITHDRAWN' AND e.key IN (:keys)
				GROUP BY GROUPING SETS ((e.key, x.value), (e.key))""")
			.param("call", callId)
			.param("keys", keys)
			.query(rs -> {
				String value = rs.getString("value");
				if (value == null) {
					answered.put(rs.getString("key"), rs.getLong("n"));
				}
				else {
					byValue.computeIfAbsent(rs.getString("key"), key -> new HashMap<>()).put(value, rs.getLong("n"));
				}
			});
		Map<String, Applications.AnswerCount> counts = new LinkedHashMap<>();
		for (String key : keys) {
			counts.put(key,
					new Applications.AnswerCount(byValue.getOrDefault(key, Map.of()), answered.getOrDefault(key, 0L)));
		}
		return counts;
	}

	boolean referenceExists(String reference) {
		return jdbc.sql("SELECT count(*) FROM application WHERE reference = ?")
			.param(reference)
			.query(Long.class)
			.single() > 0;
	}

	private StoredApplication map(ResultSet rs, int row) throws SQLException {
		String areas = rs.getString("areas");
		ValidApplication data = new ValidApplication(rs.getString("organisation_name"), rs.getString("country"),
				rs.getString("registry_code"), rs.getString("registry_code_normalised"), rs.getString("vat_number"),
				rs.getString("pic"), rs.getString("website"), rs.getString("category"),
				rs.getString("organisation_size"), rs.getString("contact_name"), rs.getString("contact_email"),
				rs.getString("contact_phone"),
				areas == null || areas.isEmpty() ? List.of() : Arrays.asList(areas.split(",")),
				rs.getObject("investment_intent_eur", Long.class), rs.getObject("compute_demand_gpu_hours", Long.class),
				rs.getString("description"), true, rs.getBoolean("consent_directory"), rs.getLong("call_id"),
				rs.getInt("form_version"),
				json.readerFor(ANSWERS)
					.with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
					.readValue(rs.getString("answers")));
		return new StoredApplication(rs.getLong("id"), rs.getString("reference"), rs.getLong("call_id"),
				ApplicationStatus.valueOf(rs.getString("status")), data, rs.getString("language").trim(),
				rs.getTimestamp("submitted_at").toInstant(), instant(rs.getTimestamp("decided_at")),
				instant(rs.getTimestamp("withdrawn_at")), rs.getInt("version"), rs.getObject("draft_id", UUID.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
