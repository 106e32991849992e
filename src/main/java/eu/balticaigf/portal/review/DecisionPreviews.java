package eu.balticaigf.portal.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.audit.AuditLog;

/**
 * The step before a decision, single or in bulk: each applicant's e-mail as it will be
 * sent, in their language, or why that application cannot be decided; nothing changes
 * yet. The internal reason and the message for the applicant travel on to the
 * confirmation as hidden fields.
 */
@Component
class DecisionPreviews {

	static final String VIEW = "review/bulk";

	/** An e-mail as the applicant will read it, for the preview. */
	record Preview(String reference, String organisation, String email, String language, String subject, String body,
			String refusal, boolean unreviewed) {
	}

	private final Applications applications;

	private final Conflicts conflicts;

	private final Outbox outbox;

	private final ReviewEmails emails;

	private final MessageSource messages;

	DecisionPreviews(Applications applications, Conflicts conflicts, Outbox outbox, ReviewEmails emails,
			MessageSource messages) {
		this.applications = applications;
		this.conflicts = conflicts;
		this.outbox = outbox;
		this.emails = emails;
		this.messages = messages;
	}

	static ApplicationStatus decision(String value) {
		return ApplicationStatus.parse(value).filter(ApplicationStatus::decided).orElse(null);
	}

	/**
	 * The preview page for these references, or the page's problems (nothing chosen, no
	 * reason).
	 */
	String show(List<String> references, String decision, String reason, String message, Model model, Locale locale) {
		String reader = AuditLog.currentActor();
		ApplicationStatus chosen = decision(decision);
		List<String> problems = new ArrayList<>();
		if (references == null || references.isEmpty()) {
			problems.add(messages.getMessage("review.bulk.noneSelected", null, locale));
		}
		if (chosen == null) {
			problems.add(messages.getMessage("review.bulk.noDecision", null, locale));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(messages.getMessage("review.move.reasonRequired", null, locale));
		}
		List<Preview> previews = new ArrayList<>();
		if (problems.isEmpty()) {
			List<String> unavailable = new ArrayList<>();
			for (String reference : new LinkedHashSet<>(references)) {
				applications.find(reference)
					.filter(application -> !conflicts.conflicted(reader, application))
					.ifPresentOrElse(application -> previews.add(preview(application, chosen, reason, message, locale)),
							() -> unavailable.add(reference));
			}
			if (!unavailable.isEmpty()) {
				problems.add(messages.getMessage("review.bulk.unavailable",
						new Object[] { String.join(", ", unavailable) }, locale));
			}
			if (previews.stream().allMatch(preview -> preview.refusal() != null)) {
				problems.add(messages.getMessage("review.bulk.nothingToDecide", null, locale));
			}
		}
		long decidable = previews.stream().filter(preview -> preview.refusal() == null).count();
		model.addAttribute("problems", problems);
		model.addAttribute("previews", previews);
		model.addAttribute("decidable", decidable);
		model.addAttribute("unreviewed",
				previews.stream().filter(preview -> preview.refusal() == null && preview.unreviewed()).count());
		model.addAttribute("decision", chosen == null ? null : chosen.name());
		model.addAttribute("reason", reason);
		model.addAttribute("message", message);
		return VIEW;
	}

	/**
	 * The e-mail rendered by the outbox exactly as it will be stored; why not, in the
	 * reader's language.
	 */
	private Preview preview(StoredApplication application, ApplicationStatus decision, String reason, String message,
			Locale readerLocale) {
		String refusal = null;
		try {
			Review.judge(
					application.reference(), application.status(), decision == ApplicationStatus.ACCEPTED
							? ApplicationStatus.Transition.ACCEPT : ApplicationStatus.Transition.DECLINE,
					reason, message);
		}
		catch (IllegalMove ex) {
			refusal = ex.message(messages, readerLocale);
		}
		Outbox.Preview mail = outbox.preview(emails.decision(application, decision, message));
		return new Preview(application.reference(), application.data().organisationName(),
				application.data().contactEmail(), application.language(), mail.subject(), mail.text(), refusal,
				application.status() == ApplicationStatus.SUBMITTED);
	}

}
