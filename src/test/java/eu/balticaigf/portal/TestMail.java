package eu.balticaigf.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port, wired in as
 * {@code spring.mail.host}. Tests share it, so they look only at messages to their own
 * recipients.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + server().getSmtp().getPort());
	}

	/**
	 * Waits (up to 15 s) until {@code count} messages to {@code recipient} have arrived,
	 * and returns them.
	 */
	public static List<MimeMessage> awaitMessagesTo(String recipient, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		List<MimeMessage> found = messagesTo(recipient);
		while (found.size() < count && Instant.now().isBefore(deadline)) {
			sleep();
			found = messagesTo(recipient);
		}
		return found;
	}

	public static List<MimeMessage> messagesTo(String recipient) {
		return Arrays.stream(server().getReceivedMessages()).filter(message -> isTo(message, recipient)).toList();
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch(address -> address.toString().contains(recipient));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
