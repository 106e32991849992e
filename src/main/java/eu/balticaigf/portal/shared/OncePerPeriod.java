package eu.balticaigf.portal.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run once per period across all nodes that share the database: the
 * first node to insert the (job, period) row wins, the others see the conflict and skip.
 * No lock is held while the job runs.
 */
@Component
public class OncePerPeriod {

	private final JdbcClient jdbc;

	OncePerPeriod(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * True for exactly one caller per {@code job} and {@code period} (e.g.
	 * "retention-purge", "2026-11-29").
	 */
	public boolean claim(String job, String period) {
		return jdbc.sql("INSERT INTO scheduled_job_run (job, period) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(job, period)
			.update() == 1;
	}

}
