package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.balticaigf.portal.application.Applications;

import org.springframework.validation.Errors;

/**
 * What a card may say, checked field by field with a message next to each: a type and a
 * role from the controlled lists (a forged post with another code is refused like an
 * empty one), at most {@value #TAGS_MAX} short tags, a quantity that is a number of zero
 * or more with its unit, countries from the application form's list, and up to
 * {@value #TEXT_MAX} characters of text without an e-mail address or a phone number
 * (contacts are shared only through an introduction).
 */
final class CardRules {

	static final int TEXT_MAX = 1000;

	static final int TAGS_MAX = 5;

	static final int TAG_MAX = 30;

	/**
	 * Larger than any MW, euro or GPU-hour figure a card needs, and what numeric(18,2)
	 * holds.
	 */
	private static final BigDecimal QUANTITY_MAX = new BigDecimal("9999999999999999");

	/** The form as posted: strings, as a browser sends them. */
	record CardForm(String key, String type, String role, String tags, String quantity, String unit,
			List<String> countries, String text) {

		static CardForm of(String key, Card card) {
			return new CardForm(key, card.type(), card.role(), String.join(", ", card.tags()),
					card.quantity() == null ? "" : card.quantity().stripTrailingZeros().toPlainString(),
					card.unit() == null ? "" : card.unit(), card.countries(), card.text());
		}

		static CardForm empty(String key) {
			return new CardForm(key, null, null, "", "", "", List.of(), "");
		}

	}

	/** A card's content once checked, normalised. */
	record Draft(String type, String role, List<String> tags, BigDecimal quantity, String unit, List<String> countries,
			String text) {
	}

	private CardRules() {
	}

	/** The draft, or null with the errors written next to their fields. */
	static Draft check(CardForm form, Errors errors) {
		if (form.type() == null || !Card.TYPES.contains(form.type())) {
			errors.rejectValue("type", "directory.card.error.type");
		}
		if (form.role() == null || !Card.ROLES.contains(form.role())) {
			errors.rejectValue("role", "directory.card.error.role");
		}
		List<String> tags = tags(form.tags());
		if (tags.size() > TAGS_MAX) {
			errors.rejectValue("tags", "directory.card.error.tags.many", new Object[] { TAGS_MAX }, null);
		}
		else if (tags.stream().anyMatch(tag -> tag.length() > TAG_MAX)) {
			errors.rejectValue("tags", "directory.card.error.tags.long", new Object[] { TAG_MAX }, null);
		}
		else if (ProfileRules.holdsContact(String.join(" ", tags))) {
			errors.rejectValue("tags", "directory.card.error.contact");
		}
		BigDecimal quantity = quantity(form.quantity(), errors);
		String unit = blank(form.unit()) ? null : form.unit();
		if (unit != null && !Card.UNITS.contains(unit)) {
			errors.rejectValue("unit", "directory.card.error.unit");
			unit = null;
		}
		if (quantity != null && unit == null && !errors.hasFieldErrors("unit")) {
			errors.rejectValue("unit", "directory.card.error.unit");
		}
		if (quantity == null && unit != null && !errors.hasFieldErrors("quantity")) {
			errors.rejectValue("quantity", "directory.card.error.quantity.missing");
		}
		List<String> countries = form.countries() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(form.countries()));
		Set<String> known = Applications.countryNames(Locale.ENGLISH).keySet();
		if (!known.containsAll(countries)) {
			errors.rejectValue("countries", "directory.card.error.countries");
		}
		String text = form.text() == null ? "" : form.text().strip();
		if (text.isEmpty()) {
			errors.rejectValue("text", "directory.card.error.text.required");
		}
		else if (text.length() > TEXT_MAX) {
			errors.rejectValue("text", "directory.card.error.text.long", new Object[] { TEXT_MAX }, null);
		}
		else if (ProfileRules.holdsEmail(text)) {
			errors.rejectValue("text", "directory.card.error.text.email");
		}
		else if (ProfileRules.holdsPhone(text)) {
			errors.rejectValue("text", "directory.card.error.text.phone");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Draft(form.type(), form.role(), tags, quantity, unit, countries, text);
	}

	/**
	 * Tags as people type them ("Liquid cooling, Poland;") become short lower-case words
	 * without repeats: ["liquid cooling", "poland"].
	 */
	static List<String> tags(String typed) {
		if (blank(typed)) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : typed.split("[,;\\n]")) {
			String normalised = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (!normalised.isEmpty()) {
				tags.add(normalised);
			}
		}
		return new ArrayList<>(tags);
	}

	/** "1 500,5" and "1500.5" are the same number; the exact value is kept. */
	private static BigDecimal quantity(String typed, Errors errors) {
		if (blank(typed)) {
			return null;
		}
		String plain = typed.strip().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
		BigDecimal quantity;
		try {
			quantity = new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("quantity", "directory.card.error.quantity.number");
			return null;
		}
		if (quantity.signum() < 0) {
			errors.rejectValue("quantity", "directory.card.error.quantity.negative");
			return null;
		}
		if (quantity.compareTo(QUANTITY_MAX) > 0 || quantity.stripTrailingZeros().scale() > 2) {
			errors.rejectValue("quantity", "directory.card.error.quantity.number");
			return null;
		}
		return quantity;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
