package eu.balticaigf.portal.notification;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where links in e-mails point when {@code portal.mail.base-url} is not set (issue 13
 * §6). Each case starts a portal of its own with just the public address and a real web
 * server, so the settings are exactly those of the case (the suite's shared context sets
 * a base URL). That every e-mail's links start at this address is {@code OutboxTests}'
 * and the pages' tests' concern. No template is rendered here: templates read their texts
 * through {@code Html}'s static beans, which a second context would take over.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTests {

	@Test
	void onTheEmbeddedDefaultLinksInEmailsUseThePortThePortalActuallyServes() {
		try (ConfigurableApplicationContext portal = start(WebApplicationType.SERVLET)) {
			int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
			assertThat(port).isNotEqualTo(8080);

			assertThat(portal.getBean(PublicAddress.class).url()).isEqualTo("http://localhost:" + port);
		}
	}

	@Test
	void aConfiguredBaseUrlWinsWithoutItsTrailingSlash() {
		try (ConfigurableApplicationContext portal = start(WebApplicationType.SERVLET,
				"spring.mail.host=smtp.ministry.example", "portal.mail.base-url=https://portal.ministry.example/")) {
			assertThat(portal.getBean(PublicAddress.class).url()).isEqualTo("https://portal.ministry.example");
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
		return new SpringApplicationBuilder(AddressOnly.class).web(web)
			.properties("server.port=0", "portal.embedded-db.enabled=false", "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	/**
	 * The portal's public address and the settings it is taken from, on a real server.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailSettings.class)
	@Import(PublicAddress.class)
	static class AddressOnly {

		@Bean
		TomcatServletWebServerFactory webServer() {
			return new TomcatServletWebServerFactory(0);
		}

	}

}
