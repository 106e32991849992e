package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for automation: created by staff (or at start-up), stored only as a hash,
 * revocable.
 */
@Service
class ApiTokens {

	enum Scope {

		READ, READ_WRITE;

		/** A read-write token may also read. */
		List<String> authorities() {
			return this == READ ? List.of("SCOPE_READ") : List.of("SCOPE_READ", "SCOPE_READ_WRITE");
		}

	}

	record ApiToken(String name, Scope scope) {
	}

	/**
	 * A token as the admin page lists it; the token itself is never stored, so never
	 * shown again.
	 */
	record Listed(long id, String name, Scope scope, Instant createdAt, Instant revokedAt) {

		boolean revoked() {
			return revokedAt != null;
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<ApiToken> authenticate(String token) {
		return jdbc.sql("SELECT name, scope FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
			.param(SecureTokens.hash(token))
			.query((rs, row) -> new ApiToken(rs.getString("name"), Scope.valueOf(rs.getString("scope"))))
			.optional();
	}

	List<Listed> all() {
		return jdbc.sql(
				"SELECT id, name, scope, created_at, revoked_at FROM api_token ORDER BY revoked_at NULLS FIRST, lower(name)")
			.query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("name"), Scope.valueOf(rs.getString("scope")),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	Optional<Listed> find(long id) {
		return all().stream().filter(token -> token.id() == id).findFirst();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("SELECT count(*) FROM api_token WHERE lower(name) = lower(?)")
			.param(name.strip())
			.query(Long.class)
			.single() > 0;
	}

	/** A new token, returned once for showing; the database keeps only its hash. */
	@Transactional
	String create(String name, Scope scope, String createdBy) {
		String token = SecureTokens.newToken();
		long id = jdbc.sql("""
				INSERT INTO api_token (name, token_hash, scope, created_by, created_at)
				VALUES (?, ?, ?, (SELECT id FROM staff_account WHERE lower(email) = lower(?)), ?) RETURNING id""")
			.params(name.strip(), SecureTokens.hash(token), scope.name(), createdBy, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		audit.record(createdBy, "api-token.created", AuditLog.Target.of("api_token", id), null,
				Map.of("name", name.strip(), "scope", scope.name()));
		return token;
	}

	@Transactional
	boolean revoke(long id, String revokedBy) {
		int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		if (revoked == 1) {
			audit.record(revokedBy, "api-token.revoked", AuditLog.Target.of("api_token", id), Map.of("revoked", false),
					Map.of("revoked", true));
		}
		return revoked == 1;
	}

	/**
	 * Registers a token chosen elsewhere (the bootstrap one); a token already known is
	 * left as it is.
	 */
	void register(String name, String token, Scope scope) {
		jdbc.sql("INSERT INTO api_token (name, token_hash, scope) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(name, SecureTokens.hash(token), scope.name())
			.update();
	}

}
