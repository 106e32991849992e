package eu.balticaigf.portal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * What the form template needs: the values as typed, the choices with their labels, and
 * each error's message in the reader's language.
 */
final class FormModel {

	private FormModel() {
	}

	static void add(Model model, ApplicationForm form, List<ApplicationValidator.FieldError> errors,
			MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		FieldErrors problems = FieldErrors.none();
		for (ApplicationValidator.FieldError error : errors) {
			problems.add(error.field(), message(error, messages, locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		List<CountryOption> countries = Choices.countries(locale);
		Map<String, List<Option>> groups = new LinkedHashMap<>();
		groups.put(messages.getMessage("application.country.consortium", null, locale),
				countryOptions(countries.subList(0, Choices.CONSORTIUM_COUNTRIES)));
		groups.put(messages.getMessage("application.country.others", null, locale),
				countryOptions(countries.subList(Choices.CONSORTIUM_COUNTRIES, countries.size())));
		model.addAttribute("countries", groups);
		model.addAttribute("categories", options(Choices.CATEGORIES, "application.category.", false, messages, locale));
		model.addAttribute("sizes", options(Choices.SIZES, "application.size.", true, messages, locale));
		model.addAttribute("areas", options(Choices.CONTRIBUTION_AREAS, "application.area.", false, messages, locale));
	}

	private static List<Option> countryOptions(List<CountryOption> countries) {
		return countries.stream().map(country -> new Option(country.code(), country.name())).toList();
	}

	private static List<Option> options(List<String> values, String prefix, boolean withHint, MessageSource messages,
			Locale locale) {
		return values.stream()
			.map(value -> new Option(value, messages.getMessage(prefix + value, null, locale),
					withHint ? messages.getMessage(prefix + value + ".hint", null, locale) : null))
			.toList();
	}

	static String message(ApplicationValidator.FieldError error, MessageSource messages, Locale locale) {
		if (error.code().equals("single") || error.code().equals("choice")) {
			String label = ApplicationAnswers.question(messages, error.field(), locale);
			return messages.getMessage("application.error." + error.code(), new Object[] { label }, locale);
		}
		return messages.getMessage("application.error." + error.field() + "." + error.code(), null, locale);
	}

}
