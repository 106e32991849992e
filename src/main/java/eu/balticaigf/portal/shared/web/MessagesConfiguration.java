package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Texts live beside the module that shows them: {@code messages.properties} for the shared layout and
 * {@code i18n/<module>.properties} for each module, each with {@code _lt}, {@code _pl}, {@code _lv} and {@code _et}
 * siblings. Bundles are found on the classpath, so a new module needs no change here. The unsuffixed bundle is
 * English and the fallback for any other language.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	/** {@code messages} and every {@code i18n/<module>} bundle found (the English files name them). */
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
