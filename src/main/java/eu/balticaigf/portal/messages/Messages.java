package eu.balticaigf.portal.messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews and sends a message to an audience. Sending records the message under its
 * idempotency key and queues one outbox row per recipient in one transaction: all of them
 * or none, and never twice for one key.
 */
@Service
class Messages {

	/** The e-mail as one recipient of this language will receive it. */
	record LanguagePreview(String language, int recipients, String example, boolean written, String subject,
			String text) {
	}

	/** What sending would do now: how many receive it, and each language as sent. */
	record Preview(int recipients, List<LanguagePreview> languages) {
	}

	/**
	 * @param repeated true when the key was used before: nothing was sent this time
	 */
	record Sent(long id, boolean repeated) {
	}

	/** Nobody matches the audience's filter: nothing is sent. */
	static class NoRecipients extends RuntimeException {

		NoRecipients() {
			super("No recipient matches the filter");
		}

	}

	private final Audiences audiences;

	private final SentMessages store;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	Messages(Audiences audiences, SentMessages store, Outbox outbox, AuditLog audit, Clock clock) {
		this.audiences = audiences;
		this.store = store;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	Preview preview(Audience audience, MessageTexts texts) {
		Map<String, List<Recipient>> byLanguage = new LinkedHashMap<>();
		MessageForm.LANGUAGES.forEach(language -> byLanguage.put(language, new ArrayList<>()));
		List<Recipient> recipients = audiences.recipients(audience);
		recipients.forEach(recipient -> byLanguage.get(recipient.language()).add(recipient));
		List<LanguagePreview> languages = new ArrayList<>();
		byLanguage.forEach((language, people) -> {
			if (!people.isEmpty()) {
				Outbox.Preview mail = outbox.preview(email(people.get(0), audience, texts));
				languages.add(new LanguagePreview(language, people.size(), people.get(0).email(),
						texts.written(language), mail.subject(), mail.text()));
			}
		});
		return new Preview(recipients.size(), languages);
	}

	/**
	 * Sends the message to everyone the audience holds now, once per key.
	 * @throws NoRecipients when nobody matches (nothing is recorded)
	 */
	@Transactional
	Sent send(String key, Audience audience, MessageTexts texts, String sentBy) {
		Long id = store.insert(key, audience, texts, sentBy, clock.instant()).orElse(null);
		if (id == null) {
			return new Sent(store.idOf(key).orElseThrow(), true);
		}
		List<Recipient> recipients = audiences.recipients(audience);
		if (recipients.isEmpty()) {
			throw new NoRecipients();
		}
		// The text is the same for everyone of one language: rendered once per language,
		// queued once per person.
		Map<String, Outbox.Prepared> rendered = new HashMap<>();
		for (Recipient recipient : recipients) {
			Email email = email(recipient, audience, texts);
			Outbox.Prepared prepared = rendered.computeIfAbsent(recipient.language(),
					language -> outbox.prepare(email));
			outbox.enqueue(new Outbox.Prepared(email, prepared.subject(), prepared.html(), prepared.text()));
		}
		store.countRecipients(id, recipients.size());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("audience", audience.kind().name());
		after.put("slug", audience.slug());
		// Flat, under the names the audit page has labels for: an application's status
		// is its "stage" there.
		audience.filter()
			.forEach((field, value) -> after.put(field.equals("status") && audience.kind() == Audience.Kind.CALL
					? "stage" : field.equals("status") ? "registrationStatus" : field, value));
		after.put("recipients", recipients.size());
		after.put("subject", texts.subject(MessageTexts.ENGLISH));
		audit.record("messages.sent", AuditLog.Target.of("sent_message", id), null, after);
		return new Sent(id, false);
	}

	private static Email email(Recipient recipient, Audience audience, MessageTexts texts) {
		String language = recipient.language();
		Locale locale = Locale.forLanguageTag(language);
		Map<String, Object> variables = new HashMap<>();
		variables.put("subjectArgument", texts.subject(language));
		variables.put("paragraphs", MessageTexts.paragraphs(texts.body(language)));
		variables.put("body", texts.body(language));
		variables.put("about", "mail.messages.message.about." + audience.kind());
		variables.put("title", audience.title(locale));
		return new Email(recipient.email(), locale, "messages/message", variables);
	}

}
