package eu.balticaigf.portal.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationIdentityTests {

	@ParameterizedTest
	@CsvSource({ "LT, 302222221", "LT, 110 051 834", "LV, 40003521600", "EE, 10060701", "EE, 12345678",
			"PL, 5260250274", "PL, 526-025-02-74", "PL, 1234563218", "PL, 123456785", "PL, 12345678512347",
			"PL, 0000012345", "FI, 1234567-8", "DE, HRB 12345", "NO, 923 609 016" })
	void acceptsRegistryCodesOfEachCountry(String country, String code) {
		assertThat(OrganisationIdentity.isValidRegistryCode(country, code)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "LT, 30222222", "LT, 3022222211", "LT, 30222222A", "LV, 4000352160", "EE, 10060702", "EE, 1006070",
			"PL, 5260250275", "PL, 123456786", "PL, 12345678512348", "PL, 12345", "FI, X", "DE, '<script>'" })
	void rejectsWrongRegistryCodes(String country, String code) {
		assertThat(OrganisationIdentity.isValidRegistryCode(country, code)).isFalse();
	}

	/**
	 * Published examples: VIES documentation and the national tax authorities' own
	 * numbers.
	 */
	@ParameterizedTest
	@CsvSource({ "PL, PL5260250274, PL5260250274", "PL, 526 025 02 74, PL5260250274", "EE, EE100931558, EE100931558",
			"LT, LT119511515, LT119511515", "LT, LT100001919017, LT100001919017", "LV, LV40003521600, LV40003521600",
			"GR, EL094259216, EL094259216", "DE, DE136695976, DE136695976" })
	void acceptsVatNumbersAndCanonicalisesThem(String country, String vat, String canonical) {
		assertThat(OrganisationIdentity.canonicalVatNumber(country, vat)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "PL, PL5260250275", "PL, PL526025027", "EE, EE100931559", "LT, LT119511516", "LT, LT119511505",
			"LT, LT100001919018", "LV, LV40003521601", "LV, LV4000352160", "DE, DE!" })
	void rejectsAlteredVatNumbers(String country, String vat) {
		assertThat(OrganisationIdentity.canonicalVatNumber(country, vat)).isNull();
	}

	@Test
	void picHasNineDigits() {
		assertThat(OrganisationIdentity.isValidPic("999 999 999")).isTrue();
		assertThat(OrganisationIdentity.isValidPic("99999999")).isFalse();
		assertThat(OrganisationIdentity.isValidPic("99999999X")).isFalse();
	}

	/**
	 * Changing the check digit of an official example to any other digit is always
	 * caught.
	 */
	@Property
	void anyOtherCheckDigitIsRejected(@ForAll("examples") String[] example,
			@ForAll @IntRange(min = 1, max = 9) int shift) {
		String country = example[0];
		String number = example[1];
		char last = number.charAt(number.length() - 1);
		String altered = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + shift) % 10);
		if ("vat".equals(example[2])) {
			assertThat(OrganisationIdentity.canonicalVatNumber(country, altered)).isNull();
		}
		else {
			assertThat(OrganisationIdentity.isValidRegistryCode(country, altered)).isFalse();
		}
	}

	@Provide
	Arbitrary<String[]> examples() {
		return Arbitraries.of(new String[] { "EE", "10060701", "registry" },
				new String[] { "PL", "5260250274", "registry" }, new String[] { "PL", "123456785", "registry" },
				new String[] { "PL", "12345678512347", "registry" }, new String[] { "PL", "PL5260250274", "vat" },
				new String[] { "EE", "EE100931558", "vat" }, new String[] { "LT", "LT119511515", "vat" },
				new String[] { "LT", "LT100001919017", "vat" }, new String[] { "LV", "LV40003521600", "vat" });
	}

	@Property(tries = 500)
	void randomUnicodeNeverThrows(@ForAll("countries") String country, @ForAll @StringLength(max = 60) String input) {
		OrganisationIdentity.isValidRegistryCode(country, input);
		OrganisationIdentity.canonicalVatNumber(country, input);
		OrganisationIdentity.isValidPic(input);
		OrganisationIdentity.normalisedRegistryCode(input);
	}

	@Property(tries = 500)
	void randomDigitsNeverThrow(@ForAll("countries") String country,
			@ForAll @NumericChars @StringLength(min = 0, max = 20) String digits) {
		OrganisationIdentity.isValidRegistryCode(country, digits);
		OrganisationIdentity.canonicalVatNumber(country, digits);
		OrganisationIdentity.canonicalVatNumber(country, country + digits);
	}

	@Provide
	Arbitrary<String> countries() {
		return Arbitraries.of(Choices.COUNTRIES);
	}

}
