package eu.balticaigf.portal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 15 §6: one reminder before the deadline to a person who saved a draft and asked
 * for one, {@code portal.call.draft-reminder-before} before the call's window closes, in
 * the draft's language, with a link to resume it. A draft that was submitted or erased is
 * gone, so it gets none; a draft saved after the reminder's time gets none either (the
 * form no longer offers it).
 */
@Service
class DraftReminders {

	private static final Logger log = LoggerFactory.getLogger(DraftReminders.class);

	private final ApplicationStore store;

	private final Calls calls;

	private final Intake intake;

	private final Outbox outbox;

	private final Clock clock;

	private final Duration before;

	DraftReminders(ApplicationStore store, Calls calls, Intake intake, Outbox outbox, Clock clock,
			@Value("${portal.call.draft-reminder-before:3d}") Duration before) {
		this.store = store;
		this.calls = calls;
		this.intake = intake;
		this.outbox = outbox;
		this.clock = clock;
		this.before = before;
	}

	/** When a reminder asked for now would go out; empty when that time has passed. */
	Optional<Instant> remindAt(Call call) {
		Instant at = call.closesAt().minus(before);
		return clock.instant().isBefore(at) ? Optional.of(at) : Optional.empty();
	}

	@Scheduled(fixedDelayString = "${portal.application.draft-reminder-interval:5m}", initialDelayString = "1m")
	@Transactional
	public int sendDue() {
		return sendDue(clock.instant());
	}

	/**
	 * Claims and queues the reminders due at {@code now} in one transaction: a crash
	 * sends nothing and leaves them unclaimed; another node finds them claimed.
	 */
	@Transactional
	int sendDue(Instant now) {
		int sent = 0;
		for (Call call : calls.all()) {
			Instant due = call.closesAt().minus(before);
			if (!call.isOpenAt(now) || now.isBefore(due)) {
				continue;
			}
			for (ApplicationStore.DueReminder draft : store.claimReminders(call.id(), due, now)) {
				sent += remind(call, draft) ? 1 : 0;
			}
		}
		if (sent > 0) {
			log.info("Queued {} draft reminders", sent);
		}
		return sent;
	}

	private boolean remind(Call call, ApplicationStore.DueReminder draft) {
		String email = ApplicationValidator.email(draft.form().value("contactEmail"));
		if (email == null) {
			// The address was changed to something unusable after the save: nobody to
			// tell.
			return false;
		}
		String token = SecureTokens.newToken();
		store.setReminderToken(draft.id(), SecureTokens.hash(token));
		Locale locale = Locale.forLanguageTag(draft.language().strip());
		Map<String, Object> variables = intake.mailVariables(call, locale);
		variables.put("link", "/calls/" + call.slug() + "/apply/resume/" + token);
		outbox.enqueue(new Email(email, locale, "application/draftReminder", variables));
		return true;
	}

}
