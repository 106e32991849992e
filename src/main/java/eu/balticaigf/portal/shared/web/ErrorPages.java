package eu.balticaigf.portal.shared.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The translated error pages ({@code shared/error/page.jte}): a status with texts of its
 * own ({@code error.404.title}, {@code .body}) shows them, any other the texts of its
 * family (4xx, 5xx). Never a stack trace, never an exception's message.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page(status);
	}

	private ModelAndView page(HttpStatus status) {
		String own = String.valueOf(status.value());
		boolean hasOwnTexts = messages.getMessage("error." + own + ".title", null, null, Locale.ENGLISH) != null;
		String kind = hasOwnTexts ? own : status.is5xxServerError() ? "5xx" : "4xx";
		return new ModelAndView("shared/error/page", Map.of("kind", kind), status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
