package eu.balticaigf.portal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationValidatorTests {

	static Map<String, List<String>> valid() {
		Map<String, List<String>> form = new HashMap<>();
		Forms.valid("ona@Example.LT").forEach((key, values) -> form.put(key, new ArrayList<>(values)));
		return form;
	}

	static ApplicationValidator.Result validate(Map<String, List<String>> values) {
		return ApplicationValidator.validate(ApplicationForm.of(values));
	}

	@Test
	void normalisesAValidApplication() {
		Map<String, List<String>> form = valid();
		form.put("registryCode", List.of(" 302 222 221 "));
		ApplicationValidator.Result result = validate(form);
		assertThat(result.errors()).isEmpty();
		ValidApplication a = result.application();
		assertThat(a.contactEmail()).isEqualTo("ona@example.lt");
		assertThat(a.contactPhone()).isEqualTo("+37061234567");
		assertThat(a.registryCodeNormalised()).isEqualTo("302222221");
		assertThat(a.investmentIntentEur()).isEqualTo(2_500_000L);
		assertThat(a.computeDemandGpuHours()).isEqualTo(100_000L);
		assertThat(a.pic()).isEqualTo("999999999");
		assertThat(a.contributionAreas()).containsExactly("DATA", "RESEARCH");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "organisationName|''|required", "organisationName|x|length", "organisationName|12345|length",
					"country|''|required", "country|XX|choice", "registryCode|''|required",
					"registryCode|12345|formatLT", "vatNumber|LT119511516|format", "pic|12345|format",
					"website|ftp://example.lt|format", "website|javascript:alert(1)|format", "category|HACKER|choice",
					"category|''|required", "organisationSize|HUGE|choice", "contactName|''|required",
					"contactEmail|not-an-email|format", "contactEmail|''|required", "contactPhone|12|format",
					"contributionAreas|EVERYTHING|choice", "investmentIntentEur|1.5|format",
					"investmentIntentEur|100000000001|range", "investmentIntentEur|-5|format",
					"computeDemandGpuHours|abc|format", "computeDemandGpuHours|999 999 999 999 999|range",
					"description|too short|length", "consentPrivacy|''|required", "consentPrivacy|yes|required",
					"consentDirectory|maybe|choice" })
	void reportsTheRuleThatFailed(String field, String value, String code) {
		Map<String, List<String>> form = valid();
		form.put(field, value.isEmpty() ? List.of() : List.of(value));
		assertThat(validate(form).errors()).containsExactly(new ApplicationValidator.FieldError(field, code));
	}

	@Test
	void aSecondValueForASingleFieldIsAnError() {
		Map<String, List<String>> form = valid();
		form.put("category", List.of("STARTUP", "INVESTOR"));
		form.put("organisationName", List.of("A one", "B two"));
		assertThat(validate(form).errors()).containsExactly(
				new ApplicationValidator.FieldError("organisationName", "single"),
				new ApplicationValidator.FieldError("category", "single"));
	}

	@Test
	void namesInAnyAlphabetAreAccepted() {
		for (String name : List.of("Ąžuolas Čėsna", "Łódź Spółka z o.o.", "Ādažu Ēdieni", "Õun ja Ülo", "Ωμέγα")) {
			Map<String, List<String>> form = valid();
			form.put("organisationName", List.of(name));
			form.put("contactName", List.of(name));
			assertThat(validate(form).errors()).as(name).isEmpty();
		}
	}

	@Test
	void amountsAcceptSeparatorsAsTyped() {
		assertThat(ApplicationValidator.parseAmount("1,000,000")).isEqualTo(1_000_000L);
		assertThat(ApplicationValidator.parseAmount("1.000.000")).isEqualTo(1_000_000L);
		assertThat(ApplicationValidator.parseAmount("1'000'000")).isEqualTo(1_000_000L);
		assertThat(ApplicationValidator.parseAmount("0")).isZero();
		assertThat(ApplicationValidator.parseAmount("1,00,000")).isNull();
		assertThat(ApplicationValidator.parseAmount("1,000.000")).isNull();
	}

	@Test
	void descriptionIsCountedInCharactersNotBytes() {
		Map<String, List<String>> form = valid();
		form.put("description", List.of("ą".repeat(50)));
		assertThat(validate(form).errors()).isEmpty();
		form.put("description", List.of("ą".repeat(4001)));
		assertThat(validate(form).errors()).extracting(ApplicationValidator.FieldError::code).containsExactly("length");
	}

	@Property(tries = 300)
	void randomUnicodeInEveryFieldNeverThrows(@ForAll @StringLength(max = 300) String value) {
		Map<String, List<String>> form = new HashMap<>();
		for (String field : ApplicationForm.SINGLE_FIELDS) {
			form.put(field, List.of(value));
		}
		form.put(ApplicationForm.CONTRIBUTION_AREAS, List.of(value, value));
		ApplicationValidator.Result result = validate(form);
		assertThat(result.valid() || !result.errors().isEmpty()).isTrue();
	}

	@Property(tries = 300)
	void randomDigitsNeverThrow(@ForAll @NumericChars @StringLength(max = 40) String digits) {
		Map<String, List<String>> form = valid();
		for (String field : List.of("registryCode", "vatNumber", "pic", "contactPhone", "investmentIntentEur",
				"computeDemandGpuHours")) {
			form.put(field, List.of(digits));
		}
		validate(form);
	}

}
