package eu.balticaigf.portal.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByEmail(String email) {
		return jdbc.sql("""
				SELECT id, email, display_name, password_hash, role, enabled
				FROM staff_account WHERE lower(email) = lower(?)""")
			.param(email)
			.query(StaffRepository::map)
			.optional();
	}

	long countAdmins() {
		return jdbc.sql("SELECT count(*) FROM staff_account WHERE role = 'ADMIN' AND enabled").query(Long.class).single();
	}

	void insert(String email, String displayName, String passwordHash, Role role) {
		jdbc.sql("""
				INSERT INTO staff_account (email, display_name, password_hash, role)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(email, displayName, passwordHash, role.name())
			.update();
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));
	}

}
