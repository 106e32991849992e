package eu.balticaigf.portal.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Names for what audit entries point to by a code or number (a meeting's slug, a
 * registration's id), given by the module that owns those things. The audit log depends
 * on no module, so each module that records such entries implements this, as the staff
 * module implements {@link StaffNames}: the log then shows people a title or a name, not
 * a code.
 */
public interface AuditSubjects {

	/**
	 * @param type a target type as recorded (such as {@code meeting}), also the name of a
	 * recorded field that holds such an id
	 * @param ids the ids or codes of that type on the page
	 * @param locale the reader's language
	 * @return a name for each id this module knows; ids of a type it does not own, or of
	 * things it no longer knows by name, are left out
	 */
	Map<String, String> names(String type, Collection<String> ids, Locale locale);

}
