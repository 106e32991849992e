package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;

/**
 * A card as pages show it, labels in the reader's language (codes stay for {@code data-}
 * attributes): the organisation by name only, never a contact.
 *
 * @param quantity the amount as the reader writes it ("EUR 30 000 000", "1.5 MW", "40
 * racks"), or null
 * @param expiresAt when it leaves the directory, or null before its approval
 */
record ShownCard(long id, String type, String typeLabel, String role, String roleLabel, List<String> tags,
		String quantity, List<String> countryNames, String text, Card.State state, String note, String organisationName,
		Instant expiresAt) {

	String title() {
		return typeLabel + ": " + roleLabel;
	}

	static ShownCard of(Card card, String organisationName, MessageSource messages, Locale locale) {
		Map<String, String> countries = Applications.countryNames(locale);
		String quantity = card.quantity() == null ? null : amount(card.quantity(), card.unit(), messages, locale);
		return new ShownCard(card.id(), card.type(),
				messages.getMessage("directory.card.type." + card.type(), null, locale), card.role(),
				messages.getMessage("directory.card.role." + card.role(), null, locale), card.tags(), quantity,
				card.countries().stream().map(code -> countries.getOrDefault(code, code)).toList(), card.text(),
				card.state(), card.note(), organisationName, card.expiresAt());
	}

	/**
	 * Euros as every page writes them (whole euros: cards speak of investments, not
	 * cents); other units after the number, in the plural form the count asks for.
	 */
	static String amount(BigDecimal quantity, String unit, MessageSource messages, Locale locale) {
		if ("EUR".equals(unit)) {
			return Formats.euros(quantity.setScale(0, RoundingMode.HALF_UP).longValue(), locale);
		}
		return messages.getMessage("directory.card.amount." + unit, new Object[] { quantity.stripTrailingZeros() },
				locale);
	}

}
