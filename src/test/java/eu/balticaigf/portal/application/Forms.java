package eu.balticaigf.portal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helpers: unique identifiers, and a valid application filled in through the served
 * form, as a person does.
 */
final class Forms {

	private Forms() {
	}

	static String randomDigits(int length) {
		StringBuilder digits = new StringBuilder();
		digits.append(ThreadLocalRandom.current().nextInt(1, 10));
		while (digits.length() < length) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

	static String randomEmail() {
		return "applicant-" + randomDigits(12) + "@example.lt";
	}

	/** The demo call's application form, as served. */
	static Form applicationForm(Visitor visitor) {
		return visitor.open("/calls/demo/apply").form("form[method=post]");
	}

	/**
	 * Every answer of a valid application, with a unique registry code, as the form posts
	 * them.
	 */
	static Map<String, List<String>> valid(String email) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("organisationName", List.of("UAB „Ąžuolynas“"));
		answers.put("country", List.of("LT"));
		answers.put("registryCode", List.of(randomDigits(9)));
		answers.put("vatNumber", List.of("LT100001919017"));
		answers.put("pic", List.of("999 999 999"));
		answers.put("website", List.of("https://example.lt"));
		answers.put("category", List.of("STARTUP"));
		answers.put("organisationSize", List.of("SMALL"));
		answers.put("contactName", List.of("Jūratė Kazlauskienė"));
		answers.put("contactEmail", List.of(email));
		answers.put("contactPhone", List.of("8 612 34567"));
		answers.put("contributionAreas", List.of("DATA", "RESEARCH"));
		answers.put("investmentIntentEur", List.of("2 500 000"));
		answers.put("computeDemandGpuHours", List.of("100,000"));
		answers.put("description",
				List.of("Mes kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais."));
		answers.put("consentPrivacy", List.of("true"));
		return answers;
	}

	/** The same answers typed, chosen and ticked into the served form. */
	static Form fillValid(Form form, String email) {
		valid(email).forEach((field, values) -> {
			switch (field) {
				case "country", "category", "organisationSize" -> form.choose(field, values.get(0));
				case "contributionAreas" -> values.forEach(area -> form.check(field, area));
				case "consentPrivacy" -> form.check(field);
				default -> form.fill(field, values.get(0));
			}
		});
		return form;
	}

	/**
	 * An application on its way: the check page it reached, and after submitting, the
	 * confirmation.
	 */
	record Applied(Page check, Page confirmation, String reference, String privateLink) {
	}

	/**
	 * Sends a filled-in form through the check page and submits it, as a person does; the
	 * reference comes from the confirmation page and the private link from the receipt
	 * e-mail (the contact's first).
	 */
	static Applied submit(Form filled, String email) {
		Page check = filled.submit("#continue").followed();
		assertThat(check.heading()).as(check.text())
			.isIn("Check your answers before applying", "Prieš pateikdami patikrinkite atsakymus",
					"Sprawdź odpowiedzi przed złożeniem wniosku");
		Page confirmation = check.form().submitAndFollow();
		String reference = confirmation.byId("application-reference").text();
		String link = Inbox.nth(email, 1).path("/applications/" + reference + "/[A-Za-z0-9_-]{43}");
		return new Applied(check, confirmation, reference, link);
	}

	/**
	 * The amendment's check page after these changes to the served amendment form (a
	 * redirect followed).
	 */
	static Page changeAndCheck(Visitor visitor, String privateLink, UnaryOperator<Form> changes) {
		return changes.apply(visitor.open(privateLink + "/amend").form("form[method=post]"))
			.submit("#continue")
			.followed();
	}

	/**
	 * Amends through the form and its check page, and returns the application's page it
	 * ends on.
	 */
	static Page amend(Visitor visitor, String privateLink, UnaryOperator<Form> changes) {
		Page check = changeAndCheck(visitor, privateLink, changes);
		assertThat(check.has("#changes")).as(check.text()).isTrue();
		return check.form().submitAndFollow();
	}

	/**
	 * The question the served form asks for a field, as a person reads it: the legend of
	 * a group of choices, otherwise the label of the field (a consent box's own label).
	 */
	static String question(Page form, String field) {
		Element input = form.byId(field);
		boolean group = input.is("[type=radio], [type=checkbox]") && !field.startsWith("consent");
		Element question = group ? input.closest("fieldset").selectFirst("legend")
				: form.document().selectFirst("label[for=" + field + "]");
		assertThat(question).as("the question of " + field + " on " + form.path()).isNotNull();
		return question.text();
	}

	/** A valid application to the demo call, start to finish. */
	static Applied apply(Visitor visitor, String email) {
		return submit(fillValid(applicationForm(visitor), email), email);
	}

}
