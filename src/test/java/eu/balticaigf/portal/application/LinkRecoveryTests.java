package eu.balticaigf.portal.application;

import java.util.Locale;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.QueuedMail;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 §19: an applicant who lost the private link asks for a new one with the
 * contact address and the reference. The answer never tells whether the two belong
 * together; only the contact's inbox does.
 */
@PortalTest
class LinkRecoveryTests extends PortalIntegrationTest {

	@Autowired
	LinkRecovery recovery;

	@Autowired
	MeterRegistry meters;

	@Test
	void theContactGetsANewLinkAndTheAnswerIsTheSameWhetherOrNotTheyMatch() {
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms.apply(Visitor.at(port).speaking("lt"), email);
		assertThat(applied.confirmation().byId("lost-link").selectFirst("a").attr("href"))
			.isEqualTo("/applications/lost-link");
		double sent = requests("sent");
		double unmatched = requests("unmatched");

		Visitor lost = Visitor.at(port);
		Page form = lost.open("/calls/demo").click("Ask for a new link");
		assertThat(form.heading()).isEqualTo("Get a new link to your application");
		// As people type them: other capitals, spaces around.
		Page posted = form.form("form[method=post]")
			.fill("email", "  " + email.toUpperCase(Locale.ROOT) + " ")
			.fill("reference", applied.reference().toLowerCase(Locale.ROOT))
			.submit();
		assertThat(posted.status()).as("post/redirect/get").isIn(302, 303);
		Page matched = posted.followed();
		String answer = "If an application with this reference has this contact address, we have e-mailed a new private link to it.";
		assertThat(matched.byId("lost-link-answer").text()).isEqualTo(answer);

		Inbox.Mail mail = Inbox.nth(email, 2);
		assertThat(mail.subject()).as("in the application's language")
			.isEqualTo("Nauja nuoroda į paraišką " + applied.reference());
		String link = mail.path("/applications/" + applied.reference() + "/[A-Za-z0-9_-]{43}");
		assertThat(link).isNotEqualTo(applied.privateLink());
		assertThat(Visitor.at(port).open(link).heading()).isEqualTo("Application " + applied.reference());
		assertThat(Visitor.at(port).open(applied.privateLink()).status()).as("the old link still works").isEqualTo(200);

		String stranger = Forms.randomEmail();
		Page notMatched = lost.open("/applications/lost-link?reference=" + applied.reference())
			.form("form[method=post]")
			.fill("email", stranger)
			.submitAndFollow();
		assertThat(notMatched.byId("lost-link-answer").text()).isEqualTo(answer);
		Page unknown = lost.open("/applications/lost-link")
			.form("form[method=post]")
			.fill("email", email)
			.fill("reference", "BAI-2222-2222")
			.submitAndFollow();
		assertThat(unknown.text()).isEqualTo(notMatched.text()).isEqualTo(matched.text());

		assertThat(QueuedMail.templatesTo(jdbc, stranger)).isEmpty();
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/receipt", "application/link");
		assertThat(requests("sent")).isEqualTo(sent + 1);
		assertThat(requests("unmatched")).isEqualTo(unmatched + 2);
	}

	@Test
	void anAddressOrReferenceThatIsNotOneIsAFieldError() {
		Page errors = Visitor.at(port).open("/applications/lost-link").form("form[method=post]").submit();
		assertThat(errors.errorFor("email")).isEqualTo("Enter the contact person’s e-mail address");
		assertThat(errors.errorFor("reference")).isEqualTo("Enter the application’s reference");
		Page wrong = errors.form("form[method=post]").fill("email", "nobody").fill("reference", "12345").submit();
		assertThat(wrong.errorFor("email"))
			.isEqualTo("Enter an e-mail address in the right format, like name@example.lt");
		assertThat(wrong.errorFor("reference"))
			.isEqualTo("Enter the reference as it is written in the confirmation, like BAI-7K3M-Q9PX");
		assertThat(wrong.byId("reference").val()).isEqualTo("12345");
	}

	/**
	 * Each request e-mails the contact: a few an hour per address and reference, then the
	 * page says when to retry.
	 */
	@Test
	void oneAddressAndReferenceAreAnsweredAFewTimesAnHour() {
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms.apply(Visitor.at(port), email);
		Visitor lost = Visitor.at(port);
		for (int i = 0; i < 3; i++) {
			assertThat(ask(lost, email, applied.reference()).status()).isIn(302, 303);
		}
		Page limited = ask(lost, email, applied.reference());
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).contains("3600");
		assertThat(limited.byId("too-often").text()).contains(
				"A link was asked for too often from your connection or for this application. Try again in 60 minutes.");
		assertThat(limited.byId("email").val()).as("the answers stay").isEqualTo(email);

		assertThat(QueuedMail.templatesTo(jdbc, email)).as("the receipt and three links")
			.containsExactly("application/receipt", "application/link", "application/link", "application/link");
	}

	/**
	 * Someone guessing pairs from one address is slowed down, whatever pairs they try.
	 */
	@Test
	void oneClientIsAnsweredAFewTimesAnHourWhateverItAsksFor() {
		String client = "203.0.113." + Forms.randomDigits(2);
		for (int i = 0; i < 10; i++) {
			assertThat(recovery.request(Forms.randomEmail(), References.next(), client).outcome())
				.isEqualTo(LinkRecovery.Outcome.UNMATCHED);
		}
		assertThat(recovery.request(Forms.randomEmail(), References.next(), client).outcome())
			.isEqualTo(LinkRecovery.Outcome.LIMITED);
		assertThat(recovery.request(Forms.randomEmail(), References.next(), client + "1").outcome())
			.as("another client")
			.isEqualTo(LinkRecovery.Outcome.UNMATCHED);
	}

	static Page ask(Visitor visitor, String email, String reference) {
		Form form = visitor.open("/applications/lost-link").form("form[method=post]");
		return form.fill("email", email).fill("reference", reference).submit();
	}

	double requests(String outcome) {
		var counter = meters.find("portal.application.link.requests").tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

}
