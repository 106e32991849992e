package eu.balticaigf.portal.notification;

import java.util.HashMap;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Languages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an e-mail's subject and its HTML and plain-text bodies in the recipient's
 * language: {@code <module>/mail/<name>.jte} in {@code src/main/jte} (escaped as HTML)
 * and in {@code src/main/jte-text} (plain text, where nothing is escaped).
 */
@Component
class MailTemplates {

	record Rendered(String subject, String html, String text) {
	}

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	// The build compiles the HTML templates into the modules' packages, the plain-text
	// ones apart (pom.xml).
	private final TemplateEngine htmlTemplates = TemplateEngine.createPrecompiled(null, ContentType.Html,
			MailTemplates.class.getClassLoader(), "eu.balticaigf.portal");

	private final TemplateEngine textTemplates = TemplateEngine.createPrecompiled(null, ContentType.Plain,
			MailTemplates.class.getClassLoader(), "gg.jte.generated.text");

	MailTemplates(MessageSource messages, PublicAddress publicAddress) {
		this.messages = messages;
		this.publicAddress = publicAddress;
	}

	Rendered render(Email email) {
		String name = jteName(email);
		Map<String, Object> variables = variables(email);
		return Languages.inLocale(email.locale(), () -> new Rendered(subject(email),
				render(htmlTemplates, name, variables), render(textTemplates, name, variables)));
	}

	/**
	 * The subject and plain text only: what staff check before sending, without rendering
	 * the HTML part too.
	 */
	Outbox.Preview preview(Email email) {
		return Languages.inLocale(email.locale(),
				() -> new Outbox.Preview(subject(email), render(textTemplates, jteName(email), variables(email))));
	}

	/**
	 * {@code meeting/confirmed} is {@code meeting/mail/confirmed.jte}: each module keeps
	 * its e-mails.
	 */
	private static String jteName(Email email) {
		return email.template().replaceFirst("/", "/mail/") + ".jte";
	}

	private Map<String, Object> variables(Email email) {
		Map<String, Object> variables = new HashMap<>(email.variables());
		variables.put("baseUrl", publicAddress.url());
		return variables;
	}

	private static String render(TemplateEngine engine, String name, Map<String, Object> variables) {
		StringOutput output = new StringOutput();
		engine.render(name, variables, output);
		return output.toString();
	}

	private String subject(Email email) {
		Object[] subjectArguments = { email.variables().get("subjectArgument") };
		return singleLine(messages.getMessage("mail." + email.template().replace('/', '.') + ".subject",
				subjectArguments, email.locale()));
	}

	/** A line break in a subject would start a new header: never let one through. */
	static String singleLine(String value) {
		return value.replaceAll("[\\r\\n\\t]+", " ").strip();
	}

}
