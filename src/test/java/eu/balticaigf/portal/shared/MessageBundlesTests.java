package eu.balticaigf.portal.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import eu.balticaigf.portal.shared.web.Languages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string exists in every language: a key missing in one bundle fails the build. */
class MessageBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "lt", "pl", "lv", "et" })
	void bundleHasExactlyTheKeysOfTheEnglishOne(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");

		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(translated.stringPropertyNames());
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());

		assertThat(missing).as("keys missing in messages_%s", language).isEmpty();
		assertThat(extra).as("keys only in messages_%s", language).isEmpty();
		assertThat(translated.stringPropertyNames()).allSatisfy(
				key -> assertThat(translated.getProperty(key)).as("value of %s", key).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "lt", "pl", "lv", "et" })
	void everyLanguageIsServed(String language) {
		assertThat(Languages.CODES).contains(language);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
