package eu.balticaigf.portal.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may do with submitted applications: read one, and move its review stage. The review module
 * decides which moves are legal; this only writes a move that starts from the stage the caller saw, so two staff
 * members deciding at once cannot both win.
 */
@Service
public class Applications {

	private final ApplicationStore store;

	private final JdbcClient jdbc;

	Applications(ApplicationStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	public Optional<StoredApplication> find(String reference) {
		return store.byReference(reference);
	}

	/**
	 * Sets the stage to {@code to} if it is still {@code from}; a decision also stamps {@code decided_at}.
	 * @return false when someone else moved it first
	 */
	public boolean moveStage(String reference, String from, String to, Instant at) {
		boolean decision = "ACCEPTED".equals(to) || "DECLINED".equals(to);
		return jdbc.sql("""
				UPDATE application SET status = :to, updated_at = :at,
				    decided_at = CASE WHEN :decision THEN :at ELSE decided_at END
				WHERE reference = :reference AND status = :from""")
			.param("to", to)
			.param("at", Timestamp.from(at))
			.param("decision", decision)
			.param("reference", reference)
			.param("from", from)
			.update() == 1;
	}

}
