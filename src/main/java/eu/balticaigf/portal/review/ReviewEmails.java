package eu.balticaigf.portal.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Languages;

/**
 * The e-mails the review sends an applicant, in their language: a decision, a question, a
 * decision taken back. Built in one place so that the preview staff check before sending
 * is the e-mail that is sent. The internal reason of a move is never among their
 * variables; only the message staff write for the applicant is.
 */
@Component
class ReviewEmails {

	private final ReviewSettings settings;

	private final Formats formats;

	private final ApplicationCalls calls;

	ReviewEmails(ReviewSettings settings, Formats formats, ApplicationCalls calls) {
		this.settings = settings;
		this.formats = formats;
		this.calls = calls;
	}

	/**
	 * The decision e-mail. A decline says how far the review went, from the status the
	 * application was in: one declined before anyone looked at it (a bulk decline of the
	 * unreviewed) does not claim a careful review. It also says how to ask for
	 * reconsideration.
	 */
	Email decision(StoredApplication application, ApplicationStatus decision, String message) {
		Map<String, Object> variables = common(application, message);
		variables.put("organisation", application.data().organisationName());
		if (decision == ApplicationStatus.ACCEPTED) {
			return email(application, "review/accepted", variables);
		}
		variables.put("bodyKey", "mail.review.declined.body." + switch (application.status()) {
			case SUBMITTED -> "unreviewed";
			case ELIGIBILITY_CHECK -> "checked";
			default -> "reviewed";
		});
		variables.put("reconsideration", settings.reconsideration(locale(application)));
		return email(application, "review/declined", variables);
	}

	/**
	 * The question, its answer-by time in the call's zone, and the private link to the
	 * page where it is answered.
	 */
	Email question(StoredApplication application, String question, Instant answerBy, String privateLink) {
		Map<String, Object> variables = common(application, question);
		variables.put("answerBy",
				Languages.inLocale(locale(application), () -> formats.dateTime(answerBy, calls.zoneOf(application))));
		variables.put("link", privateLink + "/answer?lang=" + application.language());
		return email(application, "review/question", variables);
	}

	/**
	 * The decision is taken back: the application is under review again, and a new
	 * decision will follow.
	 */
	Email reopened(StoredApplication application, String message) {
		return email(application, "review/reopened", common(application, message));
	}

	private Map<String, Object> common(StoredApplication application, String message) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subjectArgument", application.reference());
		variables.put("reference", application.reference());
		variables.put("name", addressee(application));
		variables.put("message", message == null || message.isBlank() ? null : message.strip());
		return variables;
	}

	private static Email email(StoredApplication application, String template, Map<String, Object> variables) {
		return new Email(application.data().contactEmail(), locale(application), template, variables);
	}

	private static Locale locale(StoredApplication application) {
		return Locale.forLanguageTag(application.language());
	}

	private static String addressee(StoredApplication application) {
		String contact = application.data().contactName();
		return contact == null || contact.isBlank() ? application.data().organisationName() : contact;
	}

}
