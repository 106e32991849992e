package eu.balticaigf.portal.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.shared.StaffNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every template may call, imported statically
 * ({@code @import static eu.balticaigf.portal.shared.web.Html.*}): texts in the reader's
 * language, formats, and the page's context (language links, CSRF token, who is signed
 * in). Texts are plain strings: jte escapes them where they are written, like everything
 * else. Static, because templates are plain Java methods; the beans are set once at
 * start-up.
 */
@Component
public final class Html {

	private static MessageSource messages;

	private static Formats formats;

	private static ObjectProvider<StaffNames> staffNames;

	Html(MessageSource messages, Formats formats, ObjectProvider<StaffNames> staffNames) {
		Html.messages = messages;
		Html.formats = formats;
		Html.staffNames = staffNames;
	}

	/**
	 * The text of a message key in the reader's language; a number among the arguments
	 * chooses the plural form.
	 */
	public static String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale());
	}

	/** A validator's message (code, arguments, default) in the reader's language. */
	public static String t(MessageSourceResolvable message) {
		return messages.getMessage(message, locale());
	}

	/** The reader's language: one of the portal's five. */
	public static Locale locale() {
		return Languages.supported(LocaleContextHolder.getLocale());
	}

	public static Formats formats() {
		return formats;
	}

	/** The current page's context, built once per request. */
	public static PageContext page() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return PageContext.NONE;
		}
		HttpServletRequest request = servlet.getRequest();
		PageContext page = (PageContext) request.getAttribute(PageContext.class.getName());
		if (page == null) {
			page = PageContext.of(request, locale(), staffNames.getIfAvailable());
			request.setAttribute(PageContext.class.getName(), page);
		}
		return page;
	}

	/**
	 * The ids a field's {@code aria-describedby} names: its hint and its error, where it
	 * has them.
	 */
	public static String describedBy(String field, boolean hint, boolean error) {
		if (!hint && !error) {
			return null;
		}
		return hint && error ? field + "-hint " + field + "-error" : field + (hint ? "-hint" : "-error");
	}

}
