package eu.balticaigf.portal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;

import org.springframework.context.MessageSource;

/**
 * An organisation as the directory shows it, with labels in the reader's language; the
 * codes stay for {@code data-} attributes. There is no field for a contact: the page
 * cannot show one.
 */
record ShownOrganisation(String name, String country, String countryName, String category, String categoryLabel,
		List<String> areaLabels, String profile, String website) {

	static ShownOrganisation of(Organisation organisation, MessageSource messages, Locale locale) {
		Map<String, String> countries = Applications.countryNames(locale);
		return new ShownOrganisation(organisation.name(), organisation.country(),
				countries.getOrDefault(organisation.country(), organisation.country()), organisation.category(),
				messages.getMessage("application.category." + organisation.category(), null, organisation.category(),
						locale),
				organisation.contributionAreas()
					.stream()
					.map(area -> messages.getMessage("application.area." + area, null, area, locale))
					.toList(),
				organisation.profile(), organisation.website());
	}

}
