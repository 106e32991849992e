package eu.balticaigf.portal.directory;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;

import org.springframework.context.MessageSource;

/**
 * A card as pages show it, labels in the reader's language (codes stay for {@code data-}
 * attributes): the organisation by name only, never a contact.
 *
 * @param quantity "Racks: 40" (the unit's name, then the number in the reader's format),
 * or null
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
		String quantity = card.quantity() == null ? null
				: messages.getMessage("directory.card.unit." + card.unit(), null, locale) + ": "
						+ NumberFormat.getNumberInstance(locale).format(card.quantity());
		return new ShownCard(card.id(), card.type(),
				messages.getMessage("directory.card.type." + card.type(), null, locale), card.role(),
				messages.getMessage("directory.card.role." + card.role(), null, locale), card.tags(), quantity,
				card.countries().stream().map(code -> countries.getOrDefault(code, code)).toList(), card.text(),
				card.state(), card.note(), organisationName, card.expiresAt());
	}

}
