package eu.balticaigf.portal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;

import org.springframework.context.MessageSource;

/** A match as pages show it: the answering card and why it answers, in words. */
record ShownMatch(ShownCard card, boolean twoWay, List<String> reasons) {

	static ShownMatch of(Matches.Match match, String organisationName, MessageSource messages, Locale locale) {
		Map<String, String> countries = Applications.countryNames(locale);
		List<String> reasons = match.reasons().stream().map(reason -> {
			Object[] arguments = reason.arguments().stream().map(argument -> {
				if (argument instanceof Matches.Label label) {
					return messages.getMessage(label.key(), null, locale);
				}
				if (argument instanceof Matches.Countries shared) {
					return String.join(", ",
							shared.codes().stream().map(code -> countries.getOrDefault(code, code)).toList());
				}
				return argument;
			}).toArray();
			return messages.getMessage(reason.key(), arguments, locale);
		}).toList();
		return new ShownMatch(ShownCard.of(match.card(), organisationName, messages, locale), match.twoWay(), reasons);
	}

}
