package eu.balticaigf.portal.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's materials that are files (issue 15 §6), beside the links in
 * {@link Meeting#materialLinks()}: stored in PostgreSQL with their SHA-256 once
 * {@link UploadedFiles} has judged them by their content. Adding and removing one is
 * audited, like every change of a meeting.
 */
@Service
class MaterialFiles {

	/** Slides, spreadsheets, documents and pictures; what a meeting hands out. */
	static final Set<UploadedFiles.Kind> KINDS = Set.of(UploadedFiles.Kind.values());

	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Longest title of a material: a line, not a paragraph. */
	static final int TITLE_MAX = 200;

	/** One file as the meeting page lists it; {@code kind} as judged on upload. */
	record Material(long id, String title, String fileName, UploadedFiles.Kind kind, long size) {

		/** Its size in kilobytes, as people read it (never 0 for a file that exists). */
		long kilobytes() {
			return Math.max(1, (size + 512) / 1024);
		}

	}

	/** A file to hand out: its name, media type and bytes. */
	record Content(String name, String mediaType, byte[] bytes) {
	}

	private static final String COLUMNS = "id, title, file_name, media_type, size_bytes";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	MaterialFiles(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<Material> of(long meetingId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM meeting_material_file WHERE meeting_id = ? ORDER BY uploaded_at, id")
			.param(meetingId)
			.query(MaterialFiles::material)
			.list();
	}

	/**
	 * Adds a checked file; the same file again (a double click, a second upload) keeps
	 * the first.
	 */
	@Transactional
	void add(Meeting meeting, String title, UploadedFiles.Checked file) {
		store(meeting, title, file)
			.ifPresent(id -> audit.record("meeting.material-added", AuditLog.Target.of("meeting", meeting.slug()), null,
					Map.of("material", id, "title", title, "file", file.name(), "sha256", file.sha256())));
	}

	/** Stores a checked file unless it is there already (the demo's, unaudited). */
	Optional<Long> store(Meeting meeting, String title, UploadedFiles.Checked file) {
		return jdbc.sql("""
				INSERT INTO meeting_material_file (meeting_id, title, file_name, media_type, size_bytes, sha256,
				                                   content, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (meeting_id, sha256) DO NOTHING
				RETURNING id""")
			.params(meeting.id(), title, file.name(), file.kind().mediaType(), file.size(), file.sha256(),
					file.content(), Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** The title under which the meeting already lists a file with this content. */
	Optional<String> titleOfSame(long meetingId, String sha256) {
		return jdbc.sql("SELECT title FROM meeting_material_file WHERE meeting_id = ? AND sha256 = ?")
			.params(meetingId, sha256)
			.query(String.class)
			.optional();
	}

	/** Removes one of the meeting's files (gone already: nothing to do). */
	@Transactional
	void remove(Meeting meeting, long id) {
		jdbc.sql("DELETE FROM meeting_material_file WHERE meeting_id = ? AND id = ? RETURNING " + COLUMNS)
			.params(meeting.id(), id)
			.query(MaterialFiles::material)
			.optional()
			.ifPresent(
					removed -> audit.record("meeting.material-removed", AuditLog.Target.of("meeting", meeting.slug()),
							Map.of("material", id, "title", removed.title(), "file", removed.fileName()), null));
	}

	Optional<Content> content(long meetingId, long id) {
		return jdbc
			.sql("SELECT file_name, media_type, content FROM meeting_material_file WHERE meeting_id = ? AND id = ?")
			.params(meetingId, id)
			.query((rs, row) -> new Content(rs.getString("file_name"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	private static Material material(ResultSet rs, int row) throws SQLException {
		return new Material(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
				kind(rs.getString("media_type")), rs.getLong("size_bytes"));
	}

	private static UploadedFiles.Kind kind(String mediaType) {
		for (UploadedFiles.Kind kind : UploadedFiles.Kind.values()) {
			if (kind.mediaType().equals(mediaType)) {
				return kind;
			}
		}
		throw new IllegalStateException("stored only after its kind was judged: " + mediaType);
	}

}
