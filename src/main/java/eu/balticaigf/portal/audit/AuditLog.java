package eu.balticaigf.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of every staff and API action: who did what to which thing, the
 * state before and after, when, and from which address. Other modules call
 * {@link #record(String, String, Target, Object, Object)} inside the transaction of the
 * change, so the entry exists exactly when the change does. Nothing here updates or
 * deletes an entry, and the database refuses it too (a trigger on {@code audit_log}).
 */
@Service
public class AuditLog {

	/**
	 * What an action was done to: a type such as {@code application} and its id or
	 * reference.
	 */
	public record Target(String type, String id) {

		public static Target of(String type, Object id) {
			return new Target(type, id == null ? null : String.valueOf(id));
		}

		/**
		 * For actions on nothing in particular, such as a failed sign-in with an unknown
		 * address.
		 */
		public static final Target NONE = new Target(null, null);

	}

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records an action by the signed-in member of staff or API token
	 * ({@code token:<name>}) of this request.
	 * @param before the state before (any value Jackson can write, or {@code null})
	 * @param after the state after (or {@code null})
	 */
	public void record(String action, Target target, Object before, Object after) {
		record(currentActor(), action, target, before, after);
	}

	/**
	 * Records an action by a named actor, with the client address of the current request
	 * if there is one.
	 */
	public void record(String actor, String action, Target target, Object before, Object after) {
		Target where = target == null ? Target.NONE : target;
		jdbc.sql(
				"""
						INSERT INTO audit_log (at, actor, action, target_type, target_id, before_state, after_state, client_address)
						VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""")
			.params(Timestamp.from(clock.instant()), actor == null ? "anonymous" : clip(actor), action, where.type(),
					where.id(), toJson(before), toJson(after), clientAddress())
			.update();
	}

	/**
	 * Every entry naming this address (as actor, target or inside a recorded state),
	 * oldest first: the audit log's section of a data-subject export.
	 */
	public List<Map<String, Object>> entriesNaming(String email) {
		return jdbc.sql("""
				SELECT at, actor, action, target_type, target_id, before_state::text AS before_state,
				    after_state::text AS after_state
				FROM audit_log
				WHERE actor ~ audit_log_email_pattern(:email) OR target_id ~ audit_log_email_pattern(:email)
				    OR before_state::text ~ audit_log_email_pattern(:email)
				    OR after_state::text ~ audit_log_email_pattern(:email)
				ORDER BY at, id""").param("email", email).query((rs, row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("at", rs.getTimestamp("at").toInstant().toString());
			entry.put("actor", rs.getString("actor"));
			entry.put("action", rs.getString("action"));
			entry.put("targetType", rs.getString("target_type"));
			entry.put("targetId", rs.getString("target_id"));
			entry.put("before", rs.getString("before_state"));
			entry.put("after", rs.getString("after_state"));
			return entry;
		}).list();
	}

	/** An entry as a module's page lists it: when, who, what, to which thing. */
	public record Entry(java.time.Instant at, String actor, String action, Target target) {
	}

	/**
	 * The entries about any of these targets since {@code since}, newest first, at most
	 * {@code limit}: what changed lately on the things a module owns (a bid's members and
	 * commitments).
	 */
	public List<Entry> entriesAbout(java.util.Collection<Target> targets, java.time.Instant since, int limit) {
		if (targets.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT a.at, a.actor, a.action, a.target_type, a.target_id
				FROM audit_log a
				JOIN unnest(string_to_array(:types, chr(31)), string_to_array(:ids, chr(31))) AS t(type, id)
				  ON a.target_type = t.type AND a.target_id = t.id
				WHERE a.at >= :since
				ORDER BY a.at DESC, a.id DESC
				LIMIT :limit""")
			.param("types", String.join("\u001f", targets.stream().map(Target::type).toList()))
			.param("ids", String.join("\u001f", targets.stream().map(Target::id).toList()))
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), new Target(rs.getString("target_type"), rs.getString("target_id"))))
			.list();
	}

	/**
	 * Replaces the address by {@code pseudonym} in every entry naming it, through
	 * {@code audit_log_pseudonymise} (V13), the one narrow exception to the log being
	 * append-only: an erasure request.
	 * @return how many entries changed
	 */
	public int pseudonymise(String email, String pseudonym) {
		return jdbc.sql("SELECT audit_log_pseudonymise(?, ?)").params(email, pseudonym).query(Integer.class).single();
	}

	/**
	 * The e-mail of the signed-in member of staff, {@code token:<name>} for an API call,
	 * else {@code anonymous}.
	 */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "anonymous" : authentication.getName();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	/**
	 * A sign-in form accepts any text as user name: keep the log readable whatever is
	 * typed.
	 */
	private static String clip(String value) {
		String single = value.replaceAll("[\\p{Cntrl}]", " ");
		return single.length() > 200 ? single.substring(0, 200) : single;
	}

	/**
	 * The remote address as the servlet container sees it. Behind a proxy, Boot's
	 * {@code server.forward-headers-strategy} makes that the client's address; trusting
	 * X-Forwarded-For here would let anyone write any address into the log.
	 */
	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
