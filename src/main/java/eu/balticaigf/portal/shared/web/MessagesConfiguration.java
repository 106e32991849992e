package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Texts live beside the module that shows them: {@code messages.properties} for the
 * shared layout and {@code i18n/<module>.properties} for each module, each with
 * {@code _lt}, {@code _pl}, {@code _lv} and {@code _et} siblings. Bundles are found on
 * the classpath, so a new module needs no change here. The unsuffixed bundle is English
 * and the fallback for any other language.
 *
 * <p>
 * A message whose arguments include a count may have a key per plural form instead of one
 * ({@link Plurals}): {@code #{review.queue.found(${count})}} then reads
 * {@code review.queue.found.few} in Lithuanian for 3. Callers and templates ask for the
 * message as usual; the first number among the arguments chooses the form.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new PluralMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	static final class PluralMessageSource extends ResourceBundleMessageSource {

		/**
		 * Whether a code has plural forms, learnt once: a missing key costs an exception
		 * in ResourceBundle.
		 */
		private final Map<String, Boolean> plural = new ConcurrentHashMap<>();

		@Override
		protected String getMessageInternal(String code, Object[] args, Locale locale) {
			Number count = args == null ? null
					: (Number) Arrays.stream(args).filter(Number.class::isInstance).findFirst().orElse(null);
			if (code != null && count != null && locale != null && hasPluralForms(code)) {
				String form = super.getMessageInternal(code + "." + Plurals.form(locale, count.longValue()), args,
						locale);
				return form != null ? form : super.getMessageInternal(code + ".other", args, locale);
			}
			return super.getMessageInternal(code, args, locale);
		}

		private boolean hasPluralForms(String code) {
			return plural.computeIfAbsent(code, key -> resolveCodeWithoutArguments(key + ".one", Locale.ROOT) != null);
		}

	}

	/**
	 * {@code messages} and every {@code i18n/<module>} bundle found (the English files
	 * name them).
	 */
	static String[] basenames() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES);
			Stream<String> modules = Arrays.stream(found)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter(name -> !name.contains("_"))
				.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.sorted();
			return Stream.concat(Stream.of("messages"), modules).distinct().toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
