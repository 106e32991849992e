package eu.balticaigf.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phone number in a card or profile is refused; an amount with its currency or unit is
 * not a phone number, however many digits it has.
 */
class ProfileRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Call us on +370 612 34567", "tel. 8 612 34567", "Skambinkite 861234567",
			"Zadzwoń: 612-345-678", "+48221234567", "(0) 22 123 45 67" })
	void phoneNumbersAreFound(String text) {
		assertThat(ProfileRules.holdsPhone(text)).as(text).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "We invest 1500000 EUR", "up to EUR 2,000,000 in equity", "1 000 000 GPU-hours a year",
			"2000000 GPU hours", "40 MW now, 120 MW by 2028", "€ 25 000 000", "12 500 000 eurų", "3 000 000 zł",
			"3000000 PLN", "Founded in 2019, 1200 people" })
	void amountsWithTheirUnitAreNot(String text) {
		assertThat(ProfileRules.holdsPhone(text)).as(text).isFalse();
	}

}
