package eu.balticaigf.portal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.QueuedMail;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 §6: the reminder before the deadline that a person asks for when they save a
 * draft, as they tick it on the served form and as it arrives in their inbox.
 */
class DraftReminderTests extends PortalIntegrationTest {

	@Autowired
	DraftReminders reminders;

	@Autowired
	Calls calls;

	@Autowired
	DraftPersonalData personalData;

	/** A day before the demo call closes: past its reminders' time (3 days before). */
	private Instant dayBeforeTheDeadline() {
		return calls.find("demo").orElseThrow().closesAt().minus(Duration.ofDays(1));
	}

	private Form startedForm(Visitor visitor, String email) {
		return Forms.applicationForm(visitor).fill("organisationName", "UAB Priminimas").fill("contactEmail", email);
	}

	@Test
	void aDraftSavedWithTheBoxTickedGetsOneReminderWithALinkBackToIt() {
		String email = Forms.randomEmail();
		Visitor visitor = Visitor.at(port).speaking("lt");
		Page served = visitor.open("/calls/demo/apply");
		assertThat(served.byId("remindBeforeDeadline").hasAttr("checked")).isFalse();
		assertThat(served.textOf("label[for=remindBeforeDeadline]")).isEqualTo("Priminti prieš terminą");
		String when = served.byId("remindBeforeDeadline-hint").text();
		assertThat(when).contains("Išsaugoti ir grįžti vėliau");

		Page saved = startedForm(visitor, email).check("remindBeforeDeadline").submit("#save").followed();
		assertThat(saved.byId("reminder-message").text()).startsWith("Paprašėte priminimo");
		assertThat(reminders.sendDue(dayBeforeTheDeadline().minus(Duration.ofDays(3)))).as("not due yet").isZero();

		reminders.sendDue(dayBeforeTheDeadline());
		reminders.sendDue(dayBeforeTheDeadline().plus(Duration.ofMinutes(5)));

		Inbox.Mail reminder = Inbox.nth(email, 2);
		assertThat(reminder.subject()).isEqualTo("Priminimas: jūsų išsaugota paraiška dar nepateikta");
		assertThat(reminder.text()).contains("Prašėte priminti", "Kvietimas baigiasi");
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/resume",
				"application/draftReminder");
		Page resumed = Visitor.at(port).open(reminder.path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}"));
		assertThat(resumed.byId("organisationName").val()).isEqualTo("UAB Priminimas");
		assertThat(resumed.byId("remindBeforeDeadline").hasAttr("checked")).isTrue();
		String savedLink = Inbox.nth(email, 1).path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}");
		assertThat(Visitor.at(port).open(savedLink).status()).as("the first link still works").isEqualTo(200);

		assertThat(personalData.export(email)).singleElement().satisfies(draft -> {
			assertThat(draft.get("reminderRequestedAt")).isNotNull();
			assertThat(draft.get("reminderSentAt")).isNotNull();
		});
	}

	@Test
	void withoutTheBoxTickedNoReminderComes() {
		String email = Forms.randomEmail();
		Page saved = startedForm(Visitor.at(port), email).submit("#save").followed();
		assertThat(saved.has("#reminder-message")).isFalse();
		reminders.sendDue(dayBeforeTheDeadline());
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/resume");
	}

	@Test
	void aSubmittedApplicationGetsNoReminder() {
		String email = Forms.randomEmail();
		Visitor visitor = Visitor.at(port);
		Form form = Forms.fillValid(Forms.applicationForm(visitor), email).check("remindBeforeDeadline");
		form.submit("#save");
		Page check = form.submit("#continue").followed();
		check.form().submitAndFollow();
		reminders.sendDue(dayBeforeTheDeadline());
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/resume", "application/receipt");
	}

	@Test
	void twoNodesRunningTheJobAtOnceSendOneReminder() {
		String email = Forms.randomEmail();
		startedForm(Visitor.at(port), email).check("remindBeforeDeadline").submit("#save");
		Instant now = dayBeforeTheDeadline();
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> reminders.sendDue(now));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> reminders.sendDue(now));
		assertThat(first.join() + second.join()).isOne();
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/resume",
				"application/draftReminder");
	}

}
