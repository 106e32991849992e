package eu.balticaigf.portal.application;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Offline checks of the numbers that identify an organisation: its business registry
 * code, its EU VAT number and its EU Participant Identification Code (PIC). Every method
 * is total: any input (random Unicode included) gives an answer, never an exception.
 */
final class OrganisationIdentity {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern OTHER_REGISTRY_CODE = Pattern.compile("[\\p{L}\\p{Nd} .\\-]{2,30}");

	private static final Pattern GENERIC_VAT = Pattern.compile("[A-Z0-9+*]{2,12}");

	private OrganisationIdentity() {
	}

	/**
	 * What people type around a code: spaces, dots, dashes and slashes carry no meaning.
	 */
	static String compact(String value) {
		return value == null ? "" : value.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The key of "one application per organisation per call": letters and digits only,
	 * upper case.
	 */
	static String normalisedRegistryCode(String value) {
		return value == null ? "" : value.replaceAll("[^\\p{L}\\p{Nd}]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether {@code code} is a valid registry code for an organisation of
	 * {@code country}.
	 * <ul>
	 * <li>LT: the legal entity code (juridinio asmens kodas) of the Register of Legal
	 * Entities, 9 digits (Registrų centras, Juridinių asmenų registro nuostatai).</li>
	 * <li>LV: the registration number of the Register of Enterprises (Uzņēmumu reģistrs),
	 * 11 digits.</li>
	 * <li>EE: the registry code (registrikood) of the Commercial Register, 8 digits whose
	 * last one is a check digit computed like the Estonian personal code's (standard EVS
	 * 585, modulo 11 with weights 1..7, then 3..9).</li>
	 * <li>PL: a KRS number (10 digits, no check digit: the National Court Register,
	 * ustawa o Krajowym Rejestrze Sądowym), a REGON (9 or 14 digits with a modulo-11
	 * check digit: rozporządzenie Rady Ministrów z 30 listopada 2015 r. w sprawie sposobu
	 * i metodologii prowadzenia i aktualizacji krajowego rejestru urzędowego podmiotów
	 * gospodarki narodowej) or a NIP (10 digits with a modulo-11 check digit:
	 * rozporządzenie Ministra Finansów w sprawie zasad nadawania numerów identyfikacji
	 * podatkowej). KRS and NIP both have 10 digits: a 10-digit code is accepted when it
	 * is a valid NIP or starts with {@code 000}, as every KRS number issued so far
	 * does.</li>
	 * <li>Any other country: 2 to 30 letters, digits, spaces, dots or dashes.</li>
	 * </ul>
	 */
	static boolean isValidRegistryCode(String country, String code) {
		if (code == null || country == null) {
			return false;
		}
		String compact = compact(code);
		return switch (country) {
			case "LT" -> digits(compact, 9);
			case "LV" -> digits(compact, 11);
			case "EE" -> digits(compact, 8) && estonianCheckDigit(compact);
			case "PL" -> isValidKrs(compact) || isValidRegon(compact) || isValidNip(compact);
			default -> OTHER_REGISTRY_CODE.matcher(code.strip()).matches() && compact.length() >= 2;
		};
	}

	static boolean isValidKrs(String compact) {
		return digits(compact, 10) && compact.startsWith("000");
	}

	/**
	 * NIP: weights 6 5 7 2 3 4 5 6 7, sum modulo 11 is the tenth digit (a remainder of 10
	 * is never issued).
	 */
	static boolean isValidNip(String compact) {
		if (!digits(compact, 10)) {
			return false;
		}
		int check = weightedSum(compact, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11;
		return check != 10 && check == digit(compact, 9);
	}

	/**
	 * REGON: 9 digits with weights 8 9 2 3 4 5 6 7, or 14 digits (a local unit) with
	 * weights 2 4 8 5 0 9 7 3 6 1 2 4 8; the sum modulo 11 is the check digit, 10
	 * counting as 0.
	 */
	static boolean isValidRegon(String compact) {
		if (digits(compact, 9)) {
			return mod11Check(weightedSum(compact, 8, 9, 2, 3, 4, 5, 6, 7)) == digit(compact, 8);
		}
		if (digits(compact, 14)) {
			return isValidRegon(compact.substring(0, 9))
					&& mod11Check(weightedSum(compact, 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)) == digit(compact, 13);
		}
		return false;
	}

	private static int mod11Check(int sum) {
		int check = sum % 11;
		return check == 10 ? 0 : check;
	}

	/**
	 * Estonian registry code: modulo 11 with weights 1..7; a remainder of 10 retries with
	 * 3..9; 10 again means 0.
	 */
	static boolean estonianCheckDigit(String compact) {
		int check = weightedSum(compact, 1, 2, 3, 4, 5, 6, 7) % 11;
		if (check == 10) {
			check = weightedSum(compact, 3, 4, 5, 6, 7, 8, 9) % 11;
		}
		return (check == 10 ? 0 : check) == digit(compact, 7);
	}

	/**
	 * The VAT number in its canonical form (country prefix + number, e.g.
	 * {@code PL5260250274}), or {@code null} when it is not valid for {@code country}.
	 * The formats are the ones the European Commission's VIES service documents ("VIES
	 * VAT number validation", ec.europa.eu/taxation_customs/vies, FAQ "What is the
	 * structure of a VAT number?"); the check digits are the national rules:
	 * <ul>
	 * <li>PL: PL + the NIP (10 digits, checksum above).</li>
	 * <li>EE: EE + 9 digits (KMKR number of the Estonian Tax and Customs Board), weights
	 * 3 7 1 3 7 1 3 7, check digit = (10 − sum mod 10) mod 10.</li>
	 * <li>LT: LT + 9 digits (8th digit 1) or 12 digits (11th digit 1) issued by the State
	 * Tax Inspectorate (VMI); modulo 11 with weights 1 2 3 … 9 1 2, a remainder of 10
	 * retries with weights starting at 3; 10 again means 0.</li>
	 * <li>LV: LV + the 11-digit registration number; for legal entities (first digit
	 * above 3) the weighted sum with weights 9 1 4 8 3 10 2 5 7 6 1 is 3 modulo 11 (State
	 * Revenue Service, VID). Numbers of natural persons are checked for their form
	 * only.</li>
	 * <li>Other countries: the country's prefix (Greece: EL) and 2 to 12 letters or
	 * digits, without a checksum.</li>
	 * </ul>
	 */
	static String canonicalVatNumber(String country, String value) {
		if (country == null || value == null) {
			return null;
		}
		String prefix = "GR".equals(country) ? "EL" : country;
		String compact = compact(value);
		if (compact.startsWith(prefix)) {
			compact = compact.substring(prefix.length());
		}
		boolean valid = switch (country) {
			case "PL" -> isValidNip(compact);
			case "EE" -> isValidEstonianVat(compact);
			case "LT" -> isValidLithuanianVat(compact);
			case "LV" -> isValidLatvianVat(compact);
			default -> GENERIC_VAT.matcher(compact).matches();
		};
		return valid ? prefix + compact : null;
	}

	static boolean isValidEstonianVat(String compact) {
		if (!digits(compact, 9)) {
			return false;
		}
		int sum = weightedSum(compact, 3, 7, 1, 3, 7, 1, 3, 7);
		return (10 - sum % 10) % 10 == digit(compact, 8);
	}

	static boolean isValidLithuanianVat(String compact) {
		int length = compact.length();
		if (!(digits(compact, 9) || digits(compact, 12)) || compact.charAt(length - 2) != '1') {
			return false;
		}
		int sum = 0;
		int retry = 0;
		for (int i = 0; i < length - 1; i++) {
			sum += digit(compact, i) * (i % 9 + 1);
			retry += digit(compact, i) * ((i + 2) % 9 + 1);
		}
		int check = sum % 11;
		if (check == 10) {
			check = retry % 11;
		}
		return (check == 10 ? 0 : check) == digit(compact, length - 1);
	}

	static boolean isValidLatvianVat(String compact) {
		if (!digits(compact, 11)) {
			return false;
		}
		if (digit(compact, 0) > 3) {
			return weightedSum(compact, 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1) % 11 == 3;
		}
		return true;
	}

	/**
	 * PIC: the 9-digit Participant Identification Code of the EU Funding and Tenders
	 * Portal.
	 */
	static boolean isValidPic(String value) {
		return value != null && digits(compact(value), 9);
	}

	private static boolean digits(String value, int length) {
		return value.length() == length && DIGITS.matcher(value).matches();
	}

	private static int digit(String value, int index) {
		return value.charAt(index) - '0';
	}

	private static int weightedSum(String digits, int... weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += digit(digits, i) * weights[i];
		}
		return sum;
	}

}
