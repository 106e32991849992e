package eu.balticaigf.portal.review;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reconsideration how a declined applicant asks for the decision to be
 * reconsidered, by language ({@code portal.review.reconsideration.lt=…}); a language
 * without one gets the portal's own text ({@code mail.review.declined.reconsideration}),
 * which asks them to reply to the e-mail within 30 days
 * @param answerDays the default time an applicant has to answer an information request,
 * in days
 */
@ConfigurationProperties("portal.review")
record ReviewSettings(Map<String, String> reconsideration, @DefaultValue("14") int answerDays) {

	ReviewSettings {
		reconsideration = reconsideration == null ? Map.of() : Map.copyOf(reconsideration);
	}

	/**
	 * The ministry's own text for this language, or null (then the message key's default
	 * applies).
	 */
	String reconsideration(Locale locale) {
		String text = reconsideration.get(locale.getLanguage());
		return text == null || text.isBlank() ? null : text.strip();
	}

}
