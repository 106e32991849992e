package eu.balticaigf.portal.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private static final Instant CLOSE_2025 = Instant.parse("2025-08-10T20:59:59Z");

	private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	private final Formats formats = new Formats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void deadlineInEnglishCarriesZoneAndCity() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.dateTime(CLOSE_2025, VILNIUS)).isEqualTo("10 August 2025, 23:59 EEST (Vilnius)");
	}

	@Test
	void deadlineInLithuanianUsesLithuanianDate() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("lt"));
		assertThat(formats.dateTime(CLOSE_2025, VILNIUS))
			.isEqualTo("2025 m. rugpjūčio 10 d., 23:59 EEST (Vilniaus laiku)");
	}

	@Test
	void sameInstantInWarsawIsAnHourEarlier() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.dateTime(CLOSE_2025, ZoneId.of("Europe/Warsaw")))
			.isEqualTo("10 August 2025, 22:59 CEST (Warsaw)");
	}

	/**
	 * As the EU's Interinstitutional Style Guide writes amounts: the ISO code and digits
	 * grouped by hard spaces, the code first in English and after the amount in the other
	 * four languages.
	 */
	@Test
	void eurosAreWrittenOneWayPerLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.euros(3_000_000_000L)).isEqualTo("EUR\u00a03\u00a0000\u00a0000\u00a0000");
		for (String language : new String[] { "lt", "pl", "lv", "et" }) {
			LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
			assertThat(formats.euros(1_950_000_000L)).as(language).isEqualTo("1\u00a0950\u00a0000\u00a0000\u00a0EUR");
		}
		assertThat(Formats.euros(0, Locale.forLanguageTag("lt"))).isEqualTo("0\u00a0EUR");
		assertThat(Formats.euros(2_500, Locale.forLanguageTag("pl"))).isEqualTo("2\u00a0500\u00a0EUR");
		assertThat(Formats.euros(999, Locale.GERMAN)).as("anything else reads English").isEqualTo("EUR\u00a0999");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
