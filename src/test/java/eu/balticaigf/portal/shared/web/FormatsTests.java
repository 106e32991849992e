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

	@Test
	void eurosAreGroupedTheLanguagesWay() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.euros(1_950_000_000L)).isEqualTo("1,950,000,000");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("lt"));
		assertThat(formats.euros(1_950_000_000L)).isEqualTo("1\u00a0950\u00a0000\u00a0000");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
