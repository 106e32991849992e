package eu.balticaigf.portal.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * SMTP when {@code spring.mail.host} is set; otherwise each message becomes an .eml file
 * in {@code portal.mail.dir}.
 */
@Configuration(proxyBeanMethods = false)
class MailTransports {

	private static final Logger log = LoggerFactory.getLogger(MailTransports.class);

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail looks its stream provider up with a ServiceLoader scan of the
		// classpath for every message part
		// it encodes (8 % of the CPU in the surge profile); naming the implementation
		// skips the scan.
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	@Bean
	MailTransport mailTransport(Environment environment, ObjectProvider<JavaMailSender> sender, MailSettings settings) {
		if (smtpConfigured(environment)) {
			return smtp(sender.getObject());
		}
		log.info("No SMTP host configured: e-mails are written as .eml files to {}", settings.dir().toAbsolutePath());
		return message -> {
			try {
				Path dir = Files.createDirectories(settings.dir());
				String name = message.getMessageID().replaceAll("[^A-Za-z0-9@.-]", "") + ".eml";
				// Write then rename, so a reader never sees half a message.
				Path partial = dir.resolve(name + ".part");
				try (OutputStream out = Files.newOutputStream(partial)) {
					message.writeTo(out);
				}
				Files.move(partial, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				throw new MessagingException("Could not write the message file", ex);
			}
		};
	}

	static boolean smtpConfigured(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.mail.host"));
	}

	static MailTransport smtp(JavaMailSender smtp) {
		return message -> {
			try {
				smtp.send(message);
			}
			catch (MailException ex) {
				throw new MessagingException(ex.getMessage(), ex);
			}
		};
	}

}
