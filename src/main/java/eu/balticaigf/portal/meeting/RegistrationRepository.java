package eu.balticaigf.portal.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegistrationRepository {

	private static final String COLUMNS = """
			id, meeting_id, arrival, full_name, email, organisation_name, attendance, status, language, registered_at,
			confirmed_at, cancelled_at, checked_in_at""";

	private final JdbcClient jdbc;

	RegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Inserts a new registration; its arrival number is taken now, under the caller's
	 * meeting lock. The check-in token is kept as it is beside its hash (see V21): the
	 * registrant's page shows the same QR code as the e-mail.
	 */
	long insert(long meetingId, RegistrationForm form, Attendance attendance, RegistrationStatus status,
			String language, String consentVersion, String cancelTokenHash, String checkInToken, Instant now) {
		return jdbc.sql("""
				INSERT INTO meeting_registration (meeting_id, full_name, email, email_normalised, organisation_name,
				    attendance, status, language, consent_privacy_version, consent_privacy_at, cancel_token_hash,
				    check_in_token_hash, check_in_token, registered_at, confirmed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(meetingId, form.fullName().strip(), form.email().strip(), normalise(form.email()),
					blankToNull(form.organisationName()), attendance.name(), status.name(), language, consentVersion,
					Timestamp.from(now), cancelTokenHash, SecureTokens.hash(checkInToken), checkInToken,
					Timestamp.from(now), status == RegistrationStatus.CONFIRMED ? Timestamp.from(now) : null)
			.query(Long.class)
			.single();
	}

	Optional<Registration> findActiveByEmail(long meetingId, String email) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM meeting_registration WHERE meeting_id = ? AND email_normalised = ? AND status <> 'CANCELLED'")
			.params(meetingId, normalise(email))
			.query(RegistrationRepository::map)
			.optional();
	}

	/**
	 * The registration behind a private link: the one made at registration, or one
	 * e-mailed later to the owner of a known address (V26).
	 */
	Optional<Registration> findByCancelToken(String tokenHash) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM meeting_registration WHERE cancel_token_hash = :hash"
					+ " OR id = (SELECT registration_id FROM meeting_registration_link WHERE token_hash = :hash)")
			.param("hash", tokenHash)
			.query(RegistrationRepository::map)
			.optional();
	}

	Optional<Registration> findByCheckInToken(String tokenHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_registration WHERE check_in_token_hash = ?")
			.param(tokenHash)
			.query(RegistrationRepository::map)
			.optional();
	}

	Optional<Registration> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_registration WHERE id = ?")
			.param(id)
			.query(RegistrationRepository::map)
			.optional();
	}

	long countConfirmedInPerson(long meetingId) {
		return jdbc.sql("""
				SELECT count(*) FROM meeting_registration
				WHERE meeting_id = ? AND status = 'CONFIRMED' AND attendance = 'IN_PERSON'""")
			.param(meetingId)
			.query(Long.class)
			.single();
	}

	List<Registration> waitlistedInArrivalOrder(long meetingId) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM meeting_registration WHERE meeting_id = ? AND status = 'WAITLISTED' ORDER BY arrival")
			.param(meetingId)
			.query(RegistrationRepository::map)
			.list();
	}

	/** 1 for the first in the queue; 0 when not waiting. */
	long waitingPosition(Registration registration) {
		if (registration.status() != RegistrationStatus.WAITLISTED) {
			return 0;
		}
		return jdbc.sql("""
				SELECT count(*) FROM meeting_registration
				WHERE meeting_id = ? AND status = 'WAITLISTED' AND arrival <= ?""")
			.params(registration.meetingId(), registration.arrival())
			.query(Long.class)
			.single();
	}

	void saveState(Registration registration) {
		jdbc.sql("""
				UPDATE meeting_registration SET attendance = ?, status = ?, confirmed_at = ?, cancelled_at = ?,
				    checked_in_at = ?
				WHERE id = ?""")
			.params(registration.attendance().name(), registration.status().name(),
					timestamp(registration.confirmedAt()), timestamp(registration.cancelledAt()),
					timestamp(registration.checkedInAt()), registration.id())
			.update();
	}

	/** One more private link to a registration; the earlier ones keep working. */
	void addPrivateLink(long id, String tokenHash, Instant now) {
		jdbc.sql("INSERT INTO meeting_registration_link (token_hash, registration_id, created_at) VALUES (?, ?, ?)")
			.params(tokenHash, id, Timestamp.from(now))
			.update();
	}

	void replaceCheckInToken(long id, String token) {
		jdbc.sql("UPDATE meeting_registration SET check_in_token_hash = ?, check_in_token = ? WHERE id = ?")
			.params(SecureTokens.hash(token), token, id)
			.update();
	}

	/**
	 * The token in the registration's QR code; empty for registrations made before it was
	 * kept (V21).
	 */
	Optional<String> checkInToken(long id) {
		return jdbc.sql("SELECT check_in_token FROM meeting_registration WHERE id = ? AND check_in_token IS NOT NULL")
			.param(id)
			.query(String.class)
			.optional();
	}

	void recordPromotion(long meetingId, long registrationId, String reason, Instant now) {
		jdbc.sql("INSERT INTO meeting_promotion (meeting_id, registration_id, reason, promoted_at) VALUES (?, ?, ?, ?)")
			.params(meetingId, registrationId, reason, Timestamp.from(now))
			.update();
	}

	Counts counts(long meetingId) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE status = 'CONFIRMED' AND attendance = 'IN_PERSON') AS confirmed_in_person,
				       count(*) FILTER (WHERE status = 'CONFIRMED' AND attendance = 'ONLINE') AS confirmed_online,
				       count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
				       count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
				       count(*) FILTER (WHERE checked_in_at IS NOT NULL) AS attended
				FROM meeting_registration WHERE meeting_id = ?""")
			.param(meetingId)
			.query((rs, row) -> new Counts(rs.getLong("confirmed_in_person"), rs.getLong("confirmed_online"),
					rs.getLong("waitlisted"), rs.getLong("cancelled"), rs.getLong("attended")))
			.single();
	}

	/**
	 * Staff's list: optional status and attendance, and a search in name and organisation
	 * that ignores case and accents (search_fold, V17): "Ruta" finds "Rūta".
	 */
	List<Registration> search(long meetingId, RegistrationStatus status, Attendance attendance, String query) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM meeting_registration WHERE meeting_id = ?");
		List<Object> params = new ArrayList<>(List.of(meetingId));
		if (status != null) {
			sql.append(" AND status = ?");
			params.add(status.name());
		}
		if (attendance != null) {
			sql.append(" AND attendance = ?");
			params.add(attendance.name());
		}
		if (query != null && !query.isBlank()) {
			// The pattern is folded too; lower and unaccent leave the backslash, % and _
			// as they are.
			sql.append(" AND (search_fold(full_name) LIKE search_fold(?) ESCAPE '\\'"
					+ " OR search_fold(organisation_name) LIKE search_fold(?) ESCAPE '\\')");
			String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
		}
		sql.append(" ORDER BY arrival");
		return jdbc.sql(sql.toString()).params(params).query(RegistrationRepository::map).list();
	}

	record Counts(long confirmedInPerson, long confirmedOnline, long waitlisted, long cancelled, long attended) {
	}

	/**
	 * A confirmed registrant due for the reminder, claimed by the caller's transaction.
	 */
	record Due(long id, long meetingId) {
	}

	/**
	 * Claims the confirmed registrations of meetings starting within {@code lead},
	 * marking them reminded in the same statement. Two nodes running this at once never
	 * claim the same row: the second UPDATE waits for the first and then sees reminded_at
	 * set.
	 */
	List<Due> claimDueReminders(Instant now, Instant horizon) {
		return jdbc.sql("""
				UPDATE meeting_registration r SET reminded_at = ?
				FROM meeting m
				WHERE r.meeting_id = m.id AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL
				  AND m.starts_at > ? AND m.starts_at <= ?
				RETURNING r.id, r.meeting_id""")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(horizon))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Registration map(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("arrival"),
				rs.getString("full_name"), rs.getString("email"), rs.getString("organisation_name"),
				Attendance.valueOf(rs.getString("attendance")), RegistrationStatus.valueOf(rs.getString("status")),
				rs.getString("language"), instant(rs, "registered_at"), instant(rs, "confirmed_at"),
				instant(rs, "cancelled_at"), instant(rs, "checked_in_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
