package eu.balticaigf.portal.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files uploaded to a call's file questions (table application_file): kept with the
 * draft while the form is filled in, so that a file chosen once is not asked for again,
 * then with the submitted application. Only files {@link UploadedFiles} passed get here.
 */
@Repository
class ApplicationFiles {

	/** A file as staff download it. */
	record Content(String name, String mediaType, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	ApplicationFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The answer a file gives to its question: {@code {name, type, size, sha256}}. */
	static Map<String, Object> answer(String name, String mediaType, long size, String sha256) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("name", name);
		answer.put("type", mediaType);
		answer.put("size", size);
		answer.put("sha256", sha256);
		return answer;
	}

	/**
	 * Keeps a checked file with a draft, in place of the one it had for this question.
	 */
	void saveForDraft(UUID draftId, String key, UploadedFiles.Checked file, Instant now) {
		jdbc.sql("DELETE FROM application_file WHERE draft_id = ? AND question_key = ?").params(draftId, key).update();
		jdbc.sql(
				"""
						INSERT INTO application_file (draft_id, question_key, file_name, media_type, size_bytes, sha256, content,
						                              uploaded_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draftId, key, file.name(), file.kind().mediaType(), file.size(), file.sha256(), file.content(),
					Timestamp.from(now))
			.update();
	}

	/** The files a draft holds, as answers by question key. */
	Map<String, Map<String, Object>> ofDraft(UUID draftId) {
		Map<String, Map<String, Object>> files = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT question_key, file_name, media_type, size_bytes, sha256 FROM application_file
				WHERE draft_id = ? ORDER BY id""").param(draftId).query(rs -> {
			files.put(rs.getString("question_key"), answer(rs.getString("file_name"), rs.getString("media_type"),
					rs.getLong("size_bytes"), rs.getString("sha256").strip()));
		});
		return files;
	}

	/** The bytes a draft holds in files other than this question's. */
	long draftBytesBesides(UUID draftId, String key) {
		return jdbc
			.sql("SELECT coalesce(sum(size_bytes), 0) FROM application_file WHERE draft_id = ? AND question_key <> ?")
			.params(draftId, key)
			.query(Long.class)
			.single();
	}

	/**
	 * The submitted application keeps the draft's files that answer its questions; the
	 * others (a question that no longer applied) go.
	 */
	void moveToApplication(UUID draftId, long applicationId, List<String> keys) {
		jdbc.sql("""
				UPDATE application_file SET application_id = :application, draft_id = NULL
				WHERE draft_id = :draft AND question_key IN (:keys)""")
			.param("application", applicationId)
			.param("draft", draftId)
			.param("keys", keys.isEmpty() ? List.of("") : keys)
			.update();
		jdbc.sql("DELETE FROM application_file WHERE draft_id = ?").param(draftId).update();
	}

	/** A submitted application's file with this SHA-256. */
	Optional<Content> submitted(String sha256) {
		return jdbc.sql("""
				SELECT file_name, media_type, content FROM application_file
				WHERE sha256 = ? AND application_id IS NOT NULL ORDER BY id LIMIT 1""")
			.param(sha256)
			.query((rs, row) -> new Content(rs.getString("file_name"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** The files of these applications as a data-subject export lists them (no bytes). */
	List<Map<String, Object>> describe(long applicationId) {
		return jdbc.sql("""
				SELECT question_key, file_name, media_type, size_bytes, sha256, uploaded_at FROM application_file
				WHERE application_id = ? ORDER BY id""").param(applicationId).query((rs, row) -> {
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("question", rs.getString("question_key"));
			file.putAll(answer(rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
					rs.getString("sha256").strip()));
			file.put("uploadedAt", rs.getTimestamp("uploaded_at").toInstant().toString());
			return file;
		}).list();
	}

	/** Erasure and retention: the files of these applications go. */
	int deleteOfApplications(List<Long> applicationIds) {
		return applicationIds.isEmpty() ? 0
				: jdbc.sql("DELETE FROM application_file WHERE application_id IN (:ids)")
					.param("ids", applicationIds)
					.update();
	}

}
