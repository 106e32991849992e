package eu.balticaigf.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on the real (embedded) PostgreSQL, on a random port. Every integration
 * test uses exactly this annotation, so Spring builds the context once and the suite
 * shares it, one database server and one SMTP server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		// Blank: throw-away data for the test run, never the developer's ./data.
		"portal.embedded-db.dir=", "app.bootstrap.admin-email=" + PortalTest.ADMIN_EMAIL,
		"app.bootstrap.admin-password=" + PortalTest.ADMIN_PASSWORD, "app.bootstrap.api-token=" + PortalTest.API_TOKEN,
		"portal.mail.poll-interval=200ms", "portal.mail.first-retry=1s", "portal.mail.max-attempts=3",
		// GreenMail is a real SMTP server, so the portal needs its public address
		// (PublicAddress); as behind a proxy,
		// it is not the address the test server listens on: tests follow the paths of
		// links in e-mails.
		"portal.mail.base-url=" + PortalTest.PUBLIC_ADDRESS,
		// Tests post forms at machine speed: the bot rule is tested on its own
		// (BotGuardTests), the rate limit with
		// its own address (RateLimitTests); the whole suite comes from one address.
		"portal.bot.min-fill-seconds=0", "portal.rate-limit.burst=1000000",
		// Off only here, so that every module's tests can sign in as the bootstrap admin
		// with a password alone;
		// the staff module's own tests prove the default (on) and enrol second factors
		// explicitly.
		"portal.staff.require-second-factor-for-admin=false",
		// Dossier tests take the queued jobs themselves (DossierJobs.runOnce), so that
		// the poller never races them.
		"portal.dossier.poll-interval=1h" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestMail.class)
public @interface PortalTest {

	String ADMIN_EMAIL = "admin@ministry.test";

	String ADMIN_PASSWORD = "correct horse battery staple";

	String API_TOKEN = "test-automation-token-0123456789abcdef";

	String PUBLIC_ADDRESS = "https://portal.test";

}
