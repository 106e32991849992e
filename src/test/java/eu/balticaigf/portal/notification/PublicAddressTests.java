package eu.balticaigf.portal.notification;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where links in e-mails point when {@code portal.mail.base-url} is not set (issue 13
 * §6). Each case starts a portal of its own with just the mail rendering and a real web
 * server, so the settings are exactly those of the case (the suite's shared context sets
 * a base URL).
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTests {

	/**
	 * {@link Html} keeps its texts and formats in static fields, set by whichever context
	 * made it last: a case's own small portal must give the suite's shared context its
	 * own back, or every page rendered after this class finds no texts.
	 */
	private final Map<Field, Object> htmlBefore = new HashMap<>();

	@BeforeEach
	void rememberHtml() throws IllegalAccessException {
		for (Field field : Html.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				field.setAccessible(true);
				htmlBefore.put(field, field.get(null));
			}
		}
	}

	@AfterEach
	void restoreHtml() throws IllegalAccessException {
		for (Map.Entry<Field, Object> field : htmlBefore.entrySet()) {
			field.getKey().set(null, field.getValue());
		}
	}

	@Test
	void onTheEmbeddedDefaultLinksInEmailsUseThePortThePortalActuallyServes() {
		try (ConfigurableApplicationContext portal = start(WebApplicationType.SERVLET)) {
			int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
			assertThat(port).isNotEqualTo(8080);

			MailTemplates.Rendered mail = portal.getBean(MailTemplates.class)
				.render(new Email("ona@example.lt", Locale.ENGLISH, "notification/test", Map.of("name", "Ona")));

			assertThat(mail.text()).contains("http://localhost:" + port).doesNotContain("localhost:8080");
			assertThat(mail.html()).contains("http://localhost:" + port);
		}
	}

	@Test
	void aConfiguredBaseUrlWinsWithoutItsTrailingSlash() {
		try (ConfigurableApplicationContext portal = start(WebApplicationType.SERVLET,
				"spring.mail.host=smtp.ministry.example", "portal.mail.base-url=https://portal.ministry.example/")) {
			MailTemplates.Rendered mail = portal.getBean(MailTemplates.class)
				.render(new Email("ona@example.lt", Locale.ENGLISH, "notification/test", Map.of("name", "Ona")));

			assertThat(mail.text()).contains("https://portal.ministry.example/staff/outbox")
				.doesNotContain("localhost");
		}
	}

	@Test
	void withRealSmtpAndNoBaseUrlThePortalRefusesToStartAndNamesTheSetting(CapturedOutput output) {
		assertThatThrownBy(() -> start(WebApplicationType.NONE, "spring.mail.host=smtp.ministry.example").close())
			.hasRootCauseMessage("E-mails go out through SMTP (spring.mail.host is set) but portal.mail.base-url "
					+ "(PORTAL_MAIL_BASE_URL) is not set: links in e-mails would point to localhost");
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("Set portal.mail.base-url (environment variable PORTAL_MAIL_BASE_URL)");
	}

	private static ConfigurableApplicationContext start(WebApplicationType web, String... properties) {
		return new SpringApplicationBuilder(MailRendering.class).web(web)
			.properties("server.port=0", "portal.embedded-db.enabled=false", "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	/**
	 * The notification module's rendering and whatever it takes the portal's address
	 * from, on a real server; {@link Html} gives the templates their texts.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailSettings.class)
	@Import({ Html.class, Formats.class })
	@ComponentScan(basePackageClasses = MailTemplates.class, useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = "eu\\.balticaigf\\.portal\\.notification\\.(MailTemplates|PublicAddress)"))
	static class MailRendering {

		@Bean
		TomcatServletWebServerFactory webServer() {
			return new TomcatServletWebServerFactory(0);
		}

		@Bean
		MessageSource messageSource() {
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasenames("i18n/notification");
			messages.setDefaultEncoding("UTF-8");
			return messages;
		}

	}

}
