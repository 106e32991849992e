package eu.balticaigf.portal.application;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.web.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk-through 18: an application has one name in each language (Polish: "wniosek", never
 * "zgłoszenie") from the home page to the e-mails, and the reader is addressed without
 * assuming a gender (Polish and Latvian past tenses and participles show one).
 */
@PortalTest
class ApplicantWordingTests extends PortalIntegrationTest {

	private static final Locale POLISH = Locale.forLanguageTag("pl");

	/**
	 * A Polish verb in the first or second person of the past tense ("zapoznałem się",
	 * "prosiłeś"): it says whether the reader is a man or a woman.
	 */
	private static final Pattern POLISH_GENDERED_PAST = Pattern
		.compile("(?iU)\\b\\w+ł(?:eś|aś|em\\s+się|am\\s+się)\\b");

	@Test
	void polishCallsAnApplicationAWniosekFromTheHomePageToTheReceipt() {
		String email = Forms.randomEmail();
		Visitor visitor = Visitor.at(port).speaking("pl");
		Page home = visitor.open("/");
		Page call = visitor.open("/calls/demo");
		Page form = visitor.open("/calls/demo/apply");
		Page errors = form.form("form[method=post]").submit("#continue");
		Forms.Applied applied = Forms.submit(Forms.fillValid(form.form("form[method=post]"), email), email);
		Inbox.Mail receipt = Inbox.nth(email, 1);

		assertThat(home.text()).contains("Złóż wniosek");
		assertThat(call.text()).contains("Złóż wniosek", "Wnioski przyjmujemy do");
		for (String text : List.of(home.text(), call.text(), form.text(), errors.text(), applied.check().text(),
				applied.confirmation().text(), receipt.subject(), receipt.text())) {
			assertThat(text.toLowerCase(POLISH)).as(text).doesNotContain("zgłosz");
		}
	}

	@Test
	void theConsentIsGivenInWordsThatFitEveryReader() {
		Page polish = Visitor.at(port).speaking("pl").open("/calls/demo/apply");
		assertThat(polish.textOf("label[for=consentPrivacy]")).isEqualTo(
				"Potwierdzam zapoznanie się z informacją o ochronie prywatności i zgadzam się na przetwarzanie tych danych przez ministerstwo w celu oceny wniosku");
		assertThat(polish.form("form[method=post]").submit("#continue").errorFor("consentPrivacy"))
			.isEqualTo("Potwierdź zapoznanie się z informacją o ochronie prywatności i wyraź zgodę");

		Page latvian = Visitor.at(port).speaking("lv").open("/calls/demo/apply");
		assertThat(latvian.textOf("label[for=consentPrivacy]")).isEqualTo(
				"Izlasīju privātuma paziņojumu un piekrītu, ka ministrija apstrādā šos datus pieteikuma izvērtēšanai");
		assertThat(latvian.form("form[method=post]").submit("#continue").errorFor("consentPrivacy"))
			.isEqualTo("Apstipriniet, ka izlasījāt privātuma paziņojumu un piekrītat");
	}

	/** Every Polish text the applicant can meet, not only those the journeys show. */
	@Test
	void noPolishTextOfTheApplicantsAssumesTheReadersGender() throws IOException {
		for (String bundle : List.of("messages_pl.properties", "i18n/application_pl.properties")) {
			Properties texts = Bundles.load(bundle);
			for (String key : texts.stringPropertyNames()) {
				assertThat(POLISH_GENDERED_PAST.matcher(texts.getProperty(key)).find())
					.as(bundle + " " + key + ": " + texts.getProperty(key))
					.isFalse();
			}
		}
	}

}
