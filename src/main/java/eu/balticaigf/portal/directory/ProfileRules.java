package eu.balticaigf.portal.directory;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * What a profile and its website may be. The directory never shows a way to reach an
 * organisation other than its website, so a profile with an e-mail address or a phone
 * number in it is refused rather than published.
 */
final class ProfileRules {

	static final int PROFILE_MAX = 500;

	static final int WEBSITE_MAX = 200;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+|[^\\s@]+\\s*\\(at\\)\\s*\\S+",
			Pattern.CASE_INSENSITIVE);

	/** Seven or more digits, perhaps with a leading + and spaces, dots or dashes. */
	private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s.\\-()]*\\d){6,}");

	/**
	 * A currency or unit written next to a number: then it is an amount ("1 500 000 EUR",
	 * "EUR 2,000,000", "40 MW", "1000000 GPU-hours"), not a phone number.
	 */
	private static final Pattern UNIT_AFTER = Pattern.compile(
			"^\\s*(?:€|eur|usd|pln|czk|zł|kč|mln|mw|kw|gw|gpu|h\\b|hours|val|godz|tun|racks?|ha\\b|m2|m²|m3|m³|%)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:€|eur|usd|pln|czk)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/@]+\\.[^\\s@]+", Pattern.CASE_INSENSITIVE);

	private ProfileRules() {
	}

	/**
	 * Whether the text holds something that reads as an e-mail address or a phone number.
	 */
	static boolean holdsContact(String text) {
		return holdsEmail(text) || holdsPhone(text);
	}

	static boolean holdsEmail(String text) {
		return EMAIL.matcher(text).find();
	}

	static boolean holdsPhone(String text) {
		java.util.regex.Matcher digits = PHONE.matcher(text);
		while (digits.find()) {
			boolean amount = digits.group().charAt(0) != '+'
					&& (UNIT_AFTER.matcher(text.substring(digits.end())).lookingAt()
							|| CURRENCY_BEFORE.matcher(text.substring(0, digits.start())).find());
			if (!amount) {
				return true;
			}
		}
		return false;
	}

	static void check(String profile, String website, Errors errors) {
		if (profile.length() > PROFILE_MAX) {
			errors.rejectValue("profile", "directory.profile.error.long", new Object[] { PROFILE_MAX }, null);
		}
		else if (holdsContact(profile)) {
			errors.rejectValue("profile", "directory.profile.error.contact");
		}
		if (!website.isEmpty() && (website.length() > WEBSITE_MAX || !WEBSITE.matcher(website).matches())) {
			errors.rejectValue("website", "directory.profile.error.website");
		}
	}

}
