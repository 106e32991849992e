package eu.balticaigf.portal.shared.web;

/**
 * One choice of a radio group, checkbox group or select: the value posted, the label
 * shown, an optional hint.
 */
public record Option(String value, String label, String hint) {

	public Option(String value, String label) {
		this(value, label, null);
	}

}
