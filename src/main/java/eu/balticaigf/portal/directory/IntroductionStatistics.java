package eu.balticaigf.portal.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Introductions counted for staff, never naming anyone: requests by state, by the card's
 * role and the asker's country, and what both sides answered when asked whether the
 * introduction led anywhere (each side's answer counts once).
 */
@Service
class IntroductionStatistics {

	/** One role and country: requests by state and the answers given about them. */
	record Row(String role, String country, long requests, long pending, long accepted, long declined, long expired,
			long yes, long notYet, long no) {
	}

	/** Everything the staff view shows; {@code outcomes} also counts unanswered sides. */
	record Report(Map<String, Long> byState, List<Row> byRoleAndCountry, Map<String, Long> outcomes) {
	}

	private final JdbcClient jdbc;

	IntroductionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Report report() {
		List<Row> rows = jdbc
			.sql("""
					SELECT card_role, asker_country, count(*) AS requests,
					    count(*) FILTER (WHERE state = 'PENDING') AS pending,
					    count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted,
					    count(*) FILTER (WHERE state = 'DECLINED') AS declined,
					    count(*) FILTER (WHERE state = 'EXPIRED') AS expired,
					    count(*) FILTER (WHERE asker_outcome = 'YES') + count(*) FILTER (WHERE owner_outcome = 'YES') AS yes,
					    count(*) FILTER (WHERE asker_outcome = 'NOT_YET')
					        + count(*) FILTER (WHERE owner_outcome = 'NOT_YET') AS not_yet,
					    count(*) FILTER (WHERE asker_outcome = 'NO') + count(*) FILTER (WHERE owner_outcome = 'NO') AS no
					FROM directory_introduction GROUP BY card_role, asker_country ORDER BY card_role, asker_country""")
			.query((rs, n) -> new Row(rs.getString("card_role"), rs.getString("asker_country"), rs.getLong("requests"),
					rs.getLong("pending"), rs.getLong("accepted"), rs.getLong("declined"), rs.getLong("expired"),
					rs.getLong("yes"), rs.getLong("not_yet"), rs.getLong("no")))
			.list();
		Map<String, Long> byState = new LinkedHashMap<>();
		byState.put(Introductions.State.PENDING.name(), rows.stream().mapToLong(Row::pending).sum());
		byState.put(Introductions.State.ACCEPTED.name(), rows.stream().mapToLong(Row::accepted).sum());
		byState.put(Introductions.State.DECLINED.name(), rows.stream().mapToLong(Row::declined).sum());
		byState.put(Introductions.State.EXPIRED.name(), rows.stream().mapToLong(Row::expired).sum());
		Map<String, Long> outcomes = new LinkedHashMap<>();
		outcomes.put(Introductions.Outcome.YES.name(), rows.stream().mapToLong(Row::yes).sum());
		outcomes.put(Introductions.Outcome.NOT_YET.name(), rows.stream().mapToLong(Row::notYet).sum());
		outcomes.put(Introductions.Outcome.NO.name(), rows.stream().mapToLong(Row::no).sum());
		long answered = outcomes.values().stream().mapToLong(Long::longValue).sum();
		outcomes.put(UNANSWERED, 2 * byState.get(Introductions.State.ACCEPTED.name()) - answered);
		return new Report(byState, rows, outcomes);
	}

	/** Sides of accepted introductions that have not answered (yet). */
	static final String UNANSWERED = "UNANSWERED";

}
