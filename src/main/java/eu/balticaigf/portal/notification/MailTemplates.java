package eu.balticaigf.portal.notification;

import java.util.HashMap;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an e-mail's subject and its HTML and plain-text bodies in the recipient's
 * language. It has its own template engine so that the plain-text part is rendered in
 * TEXT mode, where nothing is HTML-escaped twice.
 */
@Component
class MailTemplates {

	record Rendered(String subject, String html, String text) {
	}

	private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");

	private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	MailTemplates(MessageSource messages, PublicAddress publicAddress) {
		this.messages = messages;
		this.publicAddress = publicAddress;
		this.html.setTemplateEngineMessageSource(messages);
		this.text.setTemplateEngineMessageSource(messages);
	}

	Rendered render(Email email) {
		Context context = context(email);
		return new Rendered(subject(email), html.process(email.template(), context),
				text.process(email.template(), context));
	}

	/**
	 * The subject and plain text only: what staff check before sending, without rendering
	 * the HTML part too.
	 */
	Outbox.Preview preview(Email email) {
		return new Outbox.Preview(subject(email), text.process(email.template(), context(email)));
	}

	private Context context(Email email) {
		Map<String, Object> variables = new HashMap<>(email.variables());
		variables.put("baseUrl", publicAddress.url());
		return new Context(email.locale(), variables);
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

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
