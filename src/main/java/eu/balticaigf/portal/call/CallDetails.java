package eu.balticaigf.portal.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.Languages;

/**
 * What staff write about a call beyond its window and targets: its texts, who may apply,
 * the countries taking part, questions and answers, and links. Texts are maps of language
 * code to text; a description is in the small Markdown subset of {@link Markdown}.
 */
record CallDetails(Map<String, String> descriptions, String contactEmail, List<String> eligibleCountries,
		List<String> categories, List<String> contributionAreas, List<Membership> countries, List<Faq> faq,
		List<Link> links) {

	static final CallDetails EMPTY = new CallDetails(Map.of(), null, List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of());

	/**
	 * A country of the consortium: when it joined (null: from the start) and when it left
	 * (null: still taking part).
	 */
	record Membership(String country, LocalDate joined, LocalDate left) {

		boolean takesPartOn(LocalDate day) {
			return (joined == null || !joined.isAfter(day)) && (left == null || left.isAfter(day));
		}

	}

	/** A question and its answer, each in every language. */
	record Faq(Map<String, String> question, Map<String, String> answer) {

		String question(Locale locale) {
			return in(question, locale);
		}

		String answer(Locale locale) {
			return in(answer, locale);
		}

	}

	/** A link (http or https only) with its label in every language. */
	record Link(String url, Map<String, String> label) {

		String label(Locale locale) {
			return in(label, locale);
		}

	}

	String description(Locale locale) {
		return in(descriptions, locale);
	}

	/** The countries taking part on a day, in the call's order. */
	List<String> countriesOn(LocalDate day) {
		return countries.stream().filter(member -> member.takesPartOn(day)).map(Membership::country).toList();
	}

	private static String in(Map<String, String> texts, Locale locale) {
		String text = texts.get(Languages.supported(locale).getLanguage());
		return text == null || text.isBlank() ? texts.get("en") : text;
	}

}
