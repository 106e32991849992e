package eu.balticaigf.portal.pages;

/** The answers people give on the portal's forms, filled in through the served form. */
public final class Journeys {

	private Journeys() {
	}

	/**
	 * An application submitted through the form, and the private link its receipt e-mail
	 * carries.
	 */
	public record Submitted(String reference, String privateLink) {
	}

	/**
	 * Applies to the demo call through its form, check page and confirmation, as a person
	 * does.
	 */
	public static Submitted apply(Visitor applicant, String email) {
		Page check = fillApplication(applicant.open("/calls/demo/apply").form("form[method=post]"), email)
			.submit("#continue")
			.followed();
		Page confirmation = check.form().submitAndFollow();
		String reference = confirmation.byId("application-reference").text();
		String privateLink = Inbox.nth(email, 1).path("/applications/" + reference + "/[A-Za-z0-9_-]+");
		return new Submitted(reference, privateLink);
	}

	/**
	 * A member of staff decides one application on its page: the decision e-mail is
	 * shown, then sent.
	 */
	public static Page decide(Visitor staff, String reference, String decision, String reason) {
		Page preview = staff.open("/staff/applications/" + reference)
			.form("form[action$='/move']")
			.choose("action", decision)
			.fill("reason", reason)
			.submit();
		return preview.form("form[action$='/bulk-decision/confirm']").submitAndFollow();
	}

	/**
	 * A complete, valid application (unique registry code), on the served application
	 * form.
	 */
	public static Form fillApplication(Form form, String email) {
		return form.fill("organisationName", "UAB „Neuronų tinklas“")
			.choose("country", "LT")
			.fill("registryCode", String.valueOf(100_000_000 + (long) (Math.random() * 899_999_999)))
			.fill("website", "https://neuronai.example.lt")
			.choose("category", "STARTUP")
			.choose("organisationSize", "SMALL")
			.fill("contactName", "Rūta Žemaitė")
			.fill("contactEmail", email)
			.check("contributionAreas", "DATA")
			.check("contributionAreas", "RESEARCH")
			.fill("investmentIntentEur", "2 500 000")
			.fill("computeDemandGpuHours", "100000")
			.fill("description", "Kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais.")
			.check("consentPrivacy");
	}

}
