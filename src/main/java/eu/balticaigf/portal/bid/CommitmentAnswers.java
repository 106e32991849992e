package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

/**
 * What a person types for a commitment, read strictly: an amount is a number of zero or
 * more with at most two decimals ("1 500 000,50" and "1500000.50" are the same), years a
 * whole number. A wrong answer becomes a message code on its field; nothing is guessed.
 */
final class CommitmentAnswers {

	static final int MAX_TEXT = 2000;

	static final int MAX_YEARS = 99;

	private CommitmentAnswers() {
	}

	/** The amount, more than 0, or null after rejecting the field. */
	static BigDecimal amount(String typed, String field, Errors errors) {
		return amount(typed, field, errors, false);
	}

	/**
	 * The amount (0 allowed when {@code zeroAllowed}), or null after rejecting the field.
	 */
	static BigDecimal amount(String typed, String field, Errors errors, boolean zeroAllowed) {
		String plain = typed == null ? "" : typed.replaceAll("[\\s\\u00a0\\u202f]", "");
		if (plain.isEmpty()) {
			errors.rejectValue(field, "bid.error.amount.missing");
			return null;
		}
		if (plain.startsWith("-")) {
			errors.rejectValue(field, "bid.error.amount.negative");
			return null;
		}
		if (plain.contains(",") && !plain.contains(".")) {
			plain = plain.replace(',', '.');
		}
		if (plain.matches("\\d{16,}(\\.\\d{1,2})?")) {
			errors.rejectValue(field, "bid.error.amount.tooLarge");
			return null;
		}
		if (!plain.matches("\\d{1,15}(\\.\\d{1,2})?")) {
			errors.rejectValue(field, "bid.error.amount.number");
			return null;
		}
		BigDecimal amount = new BigDecimal(plain);
		if (amount.signum() == 0 && !zeroAllowed) {
			errors.rejectValue(field, "bid.error.amount.zero");
			return null;
		}
		return amount;
	}

	/** Whole years, 1 to {@link #MAX_YEARS}; or null after rejecting the field. */
	static Integer years(String typed, String field, Errors errors) {
		String plain = typed == null ? "" : typed.strip();
		if (!plain.matches("\\d{1,2}") || Integer.parseInt(plain) < 1) {
			errors.rejectValue(field, "bid.error.years", new Object[] { MAX_YEARS }, null);
			return null;
		}
		return Integer.parseInt(plain);
	}

	/** Optional free text, at most {@link #MAX_TEXT} characters. */
	static String text(String typed, String field, Errors errors) {
		String plain = typed == null ? "" : typed.strip();
		if (plain.length() > MAX_TEXT) {
			errors.rejectValue(field, "bid.error.tooLong", new Object[] { MAX_TEXT }, null);
		}
		return plain.isEmpty() ? null : plain;
	}

	/**
	 * A date as year-month-day (what a browser's date field sends), or null: after
	 * rejecting the field, or when it is left empty and not {@code required}.
	 */
	static LocalDate date(String typed, String field, boolean required, Errors errors) {
		String plain = typed == null ? "" : typed.strip();
		if (plain.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "bid.error.date.missing");
			}
			return null;
		}
		try {
			return LocalDate.parse(plain);
		}
		catch (DateTimeParseException notADate) {
			errors.rejectValue(field, "bid.error.date");
			return null;
		}
	}

	/** Required text of at most {@code max} characters. */
	static String required(String typed, String field, int max, String missingCode, Errors errors) {
		String plain = typed == null ? "" : typed.strip();
		if (plain.isEmpty()) {
			errors.rejectValue(field, missingCode);
		}
		else if (plain.length() > max) {
			errors.rejectValue(field, "bid.error.tooLong", new Object[] { max }, null);
		}
		return plain;
	}

}
