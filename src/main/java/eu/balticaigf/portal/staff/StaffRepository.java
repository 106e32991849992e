package eu.balticaigf.portal.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

	private static final String COLUMNS = """
			id, email, display_name, password_hash, role, enabled, failed_attempts, locked_until, totp_secret,
			totp_last_step, last_sign_in_at""";

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByEmail(String email) {
		return DataAccessUtils.optionalResult(accountsWhere("lower(email) = lower(?)", email));
	}

	Optional<StaffAccount> findById(long id) {
		return DataAccessUtils.optionalResult(accountsWhere("id = ?", id));
	}

	/** The accounts with these addresses, whatever their case, in one query. */
	List<String> emailsNamed(String text) {
		return jdbc
			.sql("SELECT email FROM staff_account WHERE search_fold(display_name) LIKE '%' || search_fold(?) || '%'")
			.param(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
			.query(String.class)
			.list();
	}

	List<StaffAccount> findByEmails(Collection<String> emails) {
		return emails.isEmpty() ? List.of()
				: accountsWhere("lower(email) = ANY (?)",
						(Object) emails.stream()
							.map(email -> email.toLowerCase(Locale.ROOT))
							.distinct()
							.toArray(String[]::new));
	}

	List<StaffAccount> findByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: accountsWhere("id = ANY (?)", (Object) ids.stream().distinct().toArray(Long[]::new));
	}

	/** The accounts the condition (positional parameters) finds. */
	private List<StaffAccount> accountsWhere(String condition, Object... values) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE " + condition)
			.params(values)
			.query(StaffRepository::map)
			.list();
	}

	List<StaffAccount> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY lower(display_name), lower(email)")
			.query(StaffRepository::map)
			.list();
	}

	long countAdmins() {
		return jdbc.sql("SELECT count(*) FROM staff_account WHERE role = 'ADMIN' AND enabled")
			.query(Long.class)
			.single();
	}

	void insert(String email, String displayName, String passwordHash, Role role) {
		jdbc.sql("""
				INSERT INTO staff_account (email, display_name, password_hash, role)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(email, displayName, passwordHash, role.name())
			.update();
	}

	/**
	 * Counts a failure in one statement, so that concurrent attempts cannot lose a count;
	 * the sixth starts the lock and resets the count, so the account gets six fresh
	 * attempts once the lock has passed.
	 * @return when the lock started by this failure ends, or empty
	 */
	Optional<Instant> registerFailure(long id, Instant now) {
		Timestamp lockEnd = Timestamp.from(now.plus(StaffAccount.LOCK_DURATION));
		return jdbc.sql("""
				UPDATE staff_account
				SET failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END,
				    locked_until    = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
				WHERE id = ?
				RETURNING CASE WHEN failed_attempts = 0 THEN locked_until END AS started""")
			.params(StaffAccount.MAX_FAILED_ATTEMPTS, StaffAccount.MAX_FAILED_ATTEMPTS, lockEnd, id)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp("started")).map(Timestamp::toInstant))
			.single();
	}

	void clearFailures(long id) {
		jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?").param(id).update();
	}

	/**
	 * Records a sign-in and starts the failure count again, in one statement with the
	 * lock check, so that a lock started by a concurrent attempt is never cleared by this
	 * one.
	 * @return false when the account is locked at {@code now}: nothing changed
	 */
	boolean signedIn(long id, Instant now) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				UPDATE staff_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?
				WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)""").params(at, id, at).update() == 1;
	}

	void setTotp(long id, String encryptedSecret, long lastStep) {
		jdbc.sql("UPDATE staff_account SET totp_secret = ?, totp_last_step = ? WHERE id = ?")
			.params(encryptedSecret, lastStep, id)
			.update();
	}

	/**
	 * Records the step of a code just used; false when it (or a later one) was already
	 * used: a replay.
	 */
	boolean useTotpStep(long id, long step) {
		return jdbc.sql("""
				UPDATE staff_account SET totp_last_step = ?
				WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)""")
			.params(step, id, step)
			.update() == 1;
	}

	void setPassword(long id, String passwordHash) {
		jdbc.sql("UPDATE staff_account SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	void setRole(long id, Role role) {
		jdbc.sql("UPDATE staff_account SET role = ? WHERE id = ?").params(role.name(), id).update();
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE staff_account SET enabled = ? WHERE id = ?").params(enabled, id).update();
	}

	long insertInvited(String email, String displayName, Role role) {
		return jdbc.sql("""
				INSERT INTO staff_account (email, display_name, password_hash, role)
				VALUES (?, ?, ?, ?) RETURNING id""")
			.params(email, displayName, StaffAccount.NO_PASSWORD, role.name())
			.query(Long.class)
			.single();
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
		Long lastStep = rs.getObject("totp_last_step", Long.class);
		return new StaffAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), rs.getString("totp_secret"),
				lastStep, lastSignIn == null ? null : lastSignIn.toInstant());
	}

}
