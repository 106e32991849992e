package eu.balticaigf.portal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where a rendered message goes: an SMTP server, or files on the embedded default. */
interface MailTransport {

	void send(MimeMessage message) throws MessagingException;

}
