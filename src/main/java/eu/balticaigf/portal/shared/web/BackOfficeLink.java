package eu.balticaigf.portal.shared.web;

/**
 * A link on the back office's home page, contributed by the module whose page it leads to
 * ({@link BackOfficeLinks}), so that the home page names no module and a new module adds
 * its pages without changing it.
 *
 * @param section where on the home page: {@code WORK}, {@code CALLS} or
 * {@code ADMINISTRATION}
 * @param group links that belong together on one line, such as a call's pages (its
 * title); null for a line of its own
 * @param label the link text in the reader's language
 * @param minimumRole the least role that may follow it: {@code VIEWER}, {@code REVIEWER}
 * or {@code ADMIN}
 * @param order the position within its section
 */
public record BackOfficeLink(Section section, String group, String label, String href, String minimumRole, int order) {

	public enum Section {

		WORK, CALLS, ADMINISTRATION

	}

	public static BackOfficeLink of(Section section, String label, String href, String minimumRole, int order) {
		return new BackOfficeLink(section, null, label, href, minimumRole, order);
	}

}
