package eu.balticaigf.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.balticaigf.portal.shared.UploadedFiles;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No public form or API call needs more than a few kilobytes, so a body over 1 MB (a form
 * with a file: {@link UploadedFiles#MAX_REQUEST_BYTES}) is refused with 413 before
 * anything reads it (Spring Security's CSRF check would otherwise parse a huge form).
 * Pages get the translated error page ({@code error/413}), the API a problem+json. Bodies
 * without a declared length are capped by Tomcat
 * ({@code server.tomcat.max-http-form-post-size}, {@code max-swallow-size}); the form
 * Tomcat then refuses to parse gets the same translated answer.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	static final long MAX_BODY_BYTES = 1024 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new BodyLimit());
		// Right after Boot's character-encoding filter (HIGHEST_PRECEDENCE), never before
		// it: this filter reads the
		// form's parameters, and read before the request is set to UTF-8 every "ė" or "ž"
		// a browser sent is mangled.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static final class BodyLimit extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > limit(request)) {
				ErrorAnswers.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"Content Too Large", "The request body is larger than allowed.");
				return;
			}
			boolean nul;
			try {
				nul = hasNul(request);
			}
			catch (InvalidParameterException unreadable) {
				// A body without a declared length that Tomcat stopped reading at
				// max-http-form-post-size (413), or
				// a malformed one (400). Answered here, since Tomcat's own error dispatch
				// would hit the same parse.
				ErrorAnswers
					.send(request, response, unreadable.getErrorCode(),
							unreadable.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
									? "Content Too Large" : "Bad Request",
							"The request body could not be read as a form.");
				return;
			}
			if (nul) {
				// PostgreSQL cannot store U+0000 in text; no legitimate form or query has
				// one.
				ErrorAnswers.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
						"The request contains a NUL character.");
				return;
			}
			chain.doFilter(request, response);
		}

		/**
		 * A form with a file (multipart) may carry up to
		 * {@link UploadedFiles#MAX_REQUEST_BYTES}; the page that takes the file sets its
		 * own, smaller limit and says so next to the field.
		 */
		private static long limit(HttpServletRequest request) {
			String type = request.getContentType();
			return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
					? UploadedFiles.MAX_REQUEST_BYTES : MAX_BODY_BYTES;
		}

		private static boolean hasNul(HttpServletRequest request) {
			String query = request.getQueryString();
			if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
				return true;
			}
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value != null && value.indexOf('\u0000') >= 0) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
