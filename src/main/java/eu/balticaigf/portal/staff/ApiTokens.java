package eu.balticaigf.portal.staff;

import java.util.List;
import java.util.Optional;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Bearer tokens for automation: created by staff (or at start-up), stored only as a hash, revocable. */
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

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ApiToken> authenticate(String token) {
		return jdbc.sql("SELECT name, scope FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
			.param(SecureTokens.hash(token))
			.query((rs, row) -> new ApiToken(rs.getString("name"), Scope.valueOf(rs.getString("scope"))))
			.optional();
	}

	/** Registers a token chosen elsewhere (the bootstrap one); a token already known is left as it is. */
	void register(String name, String token, Scope scope) {
		jdbc.sql("INSERT INTO api_token (name, token_hash, scope) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(name, SecureTokens.hash(token), scope.name())
			.update();
	}

}
