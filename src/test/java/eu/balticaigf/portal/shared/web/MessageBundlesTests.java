package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string exists in every language: a key missing in one bundle fails the
 * build.
 */
class MessageBundlesTests {

	static Stream<Arguments> translatedBundles() {
		return Arrays.stream(MessagesConfiguration.basenames())
			.flatMap(base -> Stream.of("lt", "pl", "lv", "et").map(language -> Arguments.of(base, language)));
	}

	@ParameterizedTest(name = "{0}_{1}")
	@MethodSource("translatedBundles")
	void bundleHasExactlyTheKeysOfTheEnglishOne(String base, String language) throws IOException {
		Properties english = Bundles.load(base + ".properties");
		Properties translated = Bundles.load(base + "_" + language + ".properties");

		Set<String> missing = new TreeSet<>(expectedKeys(english, language));
		missing.removeAll(translated.stringPropertyNames());
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(expectedKeys(english, language));

		assertThat(missing).as("keys missing in %s_%s", base, language).isEmpty();
		assertThat(extra).as("keys only in %s_%s", base, language).isEmpty();
		assertThat(translated.stringPropertyNames())
			.allSatisfy(key -> assertThat(translated.getProperty(key)).as("value of %s", key).isNotBlank());
	}

	/**
	 * MessageFormat reads a plain apostrophe in a message with arguments as the start of
	 * a quote, and drops it ("the organisations answer"): such messages use ’ or ''.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("everyBundle")
	void noApostropheIsLostInAMessageWithArguments(String name) throws IOException {
		Properties bundle = Bundles.load(name);
		assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
			String value = bundle.getProperty(key);
			if (value.matches("(?s).*\\{\\d.*")) {
				assertThat(value.replace("''", "")).as("%s in %s", key, name).doesNotContain("'");
			}
		});
	}

	static Stream<String> everyBundle() {
		return Arrays.stream(MessagesConfiguration.basenames())
			.flatMap(base -> Stream.of("", "_lt", "_pl", "_lv", "_et").map(suffix -> base + suffix + ".properties"));
	}

	/**
	 * The English keys, where a message with plural forms ({@code key.one} and
	 * {@code key.other} in English) has instead the forms this language uses
	 * ({@link Plurals#FORMS}: Polish has no "other" for whole numbers, Latvian a "zero").
	 */
	static Set<String> expectedKeys(Properties english, String language) {
		Set<String> keys = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String base = key.substring(0, Math.max(0, key.lastIndexOf('.')));
			boolean plural = english.containsKey(base + ".one") && english.containsKey(base + ".other")
					&& Plurals.FORMS.get("en").contains(key.substring(key.lastIndexOf('.') + 1));
			if (plural) {
				Plurals.FORMS.get(language).forEach(form -> keys.add(base + "." + form));
			}
			else {
				keys.add(key);
			}
		}
		return keys;
	}

	@Test
	void pluralFormsFollowTheLanguagesRules() {
		assertThat(forms("en", 0, 1, 2, 21)).containsExactly("other", "one", "other", "other");
		assertThat(forms("et", 0, 1, 2, 21)).containsExactly("other", "one", "other", "other");
		// Lithuanian: 1, 21, 101 one; 2–9, 22–29 few; 0, 10–20, 30 other.
		assertThat(forms("lt", 1, 21, 101, 2, 9, 22, 0, 10, 11, 19, 20, 30, 111)).containsExactly("one", "one", "one",
				"few", "few", "few", "other", "other", "other", "other", "other", "other", "other");
		// Polish: 1 one; 2–4, 22–24 few; 0, 5–21, 25–31, 112–114 many.
		assertThat(forms("pl", 1, 2, 4, 22, 24, 0, 5, 12, 14, 21, 25, 112, 1001)).containsExactly("one", "few", "few",
				"few", "few", "many", "many", "many", "many", "many", "many", "many", "many");
		// Latvian: 0, 10–20, 30 zero; 1, 21, 101 one (not 11); the rest other.
		assertThat(forms("lv", 0, 10, 11, 19, 30, 1, 21, 101, 2, 22, 111)).containsExactly("zero", "zero", "zero",
				"zero", "zero", "one", "one", "one", "other", "other", "zero");
	}

	@Test
	void aMessageWithACountReadsTheFormOfItsLanguage() {
		MessageSource messages = new MessagesConfiguration().messageSource();
		assertThat(messages.getMessage("review.queue.found", new Object[] { 1 }, Locale.ENGLISH))
			.isEqualTo("1 application found");
		assertThat(messages.getMessage("review.queue.found", new Object[] { 3 }, Locale.ENGLISH))
			.isEqualTo("3 applications found");
		Locale lt = Locale.forLanguageTag("lt");
		assertThat(messages.getMessage("review.queue.found", new Object[] { 21 }, lt)).isEqualTo("Rasta 21 paraiška");
		assertThat(messages.getMessage("review.queue.found", new Object[] { 3 }, lt)).isEqualTo("Rastos 3 paraiškos");
		assertThat(messages.getMessage("review.queue.found", new Object[] { 12 }, lt)).isEqualTo("Rasta 12 paraiškų");
		assertThat(messages.getMessage("review.queue.found", new Object[] { 25 }, Locale.forLanguageTag("pl")))
			.isEqualTo("Znaleziono 25 wniosków");
		assertThat(messages.getMessage("review.queue.found", new Object[] { 1 }, Locale.forLanguageTag("et")))
			.isEqualTo("Leiti 1 taotlus");
	}

	private static List<String> forms(String language, long... numbers) {
		return Arrays.stream(numbers).mapToObj(n -> Plurals.form(Locale.forLanguageTag(language), n)).toList();
	}

}
