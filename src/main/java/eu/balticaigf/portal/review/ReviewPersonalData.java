package eu.balticaigf.portal.review;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataHolder;

/**
 * What the review module holds about a member of staff, keyed by their e-mail: conflicts
 * of interest they declared, notes they wrote, scores they gave and assignments naming
 * them.
 * <p>
 * Erasure replaces the address by the pseudonym the audit log uses
 * ({@link DataSubjects#pseudonym}) in notes, scores and assignments: they are the record
 * behind each decision, which must stay defensible, and with the same pseudonym they
 * still line up with the audit entries. Conflict declarations are kept as they are, and
 * said so here: they are the evidence that the review was impartial (GDPR art. 17(3)(b)
 * and (e)), and while they name the person they keep those applications hidden from them;
 * changing them would let a reviewer who is still on the staff see and score applications
 * they declared a conflict with.
 */
@Component
class ReviewPersonalData implements PersonalDataHolder {

	private static final List<String> PSEUDONYMISED = List.of("review_note.author", "review_score.reviewer",
			"review_assignment.reviewer", "review_assignment.assigned_by");

	private final JdbcClient jdbc;

	ReviewPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "review";
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		List<Map<String, Object>> records = new ArrayList<>();
		records.addAll(records("conflict", """
				SELECT organisation_name, registry_code, declared_at, withdrawn_at FROM review_conflict
				WHERE lower(reviewer) = :email ORDER BY declared_at, id""", email));
		records.addAll(records("note",
				"""
						SELECT a.reference, n.written_at, n.body FROM review_note n JOIN application a ON a.id = n.application_id
						WHERE lower(n.author) = :email ORDER BY n.written_at, n.id""",
				email));
		records.addAll(records("score", """
				SELECT a.reference, s.criterion, s.score, s.scored_at FROM review_score s
				JOIN application a ON a.id = s.application_id
				WHERE lower(s.reviewer) = :email ORDER BY s.scored_at, a.reference, s.criterion""", email));
		records.addAll(records("assignment",
				"""
						SELECT a.reference, r.reviewer, r.assigned_by, r.assigned_at FROM review_assignment r
						JOIN application a ON a.id = r.application_id
						WHERE lower(r.reviewer) = :email OR lower(r.assigned_by) = :email ORDER BY r.assigned_at, a.reference""",
				email));
		return records;
	}

	@Override
	public int erase(String email) {
		int changed = 0;
		for (String column : PSEUDONYMISED) {
			String[] tableAndColumn = column.split("\\.");
			changed += jdbc
				.sql("UPDATE " + tableAndColumn[0] + " SET " + tableAndColumn[1] + " = :pseudonym WHERE lower("
						+ tableAndColumn[1] + ") = :email")
				.param("pseudonym", DataSubjects.pseudonym(email))
				.param("email", email)
				.update();
		}
		return changed;
	}

	/**
	 * One map per row, its columns by name, times as ISO-8601 text, with the kind of
	 * record first.
	 */
	private List<Map<String, Object>> records(String kind, String sql, String email) {
		return jdbc.sql(sql).param("email", email).query((rs, n) -> {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("kind", kind);
			ResultSetMetaData columns = rs.getMetaData();
			for (int i = 1; i <= columns.getColumnCount(); i++) {
				Object value = rs.getObject(i);
				record.put(columns.getColumnLabel(i),
						value instanceof Timestamp at ? at.toInstant().toString() : value);
			}
			return record;
		}).list();
	}

}
