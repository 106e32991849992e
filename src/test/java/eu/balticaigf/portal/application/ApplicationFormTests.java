package eu.balticaigf.portal.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.QueuedMail;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.shared.web.PostRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of the form, the window, duplicates, save and return, bots and the rate
 * limit: the form as served, filled in and posted as a browser does.
 */
@PortalTest
class ApplicationFormTests extends PortalIntegrationTest {

	/**
	 * Fields a person picks from what the page offers: other values only come from an
	 * edited page or a script.
	 */
	private static final Set<String> CHOICES = Set.of("country", "category", "organisationSize", "contributionAreas",
			"consentDirectory");

	@Autowired
	MeterRegistry meters;

	@Autowired
	PostRateLimiter limiter;

	Visitor visitor() {
		return Visitor.at(port);
	}

	@Test
	void formHasTheContractFieldsSectionsAndHints() {
		Page form = visitor().open("/calls/demo/apply");
		for (String field : List.of("organisationName", "country", "registryCode", "vatNumber", "pic", "website",
				"category", "organisationSize", "contactName", "contactEmail", "contactPhone", "contributionAreas",
				"investmentIntentEur", "computeDemandGpuHours", "description")) {
			assertThat(form.has("form [name=" + field + "]")).as(field).isTrue();
		}
		assertThat(form.has("input[name=category][value=PUBLIC_SECTOR]")).isTrue();
		assertThat(form.has("input[name=contributionAreas][value=USE_CASES]")).isTrue();
		assertThat(form.has("input[type=checkbox][name=consentPrivacy][value=true]")).isTrue();
		assertThat(form.has("input[type=checkbox][name=consentDirectory][value=true]")).isTrue();
		assertThat(form.has("#section-contact")).isTrue();
		assertThat(form.byId("organisationName-hint").text())
			.isEqualTo("The full legal name, as in the business register.");
		assertThat(form.text()).contains("(Vilnius)");
	}

	/**
	 * Issue 13 §17: the consent box says which notice it is about and leads to it
	 * (GOV.UK: the link says where).
	 */
	@Test
	void thePrivacyConsentLinksToTheNoticesSectionOnApplications() {
		Element label = visitor().open("/calls/demo/apply").document().selectFirst("label[for=consentPrivacy]");
		assertThat(label.text()).isEqualTo(
				"I have read the privacy notice and agree that the ministry processes these details to assess the application");
		Element link = label.selectFirst("a");
		assertThat(link).as("a link inside the consent's label").isNotNull();
		assertThat(link.attr("href")).isEqualTo("/privacy#applications");
		assertThat(link.text()).isEqualTo("privacy notice");

		Element lithuanian = visitor().speaking("lt")
			.open("/calls/demo/apply")
			.document()
			.selectFirst("label[for=consentPrivacy]");
		assertThat(lithuanian.text()).startsWith("Perskaičiau privatumo pranešimą ir sutinku");
		assertThat(lithuanian.selectFirst("a").text()).isEqualTo("privatumo pranešimą");
	}

	@Test
	void callPageHasAnApplyButtonWhileOpenAndALinkForLostLinksAlways() {
		Page open = visitor().open("/calls/demo");
		assertThat(open.byId("apply").attr("href")).isEqualTo("/calls/demo/apply");
		assertThat(open.byId("apply").text()).isEqualTo("Apply now");
		Page closed = visitor().open("/calls/baltic-aigf-2025");
		assertThat(closed.has("a[href='/calls/baltic-aigf-2025/apply']")).isFalse();
		for (Page call : List.of(open, closed)) {
			assertThat(call.byId("lost-link").text()).contains("lost your private link");
			assertThat(call.byId("lost-link").selectFirst("a").attr("href")).isEqualTo("/applications/lost-link");
		}
	}

	@Test
	void emptyFormListsEveryRequiredFieldInTheSummaryAndNextToIt() {
		Page errors = Forms.applicationForm(visitor()).submit("#continue");
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.title()).startsWith("Error: Apply to join the consortium");
		assertThat(errors.document().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly(
				"#organisationName", "#country", "#registryCode", "#category", "#organisationSize", "#contactName",
				"#contactEmail", "#contributionAreas", "#description", "#consentPrivacy");
		assertThat(errors.errorFor("organisationName")).isEqualTo("Enter the organisation’s name");
		assertThat(errors.errorFor("country")).isEqualTo("Choose the country where the organisation is registered");
		assertThat(errors.errorFor("registryCode")).isEqualTo("Enter the registry code");
		assertThat(errors.errorFor("category")).isEqualTo("Choose what kind of organisation it is");
		assertThat(errors.errorFor("organisationSize")).isEqualTo("Choose the size of the organisation");
		assertThat(errors.errorFor("contactName")).isEqualTo("Enter the contact person’s full name");
		assertThat(errors.errorFor("contactEmail")).isEqualTo("Enter an e-mail address");
		assertThat(errors.errorFor("contributionAreas"))
			.isEqualTo("Select at least one thing your organisation can contribute");
		assertThat(errors.errorFor("description")).isEqualTo("Describe your organisation and what it would do");
		assertThat(errors.errorFor("consentPrivacy"))
			.isEqualTo("Confirm that you have read the privacy notice and agree");
		assertThat(errors.byId("organisationName").closest(".govuk-form-group").hasClass("govuk-form-group--error"))
			.isTrue();
		assertThat(errors.byId("organisationName").attr("aria-describedby"))
			.isEqualTo("organisationName-hint organisationName-error");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "organisationName|x|The organisation’s name must be 2 to 200 characters",
			"registryCode|12345|Enter a Lithuanian legal entity code of 9 digits",
			"vatNumber|LT119511516|Enter a VAT number in the format of the country chosen",
			"pic|12|Enter a PIC of 9 digits", "website|ftp://x.lt|Enter a web address starting with http://",
			"category|HACKER|Choose “What kind of organisation is it?” from the options shown",
			"organisationSize|HUGE|Choose “Size of the organisation” from the options shown",
			"country|XX|Choose “Country of registration” from the options shown",
			"contactEmail|nope|Enter an e-mail address in the right format",
			"contactPhone|123|Enter a phone number that exists", "contributionAreas|EVERYTHING|from the options shown",
			"investmentIntentEur|12.5|Enter the investment as a whole number of euros",
			"investmentIntentEur|200 000 000 000|between 0 and 100 billion euros",
			"computeDemandGpuHours|lots|Enter the computing power as a whole number",
			"description|Short.|The description must be 50 to 4,000 characters",
			"consentDirectory|perhaps|Choose “List my organisation" })
	void eachRuleShowsItsMessageNextToTheFieldAndInTheSummary(String field, String value, String message) {
		Form form = Forms.fillValid(Forms.applicationForm(visitor()), Forms.randomEmail());
		if (CHOICES.contains(field)) {
			form.tamper(field, value);
		}
		else {
			form.fill(field, value);
		}
		Page errors = form.submit("#continue");
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.errorFor(field)).contains(message);
		assertThat(errors.document().select(".govuk-error-summary__list a[href=#" + field + "]").eachText())
			.singleElement()
			.asString()
			.contains(message);
	}

	@Test
	void aFormShownAgainKeepsEveryAnswerIncludingTheChosenCountry() {
		Page again = Forms.fillValid(Forms.applicationForm(visitor()), Forms.randomEmail())
			.choose("country", "NO")
			.fill("description", "Too short.")
			.submit("#continue");
		assertThat(again.document().select("#country option[selected]").eachAttr("value")).containsExactly("NO");
		assertThat(again.byId("description").text()).isEqualTo("Too short.");
		assertThat(again.byId("organisationName").val()).isEqualTo("UAB „Ąžuolynas“");
		assertThat(again.document().select("input[name=contributionAreas][checked]").eachAttr("value"))
			.containsExactly("DATA", "RESEARCH");
	}

	@Test
	void repeatedSingleValueIsAFieldErrorNotAServerError() {
		Page errors = Forms.fillValid(Forms.applicationForm(visitor()), Forms.randomEmail())
			.tamper("country", "LT", "PL")
			.tamper("organisationName", "UAB „Ąžuolynas“", "Second")
			.submit("#continue");
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.errorFor("country")).isEqualTo("Give only one answer for “Country of registration”");
		assertThat(errors.errorFor("organisationName")).isEqualTo("Give only one answer for “Organisation name”");
	}

	@Test
	void errorsAreInTheApplicantsLanguage() {
		Page errors = Forms.applicationForm(visitor().speaking("lt"))
			.fill("registryCode", "123")
			.choose("country", "LT")
			.submit("#continue");
		assertThat(errors.errorFor("registryCode")).isEqualTo("Įrašykite 9 skaitmenų Lietuvos juridinio asmens kodą");
		assertThat(errors.errorFor("organisationName")).isEqualTo("Įrašykite organizacijos pavadinimą");
		assertThat(errors.byId("organisationName-error").text()).startsWith("Klaida:");
	}

	/**
	 * Issue 13 §14: Back after the form must not ask to post it again, so the form's
	 * valid post is redirected.
	 */
	@Test
	void aValidFormAnswersARedirectToTheCheckPageNotAPage() {
		Form form = Forms.fillValid(Forms.applicationForm(visitor()), Forms.randomEmail());
		String draftId = form.value("draftId");
		Page answer = form.submit("#continue");
		assertThat(answer.status()).isIn(302, 303);
		assertThat(answer.location()).endsWith("/calls/demo/apply/check?draft=" + draftId);
		Page check = answer.followed();
		assertThat(check.heading()).isEqualTo("Check your answers before applying");
		assertThat(check.text()).contains("UAB „Ąžuolynas“");
		// Refreshing or coming Back to it is a plain GET, and the page is the same.
		assertThat(visitor().open(check.path()).heading()).isEqualTo("Check your answers before applying");
	}

	@Test
	void closedCallDoesNotServeTheFormAndSaysWhenItClosed() {
		Page closed = visitor().open("/calls/baltic-aigf-2025/apply");
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.byId("window-message").text())
			.isEqualTo("The call closed on 10 August 2025, 23:59 EEST (Vilnius). Applications are no longer accepted.");
		assertThat(closed.has("[name=organisationName]")).isFalse();
	}

	/**
	 * A form (and a check page) loaded while the call was open and sent after it closed:
	 * refused, and said so.
	 */
	@Test
	void postArrivingAfterTheCloseIsRefusedClearly() {
		String slug = "closing-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql(
				"""
						INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
						                  budget_eur, private_share_pct, planned_gpus, demo)
						VALUES (?, 'Baigiasi', 'Closing', 'Zamykany', 'Beidzas', 'Lõpeb', now() - interval '1 day',
						        now() + interval '1 day', 'Europe/Vilnius', 1, 50, 1, true)""")
			.param(slug)
			.update();
		String email = Forms.randomEmail();
		Visitor late = visitor();
		Form form = Forms.fillValid(late.open("/calls/" + slug + "/apply").form("form[method=post]"), email);
		Form check = Forms
			.fillValid(late.open("/calls/" + slug + "/apply").form("form[method=post]"), Forms.randomEmail())
			.submit("#continue")
			.followed()
			.form();
		jdbc.sql("UPDATE call SET closes_at = now() - interval '1 second' WHERE slug = ?").param(slug).update();

		Page tooLate = form.submit("#continue");
		assertThat(tooLate.status()).isEqualTo(409);
		assertThat(tooLate.heading()).isEqualTo("Your application arrived too late");
		Page submittedTooLate = check.submit();
		assertThat(submittedTooLate.status()).isEqualTo(409);
		assertThat(submittedTooLate.byId("window-message").text())
			.contains("before your application reached the portal");
		assertThat(jdbc.sql("SELECT count(*) FROM application a JOIN call c ON c.id = a.call_id WHERE c.slug = ?")
			.param(slug)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Marked demo so that the landing page keeps featuring the real call (the suite
	 * shares one database).
	 */
	@Test
	void upcomingCallSaysWhenItOpens() {
		jdbc.sql(
				"""
						INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
						                  budget_eur, private_share_pct, planned_gpus, demo)
						VALUES ('upcoming-intake-test', 'Būsimas', 'Upcoming', 'Przyszły', 'Nākamais', 'Tulevane',
						        '2099-01-10 09:00:00+02', '2099-02-10 23:59:59+02', 'Europe/Vilnius', 1, 50, 1, true)
						ON CONFLICT (slug) DO NOTHING""")
			.update();
		assertThat(visitor().open("/calls/upcoming-intake-test/apply").byId("window-message").text())
			.isEqualTo("Applications open on 10 January 2099, 09:00 EET (Vilnius).");
	}

	@Test
	void unknownCallIsNotFound() {
		assertThat(visitor().open("/calls/no-such-call/apply").status()).isEqualTo(404);
	}

	@Test
	void secondApplicationForTheSameOrganisationIsRefusedAndTheFirstContactIsTold() {
		String firstEmail = Forms.randomEmail();
		Form first = Forms.fillValid(Forms.applicationForm(visitor()), firstEmail);
		String code = first.value("registryCode");
		Forms.submit(first, firstEmail);

		String secondEmail = Forms.randomEmail();
		// The same code as typed differently: spaces do not make another organisation.
		Page check = Forms.fillValid(Forms.applicationForm(visitor()), secondEmail)
			.fill("registryCode", code.substring(0, 3) + " " + code.substring(3))
			.fill("organisationName", "Kita UAB")
			.submit("#continue")
			.followed();
		Page refused = check.form().submit();
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("registryCode"))
			.startsWith("An application for this organisation has already been made to this call");
		assertThat(refused.body()).doesNotContain("BAI-").doesNotContain(firstEmail);
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?")
			.param(secondEmail)
			.query(Long.class)
			.single()).isZero();

		Inbox.Mail notice = Inbox.nth(firstEmail, 2);
		assertThat(notice.subject()).startsWith("Someone tried to apply again for your organisation");
		assertThat(visitor().open(notice.path("/applications/BAI-[A-Z0-9-]{9}/[A-Za-z0-9_-]{43}")).status())
			.isEqualTo(200);
		assertThat(QueuedMail.templatesTo(jdbc, secondEmail)).isEmpty();
		assertThat(QueuedMail.templatesTo(jdbc, firstEmail)).containsExactly("application/receipt",
				"application/duplicate");
	}

	@Test
	void saveAndComeBackLaterMailsAResumeLink() {
		String email = Forms.randomEmail();
		Form form = Forms.applicationForm(visitor())
			.fill("organisationName", "UAB Pusiau užpildyta")
			.fill("contactEmail", email);
		String draftId = form.value("draftId");
		Page saved = form.submit("#save").followed();
		assertThat(saved.heading()).isEqualTo("Your application has been saved");
		assertThat(saved.byId("saved-message").text()).contains(email);

		String resume = Inbox.nth(email, 1).path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}");
		assertThat(jdbc.sql("SELECT resume_token_hash FROM application_draft WHERE id = ?::uuid")
			.param(draftId)
			.query(String.class)
			.single()).isEqualTo(SecureTokens.hash(resume.substring(resume.lastIndexOf('/') + 1)));
		Page resumed = visitor().open(resume);
		assertThat(resumed.text()).contains("Welcome back");
		assertThat(resumed.byId("organisationName").val()).isEqualTo("UAB Pusiau užpildyta");
		assertThat(resumed.form("form[method=post]").value("draftId")).isEqualTo(draftId);
		assertThat(visitor().open("/calls/demo/apply/resume/wrong-token").status()).isEqualTo(404);
	}

	/**
	 * Issue 15 QA: the saved page is a GET after a redirect, so a reload sends nothing;
	 * its language links keep it; it leads back to the call.
	 */
	@Test
	void theSavedPageIsReachedByARedirectSoAReloadSendsNothingAgain() {
		Visitor visitor = visitor();
		String email = Forms.randomEmail();
		Page answer = Forms.applicationForm(visitor)
			.fill("organisationName", "UAB Perkrauta")
			.fill("contactEmail", email)
			.submit("#save");
		assertThat(answer.isRedirect()).as("the answer to Save is a redirect, not the page").isTrue();
		Page saved = answer.followed();
		String resume = Inbox.nth(email, 1).path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}");
		assertThat(saved.path()).doesNotContain(resume.substring(resume.lastIndexOf('/') + 1));

		Page reloaded = visitor.open(saved.path());
		assertThat(reloaded.heading()).isEqualTo("Your application has been saved");
		assertThat(reloaded.byId("saved-message").text()).contains(email);
		assertThat(QueuedMail.templatesTo(jdbc, email)).containsExactly("application/resume");
		assertThat(visitor.open(resume).text()).contains("Welcome back");
		assertThat(reloaded.byId("back-to-call").attr("href")).isEqualTo("/calls/demo");

		Page inLithuanian = visitor.open(reloaded.document().selectFirst("a[hreflang=lt]").attr("href"));
		assertThat(inLithuanian.byId("saved-message").text()).contains(email);
	}

	/**
	 * Saving again from the resumed form keeps the link in use working; a link replaced
	 * by a newer one gets a page that says so, not a bare 404.
	 */
	@Test
	void savingAgainKeepsTheLinkInUseAndAnOutdatedLinkSaysANewerOneWasSent() {
		String email = Forms.randomEmail();
		Form first = Forms.applicationForm(visitor()).fill("contactEmail", email);
		first.submit("#save");
		String outdated = Inbox.nth(email, 1).path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}");
		// Back to the form and Save again: a new link is sent, the first one stops
		// working.
		first.submit("#save");
		String newer = Inbox.nth(email, 2).path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}");

		Page gone = visitor().open(outdated);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.heading()).isEqualTo("This link to your saved application no longer works");
		assertThat(gone.text()).contains("newer link");

		visitor().open(newer).form("form[method=post]").fill("organisationName", "UAB Vėl").submit("#save");
		assertThat(Inbox.nth(email, 3).path("/calls/demo/apply/resume/[A-Za-z0-9_-]{43}")).isEqualTo(newer);
		assertThat(visitor().open(newer).byId("organisationName").val()).isEqualTo("UAB Vėl");
	}

	/**
	 * A refused stamp names no button: Save may have been pressed.
	 */
	@Test
	void aTooQuickSaveIsAskedToPressTheButtonAgain() {
		Page again = Forms.applicationForm(visitor().speaking("pl"))
			.fill("contactEmail", Forms.randomEmail())
			.tamper("formSignature", "forged")
			.submit("#save");
		assertThat(again.byId("stamp-refused").text()).contains("ponownie naciśnij przycisk").doesNotContain("Dalej");
	}

	@Test
	void saveWithoutAnEmailAsksForOne() {
		Page errors = Forms.applicationForm(visitor()).submit("#save");
		assertThat(errors.errorFor("contactEmail")).contains("so that we can send you a link");
	}

	@Test
	void honeypotLooksLikeSuccessButStoresNothing() {
		double before = botCount("honeypot");
		String email = Forms.randomEmail();
		Form form = Forms.fillValid(Forms.applicationForm(visitor()), email).fill(BotGuard.HONEYPOT, "+37052000000");
		String draftId = form.value("draftId");
		Page fake = form.submit("#continue");
		assertThat(fake.heading()).isEqualTo("Application submitted");
		assertThat(fake.byId("application-reference").text()).startsWith("BAI-");
		assertThat(jdbc.sql("SELECT count(*) FROM application_draft WHERE id = ?::uuid")
			.param(draftId)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE contact_email = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();
		assertThat(botCount("honeypot")).isEqualTo(before + 1);
	}

	/**
	 * A person can post a stale or too-quick form too (autofill, an old tab): they get
	 * their answers back, kept.
	 */
	@Test
	void aFormWithoutAValidStampComesBackWithTheAnswersAndStoresNothing() {
		double before = botCount("forged");
		Form form = Forms.fillValid(Forms.applicationForm(visitor().speaking("lt")), Forms.randomEmail())
			.tamper("servedAt", "0")
			.tamper("formSignature", "forged");
		String draftId = form.value("draftId");
		Page again = form.submit("#continue");
		assertThat(again.byId("stamp-refused").text()).contains("dar kartą paspauskite mygtuką");
		assertThat(again.byId("organisationName").val()).isEqualTo("UAB „Ąžuolynas“");
		assertThat(again.body()).doesNotContain("BAI-");
		assertThat(jdbc.sql("SELECT count(*) FROM application_draft WHERE id = ?::uuid")
			.param(draftId)
			.query(Long.class)
			.single()).isZero();
		assertThat(botCount("forged")).isEqualTo(before + 1);
	}

	double botCount(String reason) {
		var counter = meters.find("portal.application.bot.rejected").tag("reason", reason).counter();
		return counter == null ? 0 : counter.count();
	}

	/**
	 * The limit is per client address, and the whole suite comes from one: these posts
	 * come from others.
	 */
	@Test
	void tooManyPostsFromOneAddressAreAnsweredWith429AndWhenToTryAgain() throws Exception {
		String address = "10.77." + Forms.randomDigits(2) + "." + Forms.randomDigits(2);
		MockHttpServletRequestBuilder post = ServedToken
			.from(ServedToken.post(mvc, "/calls/demo/apply").param("lang", "lt"), address);
		while (limiter.tryAcquire(address).allowed()) {
			// drain this address's bucket (it refills by the second: the post goes right
			// after)
		}
		MockHttpServletResponse limited = mvc.perform(post).andReturn().getResponse();
		assertThat(limited.getStatus()).isEqualTo(429);
		String retryAfter = limited.getHeader("Retry-After");
		assertThat(retryAfter).isNotBlank();
		Document page = Jsoup.parse(limited.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Per daug bandymų");
		assertThat(page.getElementById("retry-after").text())
			.isEqualTo("Palaukite " + retryAfter + " s ir pateikite formą dar kartą.");
		// Another address is not affected.
		mvc.perform(ServedToken.from(ServedToken.post(mvc, "/calls/demo/apply").param("lang", "lt"), "10.78.0.1"))
			.andExpect(status().isOk());
	}

}
