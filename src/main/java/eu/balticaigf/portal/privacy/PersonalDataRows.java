package eu.balticaigf.portal.privacy;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data kept as whole rows of one table, found by a key the e-mail address gives
 * (the address itself, or its {@link DataSubjects#hash}): the export lists the rows with
 * the query's column labels as names and times as ISO-8601 instants; erasure deletes
 * them. The module that owns the table names it; privacy never does.
 */
public abstract class PersonalDataRows implements PersonalDataHolder {

	protected final JdbcClient jdbc;

	private final String section;

	private final Statements statements;

	/**
	 * The statements, each with one parameter: the key the (normalised) address gives.
	 *
	 * @param key the address itself, or what the table stores instead (its hash)
	 * @param select the rows to export, labelled as the export names them
	 * @param delete the statement that erases them
	 */
	public record Statements(UnaryOperator<String> key, String select, String delete) {
	}

	protected PersonalDataRows(JdbcClient jdbc, String section, Statements statements) {
		this.jdbc = jdbc;
		this.section = section;
		this.statements = statements;
	}

	@Override
	public final String section() {
		return section;
	}

	@Override
	public final List<Map<String, Object>> export(String email) {
		return jdbc.sql(statements.select()).param(statements.key().apply(email)).query((rs, row) -> {
			ResultSetMetaData columns = rs.getMetaData();
			Map<String, Object> record = new LinkedHashMap<>();
			for (int column = 1; column <= columns.getColumnCount(); column++) {
				Object value = rs.getObject(column);
				record.put(columns.getColumnLabel(column),
						value instanceof Timestamp time ? time.toInstant().toString() : value);
			}
			return record;
		}).list();
	}

	@Override
	public final int erase(String email) {
		return jdbc.sql(statements.delete()).param(statements.key().apply(email)).update();
	}

}
