package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Languages;

/**
 * Names the call pages print that are not message keys: countries from the JDK's CLDR
 * data, and the month of a membership change (public reports give the month, not the
 * day).
 */
final class CallTexts {

	private CallTexts() {
	}

	static String country(String code, Locale locale) {
		return new Locale("", code).getDisplayCountry(Languages.supported(locale));
	}

	/**
	 * An amount in euros as {@code Formats.euros} writes whole euros, with the cents
	 * after the language's decimal sign where there are any.
	 */
	static String euros(BigDecimal amount, Locale locale) {
		BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
		String euros = Formats.euros(whole.longValueExact(), locale);
		BigDecimal cents = amount.subtract(whole);
		if (cents.signum() == 0) {
			return euros;
		}
		boolean english = Languages.supported(locale).equals(Locale.ENGLISH);
		String decimals = (english ? "." : ",")
				+ cents.movePointRight(2).setScale(0, RoundingMode.HALF_UP).abs().toPlainString();
		decimals = decimals.length() == 2 ? decimals.charAt(0) + "0" + decimals.charAt(1) : decimals;
		return english ? euros + decimals : euros.replace("\u00a0EUR", decimals + "\u00a0EUR");
	}

	static String month(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", Languages.forFormatting(locale)).format(date);
	}

}
