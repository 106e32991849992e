package eu.balticaigf.portal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * What the form template needs: the values as typed, the choices, and each error's
 * message in the reader's language.
 */
final class FormModel {

	private FormModel() {
	}

	static void add(Model model, ApplicationForm form, List<ApplicationValidator.FieldError> errors,
			MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> texts = new LinkedHashMap<>();
		for (ApplicationValidator.FieldError error : errors) {
			texts.putIfAbsent(error.field(), message(error, messages, locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", texts);
		List<CountryOption> countries = Choices.countries(locale);
		model.addAttribute("consortiumCountries", countries.subList(0, Choices.CONSORTIUM_COUNTRIES));
		model.addAttribute("otherCountries", countries.subList(Choices.CONSORTIUM_COUNTRIES, countries.size()));
		model.addAttribute("categories", Choices.CATEGORIES);
		model.addAttribute("sizes", Choices.SIZES);
		model.addAttribute("areas", Choices.CONTRIBUTION_AREAS);
	}

	static String message(ApplicationValidator.FieldError error, MessageSource messages, Locale locale) {
		if (error.code().equals("single") || error.code().equals("choice")) {
			String label = ApplicationAnswers.question(messages, error.field(), locale);
			return messages.getMessage("application.error." + error.code(), new Object[] { label }, locale);
		}
		return messages.getMessage("application.error." + error.field() + "." + error.code(), null, locale);
	}

}
