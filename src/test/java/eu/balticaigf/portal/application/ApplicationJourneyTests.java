package eu.balticaigf.portal.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.QueuedMail;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.Formats;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey on the real PostgreSQL: form, check answers, submit, confirmation,
 * receipt e-mail.
 */
@PortalTest
class ApplicationJourneyTests extends PortalIntegrationTest {

	@Autowired
	Formats formats;

	@Test
	void validApplicationGoesThroughCheckAnswersToConfirmationAndReceipt() {
		String email = Forms.randomEmail();
		Form form = Forms.fillValid(Forms.applicationForm(Visitor.at(port)), email);
		String draftId = form.value("draftId");
		Forms.Applied applied = Forms.submit(form, email);

		assertThat(applied.check().text().replace('\u00a0', ' ')).contains("UAB „Ąžuolynas“", "+37061234567",
				"EUR 2 500 000", "LT100001919017", "Start-up", "Small", "Data", "Research", "Lithuania");
		assertThat(applied.check().byId("change-contact").attr("href"))
			.isEqualTo("/calls/demo/apply?draft=" + draftId + "#section-contact");
		assertThat(applied.confirmation().path()).isEqualTo("/calls/demo/apply/confirmation?draft=" + draftId);
		assertThat(applied.confirmation().text()).contains("Application submitted", "What happens next", "(Vilnius)");
		String reference = applied.reference();
		assertThat(reference).matches("BAI-[A-Z0-9]{4}-[A-Z0-9]{4}");

		assertThat(jdbc.sql("""
				SELECT status || '|' || organisation_name || '|' || contact_phone || '|' || investment_intent_eur || '|'
				    || compute_demand_gpu_hours || '|' || array_to_string(contribution_areas, ',') || '|'
				    || consent_privacy_version || '|' || language || '|' || pic
				FROM application WHERE reference = ?""").param(reference).query(String.class).single())
			.isEqualTo("SUBMITTED|UAB „Ąžuolynas“|+37061234567|2500000|100000|DATA,RESEARCH|2025-07-28|en|999999999");
		assertThat(jdbc.sql("SELECT count(*) FROM application_draft WHERE id = ?::uuid")
			.param(draftId)
			.query(Long.class)
			.single()).isZero();

		Inbox.Mail receipt = Inbox.nth(email, 1);
		assertThat(receipt.subject()).isEqualTo("Application received: " + reference);
		String token = applied.privateLink().substring(applied.privateLink().lastIndexOf('/') + 1);
		// Only the token's hash is stored.
		assertThat(jdbc.sql("SELECT access_token_hash FROM application WHERE reference = ?")
			.param(reference)
			.query(String.class)
			.single()).isEqualTo(SecureTokens.hash(token)).isNotEqualTo(token);

		Page own = Visitor.at(port).open(applied.privateLink());
		assertThat(own.text()).contains("UAB „Ąžuolynas“");
		assertThat(own.byId("application-status").text()).isEqualTo("Submitted");
	}

	/**
	 * Walk-through 16: the check page names each answer by the question the form asked,
	 * so that the person recognises what they answered.
	 */
	@Test
	void theCheckPageNamesEveryAnswerByTheFormsOwnQuestion() {
		String email = Forms.randomEmail();
		Page served = Visitor.at(port).open("/calls/demo/apply");
		Page check = Forms.fillValid(served.form("form[method=post]"), email).submit("#continue").followed();
		List<String> questions = Stream
			.of("organisationName", "country", "registryCode", "vatNumber", "pic", "website", "category",
					"organisationSize", "contactName", "contactEmail", "contactPhone", "contributionAreas",
					"investmentIntentEur", "computeDemandGpuHours", "description", "q.siteOffer", "consentPrivacy",
					"consentDirectory")
			.map(field -> Forms.question(served, field))
			.toList();
		assertThat(check.document().select(".govuk-summary-list__key").eachText()).isEqualTo(questions);
	}

	/**
	 * Issue 13 §20: the receipt says when the application arrived (with the zone) and
	 * carries a copy of the answers.
	 */
	@Test
	void theReceiptStatesTheTimeOfSubmissionAndCopiesTheAnswersInTheApplicantsLanguage() {
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms
			.submit(Forms.fillValid(Forms.applicationForm(Visitor.at(port).speaking("lt")), email), email);
		Instant submitted = jdbc.sql("SELECT submitted_at FROM application WHERE reference = ?")
			.param(applied.reference())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("lt"));
		String when;
		try {
			when = formats.dateTime(submitted, ZoneId.of("Europe/Vilnius"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		Inbox.Mail receipt = Inbox.nth(email, 1);
		assertThat(when).contains("(Vilniaus laiku)");
		// Lithuanian groups digits with a no-break space.
		String text = receipt.text().replace("\r\n", "\n").replace('\u00a0', ' ');
		assertThat(text).contains("Gauta " + when.replace('\u00a0', ' ') + ".")
			.contains("Jūsų atsakymai", "Jūsų organizacija", "Organizacijos pavadinimas\n  UAB „Ąžuolynas“",
					"Registracijos šalis\n  Lietuva", "Kokia tai organizacija?\n  Startuolis",
					"Kuo jūsų organizacija galėtų prisidėti?\n  Duomenys, Moksliniai tyrimai", "2 500 000 EUR",
					"Kontaktinis asmuo", "Vardas ir pavardė\n  Jūratė Kazlauskienė", "+37061234567")
			.doesNotContain("STARTUP", "RESEARCH", "SMALL");
		assertThat(receipt.html()).contains("Gauta " + when, "<th scope=\"row\"", "Organizacijos pavadinimas");
	}

	@Test
	void submittingTheSameDraftTwiceGivesTheSameApplication() {
		String email = Forms.randomEmail();
		Page check = Forms.fillValid(Forms.applicationForm(Visitor.at(port)), email).submit("#continue").followed();
		Form submit = check.form();
		Page first = submit.submitAndFollow();
		Page second = submit.submit();
		assertThat(second.isRedirect()).isTrue();
		assertThat(second.location()).endsWith(first.path());
		assertThat(second.followed().byId("application-reference").text())
			.isEqualTo(first.byId("application-reference").text());
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?")
			.param(email)
			.query(Long.class)
			.single()).isOne();
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/receipt");
	}

}
