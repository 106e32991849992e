package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string exists in every language: a key missing in one bundle fails the build. */
class MessageBundlesTests {

	static Stream<Arguments> translatedBundles() {
		return Arrays.stream(MessagesConfiguration.basenames())
			.flatMap(base -> Stream.of("lt", "pl", "lv", "et").map(language -> Arguments.of(base, language)));
	}

	@ParameterizedTest(name = "{0}_{1}")
	@MethodSource("translatedBundles")
	void bundleHasExactlyTheKeysOfTheEnglishOne(String base, String language) throws IOException {
		Properties english = load(base + ".properties");
		Properties translated = load(base + "_" + language + ".properties");

		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(translated.stringPropertyNames());
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());

		assertThat(missing).as("keys missing in %s_%s", base, language).isEmpty();
		assertThat(extra).as("keys only in %s_%s", base, language).isEmpty();
		assertThat(translated.stringPropertyNames())
			.allSatisfy(key -> assertThat(translated.getProperty(key)).as("value of %s", key).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
