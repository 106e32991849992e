package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A module's links whose labels are message keys, looked up in the reader's language: the
 * fixed ones given to the constructor, so that a module states its links and nothing
 * else; a module whose links depend on data (a call's pages) overrides
 * {@link #links(Locale)} and uses {@link #label}.
 */
public abstract class LabelledBackOfficeLinks implements BackOfficeLinks {

	/**
	 * A link that is the same for everybody; its label is the message {@code labelKey}.
	 */
	public record Fixed(BackOfficeLink.Section section, String labelKey, String href, String minimumRole, int order) {
	}

	private final MessageSource messages;

	private final List<Fixed> fixed;

	protected LabelledBackOfficeLinks(MessageSource messages, Fixed... fixed) {
		this.messages = messages;
		this.fixed = List.of(fixed);
	}

	protected static Fixed link(BackOfficeLink.Section section, String labelKey, String href, String minimumRole,
			int order) {
		return new Fixed(section, labelKey, href, minimumRole, order);
	}

	/** The text of a message key in the reader's language. */
	protected final String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		return fixed.stream()
			.map(link -> BackOfficeLink.of(link.section(), label(link.labelKey(), locale), link.href(),
					link.minimumRole(), link.order()))
			.toList();
	}

}
