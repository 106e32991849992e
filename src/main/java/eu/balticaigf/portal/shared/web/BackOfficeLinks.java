package eu.balticaigf.portal.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by each module with back-office pages: the links it puts on the home page.
 */
public interface BackOfficeLinks {

	List<BackOfficeLink> links(Locale locale);

}
