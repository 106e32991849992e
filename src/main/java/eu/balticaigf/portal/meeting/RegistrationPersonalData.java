package eu.balticaigf.portal.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.privacy.PersonalDataHolder;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meeting registrations of an address. Rows are anonymised, not deleted, so that
 * attendance figures and the promotion history stay: name "erased", e-mail
 * "erased-&lt;id&gt;", no organisation, dead private links. A registration erased before
 * its meeting has ended is cancelled and gets no reminder; a seat it held goes to the
 * waiting list, as when the person cancels.
 */
@Component
class RegistrationPersonalData implements PersonalDataHolder {

	/** The name an anonymised registration keeps. */
	static final String ERASED = "erased";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MeetingRepository meetings;

	private final Registrations registrations;

	RegistrationPersonalData(JdbcClient jdbc, Clock clock, MeetingRepository meetings, Registrations registrations) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.meetings = meetings;
		this.registrations = registrations;
	}

	@Override
	public String section() {
		return "meetingRegistrations";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		return jdbc.sql("""
				SELECT m.slug, r.full_name, r.email, r.organisation_name, r.attendance, r.status, r.language,
				    r.consent_privacy_version, r.consent_privacy_at, r.registered_at, r.confirmed_at, r.cancelled_at,
				    r.checked_in_at, r.reminded_at
				FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE r.email_normalised = ? ORDER BY r.registered_at""").param(email).query((rs, row) -> {
			Map<String, Object> registration = new LinkedHashMap<>();
			registration.put("meeting", rs.getString("slug"));
			registration.put("fullName", rs.getString("full_name"));
			registration.put("email", rs.getString("email"));
			registration.put("organisationName", rs.getString("organisation_name"));
			registration.put("attendance", rs.getString("attendance"));
			registration.put("status", rs.getString("status"));
			registration.put("language", rs.getString("language").trim());
			registration.put("consentPrivacyVersion", rs.getString("consent_privacy_version"));
			for (String column : List.of("consent_privacy_at", "registered_at", "confirmed_at", "cancelled_at",
					"checked_in_at", "reminded_at")) {
				Timestamp at = rs.getTimestamp(column);
				registration.put(column, at == null ? null : at.toInstant().toString());
			}
			return registration;
		}).list();
	}

	/**
	 * The meetings where the person holds a seat are locked first, so that a new
	 * registration cannot take the freed seat ahead of the waiting list.
	 */
	@Override
	public int erase(String email) {
		Instant now = clock.instant();
		List<Meeting> seatsFreed = jdbc.sql("""
				SELECT DISTINCT r.meeting_id FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE r.email_normalised = ? AND r.status = 'CONFIRMED' AND r.attendance = 'IN_PERSON'
				    AND r.checked_in_at IS NULL AND m.ends_at > ?
				ORDER BY r.meeting_id""")
			.params(email, Timestamp.from(now))
			.query(Long.class)
			.list()
			.stream()
			.map(meetings::lockById)
			.toList();
		int changed = anonymise("r.email_normalised = :email", Map.of("email", email), now);
		seatsFreed.forEach(meeting -> registrations.promote(meeting, "CANCELLATION"));
		return changed;
	}

	/** Registrations {@code registrationRetentionDays} after their meeting ended. */
	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return anonymise("r.full_name <> 'erased' AND m.ends_at < :endedBefore",
				Map.of("endedBefore", Timestamp.from(now.minus(Duration.ofDays(settings.registrationRetentionDays())))),
				now);
	}

	private int anonymise(String where, Map<String, Object> params, Instant now) {
		int anonymised = jdbc
			.sql("""
					UPDATE meeting_registration r SET full_name = 'erased', email = 'erased-' || r.id,
					    email_normalised = 'erased-' || r.id, organisation_name = NULL,
					    cancel_token_hash = 'erased-' || r.id, check_in_token_hash = NULL, check_in_token = NULL,
					    reminded_at = coalesce(r.reminded_at, CAST(:now AS timestamptz)),
					    status = CASE WHEN m.ends_at > CAST(:now AS timestamptz) AND r.checked_in_at IS NULL THEN 'CANCELLED' ELSE r.status END,
					    cancelled_at = CASE WHEN m.ends_at > CAST(:now AS timestamptz) AND r.checked_in_at IS NULL
					        THEN coalesce(r.cancelled_at, CAST(:now AS timestamptz)) ELSE r.cancelled_at END
					FROM meeting m
					WHERE m.id = r.meeting_id AND\s"""
					+ where)
			.params(params)
			.param("now", Timestamp.from(now))
			.update();
		// The private links e-mailed later (V26) end with the one made at registration.
		jdbc.sql("""
				DELETE FROM meeting_registration_link l USING meeting_registration r
				WHERE l.registration_id = r.id AND r.cancel_token_hash = 'erased-' || r.id""").update();
		return anonymised;
	}

}
