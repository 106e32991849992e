package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * Internal notes of staff on an application. Nothing that the applicant reads (their
 * private-link pages, their e-mails) is built from this table; the audit log records that
 * a note was written, not its text.
 */
@Service
class Notes {

	static final int MAX_LENGTH = 4000;

	record Note(String author, Instant writtenAt, String body) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Notes(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The message key of what is wrong with {@code body}, or {@code null} when it may be
	 * saved.
	 */
	static String problem(String body) {
		if (body == null || body.isBlank()) {
			return "review.note.required";
		}
		return body.strip().length() > MAX_LENGTH ? "review.note.tooLong" : null;
	}

	@Transactional
	void add(StoredApplication application, String body) {
		String author = AuditLog.currentActor();
		long id = jdbc
			.sql("INSERT INTO review_note (application_id, author, written_at, body) VALUES (?, ?, ?, ?) RETURNING id")
			.params(application.id(), author, Timestamp.from(clock.instant()), body.strip())
			.query(Long.class)
			.single();
		audit.record(author, "review.note", AuditLog.Target.of("application", application.reference()), null,
				Map.of("note", id));
	}

	List<Note> of(long applicationId) {
		return jdbc
			.sql("SELECT author, written_at, body FROM review_note WHERE application_id = ? ORDER BY written_at, id")
			.param(applicationId)
			.query((rs, n) -> new Note(rs.getString("author"), rs.getTimestamp("written_at").toInstant(),
					rs.getString("body")))
			.list();
	}

}
