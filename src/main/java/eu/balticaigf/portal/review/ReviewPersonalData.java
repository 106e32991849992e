package eu.balticaigf.portal.review;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.balticaigf.portal.application.ApplicationQuery;
import eu.balticaigf.portal.application.ApplicationSearch;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataHolder;

/**
 * What the review module holds about a person, keyed by their e-mail: for a member of
 * staff, conflicts of interest they declared, notes they wrote, scores they gave and
 * assignments naming them; for an applicant (an application's contact), their answers to
 * questions and reasons for withdrawing, as the timeline keeps them.
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

	private static final String APPLICATION_ID = "application_id";

	private final JdbcClient jdbc;

	private final ApplicationSearch applications;

	ReviewPersonalData(JdbcClient jdbc, ApplicationSearch applications) {
		this.jdbc = jdbc;
		this.applications = applications;
	}

	@Override
	public String section() {
		return "review";
	}

	/**
	 * As staff: their declarations, notes, scores and assignments. As an applicant (the
	 * contact of an application): what they wrote into the review, their answers to
	 * questions and their reason for withdrawing.
	 */
	@Override
	public List<Map<String, Object>> export(String email) {
		List<Map<String, Object>> records = new ArrayList<>();
		records.addAll(records("conflict", """
				SELECT organisation_name, registry_code, declared_at, withdrawn_at FROM review_conflict
				WHERE lower(reviewer) = :email ORDER BY declared_at, id""", Map.of("email", email)));
		records.addAll(records("note", """
				SELECT application_id, written_at, body FROM review_note
				WHERE lower(author) = :email ORDER BY written_at, id""", Map.of("email", email)));
		records.addAll(records("score", """
				SELECT application_id, criterion, score, scored_at FROM review_score
				WHERE lower(reviewer) = :email ORDER BY scored_at, application_id, criterion""",
				Map.of("email", email)));
		records.addAll(records("assignment", """
				SELECT application_id, reviewer, assigned_by, assigned_at FROM review_assignment
				WHERE lower(reviewer) = :email OR lower(assigned_by) = :email ORDER BY assigned_at, application_id""",
				Map.of("email", email)));
		Set<Long> applied = applications.ids(ApplicationQuery.all().withContact(email));
		if (!applied.isEmpty()) {
			records.addAll(records("applicant", """
					SELECT application_id, at, action, reason AS text FROM review_event
					WHERE application_id = ANY (:ids) AND actor = :applicant ORDER BY at, id""",
					Map.of("ids", applied.toArray(Long[]::new), "applicant", ReviewWorkflow.APPLICANT)));
		}
		return withReferences(records);
	}

	/**
	 * Each record's application by its reference, as people know it, in place of the id.
	 */
	private List<Map<String, Object>> withReferences(List<Map<String, Object>> records) {
		Set<Long> ids = new HashSet<>();
		records.forEach(record -> {
			if (record.get(APPLICATION_ID) instanceof Number id) {
				ids.add(id.longValue());
			}
		});
		if (ids.isEmpty()) {
			return records;
		}
		Map<Long, String> references = new HashMap<>();
		applications.findAll(ApplicationQuery.all().among(ids))
			.forEach(application -> references.put(application.id(), application.reference()));
		return records.stream().map(record -> {
			if (!(record.get(APPLICATION_ID) instanceof Number id)) {
				return record;
			}
			Map<String, Object> named = new LinkedHashMap<>();
			named.put("kind", record.get("kind"));
			named.put("reference", references.get(id.longValue()));
			record.forEach((column, value) -> {
				if (!column.equals("kind") && !column.equals(APPLICATION_ID)) {
					named.put(column, value);
				}
			});
			return named;
		}).toList();
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
	private List<Map<String, Object>> records(String kind, String sql, Map<String, Object> params) {
		return jdbc.sql(sql).params(params).query((rs, n) -> {
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
