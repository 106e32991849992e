package eu.balticaigf.portal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import eu.balticaigf.portal.application.Applications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What no served page may do, whoever it is for: show a message key instead of a text
 * ({@code ??key_lt??}), carry a POST form without its CSRF token (it would fail with 403
 * in every browser), show a field error with no words in it, or show people an internal
 * code ({@code CONFIRMED}, {@code AI_MODELS_SOFTWARE}) or raw JSON instead of a label in
 * their language. Codes belong in the API and in {@code data-} attributes.
 */
public final class PageChecks {

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

	/**
	 * Acronyms people read as words; an enum constant of the same spelling is not a
	 * leaked code.
	 */
	private static final Set<String> WORDS = Set.of("CSV", "XLSX", "PDF", "JSON", "API", "EUR", "GPU", "MW", "VAT",
			"PIC", "TOTP", "QR", "EU", "UTC", "ID", "URL", "SMTP", "HTML", "OK");

	private static final Set<String> CODES = codes();

	private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");

	private PageChecks() {
	}

	static void assertSound(Page page, boolean checkCodes) {
		List<String> problems = problems(page, checkCodes);
		assertThat(problems).as("problems a person would see on " + page).isEmpty();
	}

	/** Each problem in words, empty when the page is sound. */
	public static List<String> problems(Page page, boolean checkCodes) {
		List<String> problems = new ArrayList<>();
		Matcher key = MISSING_KEY.matcher(page.body());
		while (key.find()) {
			problems.add("a message key shows through: " + key.group());
		}
		for (Element form : page.document().select("form")) {
			if (form.attr("method").equalsIgnoreCase("post")) {
				Element token = form.selectFirst("input[type=hidden][name=_csrf]");
				if (token == null || token.val().isBlank()) {
					problems.add("a POST form without its CSRF token: " + describe(form));
				}
			}
		}
		for (Element error : page.document().select(".govuk-error-message")) {
			Element words = error.clone();
			words.select(".govuk-visually-hidden").remove();
			if (words.text().isBlank()) {
				problems.add("a field error with no text: " + describe(error));
			}
		}
		for (Element item : page.document().select(".govuk-error-summary__list li")) {
			if (item.text().isBlank()) {
				problems.add("an empty line in the error summary");
			}
		}
		if (checkCodes) {
			visibleText(page).forEach(text -> {
				Matcher word = WORD.matcher(text);
				while (word.find()) {
					if (CODES.contains(word.group()) && !WORDS.contains(word.group())) {
						problems.add(
								"an internal code shown as text: " + word.group() + " in \"" + abbreviate(text) + "\"");
					}
				}
				if (text.contains("{\"") || text.contains("\":\"")) {
					problems.add("raw JSON shown as text: \"" + abbreviate(text) + "\"");
				}
			});
		}
		return problems;
	}

	/** Text nodes a screen shows (not scripts, styles or code samples). */
	private static List<String> visibleText(Page page) {
		List<String> texts = new ArrayList<>();
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
			if (node instanceof TextNode text && !text.isBlank() && !insideCode(text)) {
				texts.add(text.text());
			}
		}, page.document().body());
		return texts;
	}

	private static boolean insideCode(TextNode text) {
		for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
			if (Set.of("script", "style", "code", "pre", "kbd", "samp", "template").contains(parent.tagName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every constant of the portal's enums and of the closed lists of the form: what a
	 * code looks like here.
	 */
	private static Set<String> codes() {
		Set<String> codes = new TreeSet<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		for (var definition : scanner.findCandidateComponents("eu.balticaigf.portal")) {
			if (String.valueOf(definition.getResourceDescription()).contains("test-classes")) {
				continue;
			}
			try {
				Class<?> type = Class.forName(definition.getBeanClassName());
				for (Object constant : type.getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (name.equals(name.toUpperCase()) && name.length() > 2) {
						codes.add(name);
					}
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		codes.addAll(Applications.CATEGORIES);
		codes.addAll(Applications.SIZES);
		codes.addAll(Applications.CONTRIBUTION_AREAS);
		return codes;
	}

	private static String describe(Element element) {
		return abbreviate(element.outerHtml());
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() > 160 ? line.substring(0, 160) + "…" : line;
	}

}
