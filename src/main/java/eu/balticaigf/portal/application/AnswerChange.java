package eu.balticaigf.portal.application;

import java.util.List;

/**
 * One answer an applicant changed, as stored: the field's name and its values before and
 * after, as codes and plain values (a String, a Long, a Boolean, a list of codes for the
 * contribution areas, or null for no answer). {@code erased} when a data-subject erasure
 * or the retention purge took the contact's details out of the history. Pages show it
 * with labels in the reader's language ({@link ApplicationAnswers#describe}).
 */
public record AnswerChange(String field, Object before, Object after, boolean erased) {

	public AnswerChange {
		before = normal(before);
		after = normal(after);
	}

	static AnswerChange of(String field, Object before, Object after) {
		return new AnswerChange(field, before, after, false);
	}

	/**
	 * Whole numbers as Long, others (answers to a call's number questions) as exact
	 * decimals, lists as lists of strings, whatever JSON read them as.
	 */
	private static Object normal(Object value) {
		if (value instanceof Number number) {
			java.math.BigDecimal exact = new java.math.BigDecimal(number.toString()).stripTrailingZeros();
			return exact.scale() <= 0 ? (Object) exact.longValue() : exact;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value;
	}

}
