package eu.balticaigf.portal.pages;

/** The answers people give on the portal's forms, filled in through the served form. */
public final class Journeys {

	private Journeys() {
	}

	/** A complete, valid application (unique registry code), on the served application form. */
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
