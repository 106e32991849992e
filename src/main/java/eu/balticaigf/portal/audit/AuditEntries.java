package eu.balticaigf.portal.audit;

import eu.balticaigf.portal.shared.StaffNames;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Reads the audit log for the admin page, its CSV export and the API. Read-only by
 * design.
 */
@Repository
class AuditEntries {

	record Entry(long id, Instant at, String actor, String action, String targetType, String targetId, String before,
			String after, String clientAddress) {
	}

	/**
	 * Filters of the admin page; blank means any. {@code from} and {@code to} are whole
	 * days in Vilnius, the zone the page shows times in.
	 */
	record Filter(String actor, String action, String target, LocalDate from, LocalDate to) {

		static Filter none() {
			return new Filter(null, null, null, null, null);
		}

		/** Whether anything is filtered by. */
		boolean any() {
			return StringUtils.hasText(actor) || StringUtils.hasText(action) || StringUtils.hasText(target)
					|| from != null || to != null;
		}

	}

	static final int PAGE_SIZE = 50;

	/**
	 * The zone of the page's times and of its day filters, as everywhere in the portal.
	 */
	static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	private final JdbcClient jdbc;

	private final StaffNames staff;

	AuditEntries(JdbcClient jdbc, StaffNames staff) {
		this.staff = staff;
		this.jdbc = jdbc;
	}

	List<Entry> find(Filter filter, int page, int size) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params, staffNamed(filter));
		params.add(size);
		params.add((long) Math.max(page, 0) * size);
		return jdbc.sql("""
				SELECT id, at, actor, action, target_type, target_id, before_state::text AS before_state,
				       after_state::text AS after_state, client_address
				FROM audit_log""" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
					rs.getString("before_state"), rs.getString("after_state"), rs.getString("client_address")))
			.list();
	}

	/**
	 * Every action the log holds, for the filter's choices: one index lookup per distinct
	 * action (a loose index scan on {@code audit_log_action_idx}) instead of reading the
	 * whole log.
	 */
	List<String> actions() {
		return jdbc.sql("""
				WITH RECURSIVE found(action) AS (
				    (SELECT action FROM audit_log ORDER BY action LIMIT 1)
				    UNION ALL
				    SELECT (SELECT action FROM audit_log WHERE action > found.action ORDER BY action LIMIT 1)
				    FROM found WHERE found.action IS NOT NULL)
				SELECT action FROM found WHERE action IS NOT NULL""").query(String.class).list();
	}

	/**
	 * The names admins gave scoring criteria of their own, by code, as the latest change
	 * of a rubric recorded them (the log's own record: a score entry names only the
	 * criterion's code).
	 */
	Map<String, String> criterionNames(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (criterion ->> 'code') criterion ->> 'code' AS code, criterion ->> 'name' AS name
				FROM audit_log, jsonb_array_elements(
				    CASE WHEN jsonb_typeof(after_state) = 'array' THEN after_state ELSE '[]' END) AS criterion
				WHERE action = 'review.rubric' AND criterion ->> 'name' IS NOT NULL AND criterion ->> 'code' = ANY (?)
				ORDER BY criterion ->> 'code', at DESC""")
			.param(codes.toArray(String[]::new))
			.query((rs, row) -> names.put(rs.getString("code"), rs.getString("name")))
			.list();
		return names;
	}

	long count(Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params, staffNamed(filter));
		return jdbc.sql("SELECT count(*) FROM audit_log" + where).params(params).query(Long.class).single();
	}

	/**
	 * The addresses of staff whose name the "who" filter gives (a name is not in the log,
	 * the address is).
	 */
	private List<String> staffNamed(Filter filter) {
		return StringUtils.hasText(filter.actor()) ? List.copyOf(staff.addressesNamed(filter.actor().strip()))
				: List.of();
	}

	private static String where(Filter filter, List<Object> params, List<String> named) {
		List<String> conditions = new ArrayList<>();
		if (StringUtils.hasText(filter.actor())) {
			// The address as recorded, or the name of the member of staff it belongs to,
			// accents and case aside.
			conditions.add("(actor ILIKE ? OR lower(actor) = ANY (?))");
			params.add("%" + like(filter.actor().strip()) + "%");
			params.add(named.stream().map(email -> email.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new));
		}
		if (StringUtils.hasText(filter.action())) {
			conditions.add("action ILIKE ?");
			params.add(like(filter.action().strip()) + "%");
		}
		if (StringUtils.hasText(filter.target())) {
			conditions.add("target_id = ?");
			params.add(filter.target().strip());
		}
		if (filter.from() != null) {
			conditions.add("at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static String like(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
