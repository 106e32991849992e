package eu.balticaigf.portal.notification;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The portal's public address: where every link in an e-mail (and the check-in QR code)
 * starts. It is {@code portal.mail.base-url} when that is set. Without it, on the
 * embedded default (e-mails written as files and read on this machine), it is
 * {@code http://localhost} and the port the web server actually listens on, learnt when
 * the server starts. With a real SMTP server and no base URL, links would leave the
 * machine pointing at localhost, so the portal refuses to start and says which setting is
 * missing.
 */
@Component
public class PublicAddress {

	private final String configured;

	private volatile String served;

	PublicAddress(MailSettings settings, Environment environment) {
		this.configured = StringUtils.hasText(settings.baseUrl()) ? withoutTrailingSlash(settings.baseUrl().strip())
				: null;
		if (configured == null && MailTransports.smtpConfigured(environment)) {
			throw new MissingBaseUrl();
		}
		// A fixed port is known before the server starts (a message queued during
		// start-up needs it); port 0 is not.
		int port = environment.getProperty("server.port", Integer.class, 8080);
		this.served = port > 0 ? "http://localhost:" + port : null;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// A separate management server (its own namespace) does not serve the pages.
		if (event.getApplicationContext().getServerNamespace() == null) {
			served = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	/**
	 * The address without a trailing slash, e.g. {@code https://portal.example.lt}; a
	 * path is appended to it.
	 */
	public String url() {
		if (configured != null) {
			return configured;
		}
		if (served == null) {
			throw new IllegalStateException("The portal's address is not known before its web server has started");
		}
		return served;
	}

	private static String withoutTrailingSlash(String url) {
		return url.replaceAll("/+$", "");
	}

	/**
	 * Thrown at start-up when e-mails go out through SMTP and nobody said where the
	 * portal is.
	 */
	static final class MissingBaseUrl extends IllegalStateException {

		MissingBaseUrl() {
			super("E-mails go out through SMTP (spring.mail.host is set) but portal.mail.base-url (PORTAL_MAIL_BASE_URL) "
					+ "is not set: links in e-mails would point to localhost");
		}

	}

	/**
	 * Turns {@link MissingBaseUrl} into Spring Boot's "APPLICATION FAILED TO START"
	 * report instead of a stack trace.
	 */
	static final class MissingBaseUrlAnalyzer extends AbstractFailureAnalyzer<MissingBaseUrl> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, MissingBaseUrl cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"Set portal.mail.base-url (environment variable PORTAL_MAIL_BASE_URL) to the address people reach "
							+ "the portal at, e.g. https://portal.example.lt.",
					cause);
		}

	}

}
