package eu.balticaigf.portal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An e-mail to send, before rendering.
 *
 * @param to one recipient address (already validated by the caller's form)
 * @param locale the recipient's language; subject and body are rendered in it
 * @param template {@code <module>/<name>}, e.g. {@code application/receipt}: the jte
 * templates {@code <module>/mail/<name>.jte} (HTML, in {@code src/main/jte}; plain text,
 * in {@code src/main/jte-text}) and the subject key {@code mail.<module>.<name>.subject}
 * @param variables what the templates show; {@code baseUrl} (the {@link PublicAddress})
 * is added for absolute links
 * @param attachments files such as a calendar invitation; may be empty
 */
public record Email(String to, Locale locale, String template, Map<String, Object> variables,
		List<Attachment> attachments) {

	public Email(String to, Locale locale, String template, Map<String, Object> variables) {
		this(to, locale, template, variables, List.of());
	}

	public record Attachment(String filename, String contentType, byte[] content) {
	}

}
